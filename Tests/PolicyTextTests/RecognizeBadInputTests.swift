import Testing
@testable import PolicyText

@Suite struct RecognizeBadInputTests {
    typealias F = RecognizeFixture

    @Test func absurdNumbersAreRejected() {
        #expect(F.entities("九九九九九九九九九九九亿亿").isEmpty)
        #expect(F.entities("增长九九九九九九九九九九九亿亿%").isEmpty)
        let digits = String(repeating: "9", count: 10_000)
        #expect(F.entities(digits).isEmpty)
        #expect(F.entities("\(digits)亿元").isEmpty)
        #expect(F.entities("0.\(digits)%").allSatisfy { $0.quantity.map { $0.value.isFinite && $0.value < 1.01 } ?? false })
        #expect(F.recognizer.numbers(in: Array(digits.unicodeScalars)).isEmpty)
        #expect(F.recognizer.parseNumber("1e999") == nil)
        #expect(F.recognizer.parseNumber("2^99999") == nil)
    }

    @Test func impossibleDatesAreRejected() {
        // Month 13 is no month: only the year is read.
        let es = F.entities("2026年13月")
        #expect(es.first?.span.text == "2026年")
        #expect(es.allSatisfy { $0.time?.start?.month != 13 })
        // February 30 does not exist: the whole date is skipped.
        #expect(F.entities("二〇二六年二月三十日").filter { $0.type == .time }.isEmpty)
        #expect(F.entities("2026-02-30").filter { $0.type == .time }.isEmpty)
        #expect(F.entities("2026-13-01").filter { $0.type == .time }.isEmpty)
        // The leap day exists in 2028.
        #expect(F.entities("2028年2月29日").first?.time?.end == CivilDate(year: 2028, month: 2, day: 29))
    }

    @Test func extremeYearsDoNotTrap() {
        let es = F.entities("明年底前", CivilDate(year: 9999, month: 12, day: 31))
        #expect(es.first?.time?.end == nil)
        #expect(F.entities("未来一百年", CivilDate(year: 9950, month: 1, day: 1)).first?.time?.end == nil)
        #expect(TimeFrame.resolve(horizonYears: Int.max, anchorStartYear: 2026).end == nil)
        #expect(TimeFrame.resolve(horizonYears: 3, anchorStartYear: Int.min).end == nil)
    }

    @Test func randomScalarsNeverCrash() {
        // A fixed pseudo-random stream over the characters the scanner cares about.
        let alphabet = Array("0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿兆点负半多余几年月日季度底前内以上下约近超过%％—-～至到分之又/.,，个百分点倍翻番增减元人吨亩期间“”十四五用时间未来今明去本世纪中叶 ".unicodeScalars)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var total = 0
        for length in [1, 2, 3, 5, 8, 13, 40, 200, 2000] {
            for _ in 0..<200 {
                var s: [Unicode.Scalar] = []
                for _ in 0..<length {
                    state = state &* 6364136223846793005 &+ 1442695040888963407
                    s.append(alphabet[Int(state >> 33) % alphabet.count])
                }
                let es = F.recognizer.recognize(s, documentDate: F.date2026)
                var last = 0
                for e in es {
                    #expect(e.span.start >= last && e.span.end <= s.count && e.span.start < e.span.end)
                    if let q = e.quantity { #expect(q.value.isFinite && q.base.isFinite) }
                    last = e.span.end
                }
                total += es.count
                _ = F.recognizer.numbers(in: s)
            }
        }
        #expect(total > 0)
    }

    @Test func emptyAndOddInput() {
        #expect(F.entities("").isEmpty)
        #expect(F.entities("-").isEmpty)
        #expect(F.entities("．").isEmpty)
        #expect(F.entities("百分之").isEmpty)
        #expect(F.entities("翻番番番").count == 1)
    }
}

@Suite struct RecognizeConcurrencyAndDataTests {
    typealias F = RecognizeFixture

    @Test func usableFromManyTasks() async {
        let text = Array(RecognizeSpeedTests.paragraph.unicodeScalars)
        let expected = F.recognizer.recognize(text, documentDate: F.date2026)
        let recognizer = F.recognizer
        let results = await withTaskGroup(of: [Entity].self) { group in
            for _ in 0..<16 { group.addTask { recognizer.recognize(text, documentDate: F.date2026) } }
            var all: [[Entity]] = []
            for await r in group { all.append(r) }
            return all
        }
        #expect(results.count == 16)
        #expect(results.allSatisfy { $0 == expected })
    }

    @Test func dataErrorsNameTheLine() throws {
        let ok = try DataFile(resource: "recognize-units.tsv")
        let bad = DataFile(name: "bounds.tsv", contents: "# header\n约\tprefix\tapprox\t-\n超过\tprefix\tmore\texclusive\n")
        #expect(throws: DataFile.LoadError(file: "bounds.tsv", line: 3, message: "bound must be approx, atLeast or atMost: more")) {
            try RecognizerLexicon(units: ok, bounds: bad, multipliers: DataFile(resource: "recognize-multipliers.tsv"),
                                  times: DataFile(resource: "recognize-times.tsv"),
                                  notNumbers: DataFile(resource: "recognize-not-numbers.txt"))
        }
    }

    @Test func userDataExtendsUnits() throws {
        let units = try DataFile(resource: "recognize-units.tsv")
        let extended = DataFile(name: "units.tsv", contents: units.contents + "\n桶\tvolume\t桶\t1\tBarrel\tafter=arabic|magnitude\n")
        let lex = try RecognizerLexicon(units: extended, bounds: DataFile(resource: "recognize-bounds.tsv"),
                                        multipliers: DataFile(resource: "recognize-multipliers.tsv"),
                                        times: DataFile(resource: "recognize-times.tsv"),
                                        notNumbers: DataFile(resource: "recognize-not-numbers.txt"))
        let e = Recognizer(lexicon: lex).recognize("原油进口3000万桶").first
        #expect(e?.quantity?.unit == "万桶")
        #expect(e?.quantity?.base == 3e7)
        #expect(Recognizer(lexicon: lex).recognize("一桶水").allSatisfy { $0.quantity?.kind != .measure }, "after=arabic|magnitude")
    }

    @Test func unitConditionsAreChecked() throws {
        let units = try DataFile(resource: "recognize-units.tsv")
        let bad = DataFile(name: "units.tsv", contents: units.contents + "桶\tvolume\t桶\t1\tBarrel\tafter=words\n")
        let line = units.contents.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(throws: DataFile.LoadError(file: "units.tsv", line: line,
                                           message: "after= takes arabic and/or magnitude (joined by |): after=words")) {
            try RecognizerLexicon(units: bad, bounds: DataFile(resource: "recognize-bounds.tsv"),
                                  multipliers: DataFile(resource: "recognize-multipliers.tsv"),
                                  times: DataFile(resource: "recognize-times.tsv"),
                                  notNumbers: DataFile(resource: "recognize-not-numbers.txt"))
        }
    }
}
