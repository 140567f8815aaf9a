import Testing
@testable import PolicyText

/// Inputs that libFuzzer found to trap the recognizer (scripts/fuzz.sh recognize), kept as regressions.
@Suite struct RecognizeFuzzRegressionTests {
    let recognizer: Recognizer
    init() throws { recognizer = try Recognizer() }

    /// A numeral too large for a Double (infinity) before 季度 / 月 / 日 after a year: converting it to Int trapped.
    @Test(arguments: [
        "2026年" + String(repeating: "亿", count: 60) + "季度",
        "2026年前" + String(repeating: "亿", count: 60) + "季度",
        "2026年" + String(repeating: "9", count: 400) + "月",
        "2026年3月" + String(repeating: "亿", count: 60) + "日",
        "2026年第" + String(repeating: "万", count: 90) + "季度末",
    ])
    func hugeNumeralsAfterAYearDoNotTrap(text: String) {
        let entities = recognizer.recognize(text, documentDate: CivilDate(year: 2026, month: 1, day: 14))
        #expect(entities.allSatisfy { $0.span.end <= text.unicodeScalars.count })
        #expect(entities.contains { $0.type == .time && $0.span.text.hasPrefix("2026年") })
    }
}
