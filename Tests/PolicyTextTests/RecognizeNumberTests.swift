import Testing
@testable import PolicyText

@Suite struct RecognizeNumberTests {
    typealias F = RecognizeFixture
    let r = RecognizeFixture.recognizer

    @Test(arguments: [
        ("一千五百零几万", 15_000_000.0), ("1.5万亿", 1.5e12), ("3000亿", 3e11), ("12万", 120_000),
        ("二〇三五", 2035), ("两千四百五", 2450), ("一万三", 13_000), ("肆佰陆拾", 460), ("壹仟贰佰叁拾", 1230),
        ("３万４０００", 34_000), ("６.５", 6.5), ("十点五", 10.5), ("一点五亿", 1.5e8), ("零点五", 0.5),
        ("三分之一", 1.0 / 3), ("百分之十五", 15), ("负三十二", -32), ("-2.5", -2.5), ("1,050,000", 1_050_000),
        ("四亿五千六百四十二万零一十五", 456_420_015), ("五兆六十二亿四万五千二", 5_006_200_045_200), ("十", 10),
        ("一百零一万一千", 1_011_000), ("四万万", 4e8), ("半百", 50), ("两百", 200), ("兩千", 2000),
    ] as [(String, Double)])
    func parsesWholeNumerals(text: String, value: Double) {
        let v = r.parseNumber(text)
        #expect(v.map { abs($0 - value) <= 1e-9 * max(1, abs(value)) } == true, "\(text) → \(String(describing: v))")
    }

    @Test(arguments: ["", "万", "百姓", "一切", "abc", "5%", "九九九九九九九九九九九亿亿", "1,2"])
    func rejectsNonNumerals(text: String) {
        #expect(r.parseNumber(text) == nil, "\(text)")
    }

    @Test func lexicalNumbersSkipWords() {
        let found = r.numbers(in: Array("一切从四川出发，五台山有一千零一个台阶".unicodeScalars))
        #expect(found.map(\.value) == [5, 1001])
        #expect(found.map(\.span.text) == ["五", "一千零一"])
    }

    @Test func bareNumbersInPolicyText() {
        // Multi-character and Arabic numbers are reported; lone Chinese digits, list markers and ordinals are not.
        let es = F.entities("一是加快建设，（二）推进改革；第三产业增加值达到3000亿，排名前20。十一是完善机制")
        #expect(es.filter { $0.type == .number }.map(\.span.text) == ["3000亿", "20"])
        let big = es.first { $0.span.text == "3000亿" }?.quantity
        #expect(big?.value == 3000)
        #expect(big?.unit == "亿")
        #expect(big?.base == 3e11)
    }

    @Test func spansAreScalarOffsets() {
        // Offsets count Unicode scalars, not UTF-16 units: 𠀀 (U+20000) is one scalar.
        let es = F.entities("𠀀增长6%")
        #expect(es.first?.span.start == 3)
        #expect(es.first?.span.end == 5)
        #expect(es.first?.span.text == "6%")
    }
}
