import Testing
@testable import PolicyText

/// Shared recognizer and helpers for the Recognize* suites.
enum RecognizeFixture {
    static let recognizer: Recognizer = {
        do { return try Recognizer() } catch { fatalError("bundled recognizer data failed to load: \(error)") }
    }()
    static let date2026 = CivilDate(year: 2026, month: 1, day: 14)
    static let date2023 = CivilDate(year: 2023, month: 3, day: 5)

    static func entities(_ text: String, _ date: CivilDate? = date2026) -> [Entity] {
        recognizer.recognize(text, documentDate: date)
    }

    /// The single entity whose span text is `span`.
    static func entity(_ text: String, _ span: String, _ date: CivilDate? = date2026) -> Entity? {
        entities(text, date).first { $0.span.text == span }
    }

    static func day(_ iso: String) -> CivilDate? { CivilDate(iso: iso) }
}

@Suite struct RecognizeTests {
    typealias F = RecognizeFixture

    @Test func arabicNumbersPercentAndYears() throws {
        let es = F.entities("2025年全省生产总值增长5.5%，达到3000亿元，城镇新增就业12万人")
        #expect(es.map(\.type) == [.time, .percent, .quantity, .quantity])
        #expect(es[0].time?.start == F.day("2025-01-01"))
        #expect(es[0].time?.end == F.day("2025-12-31"))
        #expect(es[1].quantity?.value == 5.5)
        #expect(es[2].quantity?.value == 3000)
        #expect(es[2].quantity?.unit == "亿元")
        #expect(es[2].quantity?.base == 3e11)
        #expect(es[3].quantity?.base == 120_000)
        #expect(es[3].quantity?.baseUnit == "人")
    }

    @Test func peersFailuresAreHandled() throws {
        // jionlp 1.5.31 and cn2an fail on these; each must yield the right reading here.
        let plan = try #require(F.entity("十四五期间", "十四五期间"))
        #expect(plan.time?.kind == .period)
        #expect(plan.time?.start == F.day("2021-01-01"))
        #expect(plan.time?.end == F.day("2025-12-31"))

        let horizon = try #require(F.entity("力争用3年时间", "用3年时间", F.date2023))
        #expect(horizon.time?.kind == .within)
        #expect(horizon.time?.end == F.day("2025-12-31"))

        let growth = try #require(F.entity("增长6%左右", "6%左右"))
        #expect(growth.quantity?.value == 6)
        #expect(growth.quantity?.bound == .approx)

        let pct = try #require(F.entity("百分之十五", "百分之十五"))
        #expect(pct.type == .percent)
        #expect(pct.quantity?.value == 15)

        #expect(F.entity("翻一番", "翻一番")?.quantity?.value == 2)
        #expect(F.entity("倍增", "倍增")?.quantity?.value == 2)

        let big = try #require(F.entity("1.5万亿", "1.5万亿"))
        #expect(big.quantity?.value == 1.5)
        #expect(big.quantity?.base == 1.5e12)
    }

    @Test func jsonLine() throws {
        let e = try #require(F.entity("到2030年", "到2030年"))
        let line = e.jsonLine()
        #expect(line.contains(#""kind":"by""#))
        #expect(line.contains(#""end":"2030-12-31""#))
        #expect(line.contains(#""basis":"absolute""#))
        #expect(line.contains(#""type":"time""#))
    }
}
