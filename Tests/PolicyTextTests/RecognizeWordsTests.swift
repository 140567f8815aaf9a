import Testing
@testable import PolicyText

/// Words that look like signs or units but are not always (减负, 三方, 二期, 场所), units that are ordinary words
/// elsewhere (标箱, 宗, 期, 场, 亿方), and past periods named with 这 / 来.
@Suite struct RecognizeWordsTests {
    typealias F = RecognizeFixture

    func q(_ text: String, _ span: String) -> Quantity? { F.entity(text, span)?.quantity }

    @Test func burdenReliefIsNoMinusSign() throws {
        let relief = try #require(q("精准落实惠企政策，为经营主体减负2500亿元以上。", "2500亿元以上"))
        #expect(relief.value == 2500)
        #expect(relief.base == 2.5e11)
        #expect(relief.bound == .atLeast)
        #expect(!F.entities("为经营主体减负2500亿元以上").contains { ($0.quantity?.value ?? 0) < 0 })
        #expect(q("肩负3项重任", "3项")?.value == 3)
        // A real sign still reads as one.
        #expect(q("工业增加值增速为负2%", "负2%")?.value == -2)
        #expect(q("气温负三十二度", "负三十二")?.value == -32)
    }

    @Test(arguments: [
        ("港口集装箱吞吐量达到1600万标箱", "1600万标箱", 1600.0, "万标箱", "count"),
        ("全年供应住宅用地100宗", "100宗", 100, "宗", "count"),
        ("举办“民营企业服务月”活动20期", "20期", 20, "期", "count"),
        ("举办各类招聘会300场以上", "300场以上", 300, "场", "count"),
        ("南水北调东线年供水10亿方", "10亿方", 10, "亿方", "volume"),
        ("完成清淤500方", "500方", 500, "方", "volume"),
        ("新增蓄水能力3000万立方", "3000万立方", 3000, "万立方", "volume"),
        ("开展文艺演出2000场次", "2000场次", 2000, "场次", "count"),
    ] as [(String, String, Double, String, String)])
    func unitsThatAreAlsoWords(text: String, span: String, value: Double, unit: String, category: String) throws {
        let quantity = try #require(q(text, span), "\(text)")
        #expect(quantity.value == value)
        #expect(quantity.unit == unit)
        #expect(quantity.category == category)
    }

    @Test func theSameCharactersAsWords() {
        // 三方 (three parties), 一方面, 二期 (phase two), 场所 and 场景, 期间, 宗旨: no quantities.
        for text in ["签订三方协议", "一方面要稳增长", "推进二期工程建设", "建设10场所", "打造20场景", "3期间", "坚持1宗旨"] {
            let figures = F.entities(text).filter { $0.quantity?.kind == .measure }
            #expect(figures.isEmpty, "\(text) → \(figures.map(\.span.text))")
        }
        // 亿方 needs the magnitude or digits: 十方 in words is no volume.
        #expect(q("十方支援", "十方") == nil)
    }

    @Test func pastPeriodsNamedWithThisAndSince() {
        for (text, span, years) in [("这五年，我们砥砺奋进", "这五年", 5), ("这一年，极不平凡", "这一年", 1),
                                   ("五年来，全省经济总量迈上新台阶", "五年来", 5), ("一年来，我们坚持稳中求进", "一年来", 1),
                                   ("十年来，生态环境明显改善", "十年来", 10)] {
            let f = F.entity(text, span)?.time
            #expect(f?.kind == .period, "\(text)")
            #expect(f?.start == CivilDate(year: 2026 - years, month: 1, day: 1), "\(text)")
            #expect(f?.end == CivilDate(year: 2025, month: 12, day: 31), "\(text)")
            #expect(f?.basis == .documentDate, "\(text)")
        }
        // 近年来 is vague: no time.
        #expect(!F.entities("近年来，我省持续推进改革").contains { $0.type == .time })
    }

    @Test func planYearsAndYearStarts() {
        let first = F.entity("“十五五”开局之年，意义重大", "“十五五”开局之年")?.time
        #expect(first?.kind == .point)
        #expect(first?.start == CivilDate(year: 2026, month: 1, day: 1))
        #expect(first?.end == CivilDate(year: 2026, month: 12, day: 31))
        let last = F.entity("十四五收官之年", "十四五收官之年")?.time
        #expect(last?.start == CivilDate(year: 2025, month: 1, day: 1))
        #expect(last?.end == CivilDate(year: 2025, month: 12, day: 31))
        let start = F.entity("年初确定的目标任务", "年初")?.time
        #expect(start?.start == CivilDate(year: 2026, month: 1, day: 1))
        #expect(start?.end == CivilDate(year: 2026, month: 1, day: 1))
        #expect(F.entity("2025年初", "2025年初")?.time?.end == CivilDate(year: 2025, month: 1, day: 1))
        let new = F.entity("新的一年，我们要", "新的一年")?.time
        #expect(new?.start == CivilDate(year: 2026, month: 1, day: 1))
        #expect(new?.basis == .documentDate)
        // 初步 is no year start: 到2025年初步建成 is by the end of 2025.
        #expect(F.entity("到2025年初步建成", "到2025年")?.time?.end == CivilDate(year: 2025, month: 12, day: 31))
        #expect(!F.entities("年初步形成").contains { $0.type == .time })
    }

    @Test func yearsBeforeDeAreBaselinesWithoutPrefix() throws {
        let es = F.entities("常住人口城镇化率从2020年的53.2%提升到2025年的57.7%。")
        let times = es.filter { $0.type == .time }
        #expect(times.map(\.span.text) == ["2020年", "2025年"], "从 and 到 belong to the verb")
        #expect(times.allSatisfy { $0.time?.kind == .point })
        #expect(times.first?.time?.end == CivilDate(year: 2020, month: 12, day: 31))
        // Without 的 the prefixes still make a start and a deadline.
        #expect(F.entity("从2020年起实施", "从2020年起")?.time?.kind == .since)
        #expect(F.entity("到2030年，基本实现", "到2030年")?.time?.kind == .by)
    }

    @Test func sinceRunsToTheDocumentDate() {
        let since = F.entity("2020年以来，全省累计", "2020年以来")?.time
        #expect(since?.kind == .since)
        #expect(since?.start == CivilDate(year: 2020, month: 1, day: 1))
        #expect(since?.end == F.date2026, "以来: up to now")
        #expect(F.entity("今年以来，经济回升", "今年以来")?.time?.end == F.date2026)
        #expect(F.entity("“十四五”以来", "“十四五”以来")?.time?.end == F.date2026)
        // 起 opens a stretch with no end; without a document date 以来 stays open too.
        #expect(F.entity("从2024年起实施", "从2024年起")?.time?.end == nil)
        #expect(F.entity("2020年以来", "2020年以来", nil)?.time?.end == nil)
    }

    @Test func monthsWithoutAYearAreMarked() {
        let date = F.entity("9月26日，省委召开大会", "9月26日")?.time
        #expect(date?.yearImplied == true)
        #expect(date?.start == CivilDate(year: 2026, month: 9, day: 26), "the recognizer assumes the document's year")
        #expect(F.entity("6月底前完成", "6月底前")?.time?.yearImplied == true)
        #expect(F.entity("今年9月26日召开", "今年9月26日")?.time?.yearImplied == nil)
        #expect(F.entity("2025年9月26日召开", "2025年9月26日")?.time?.yearImplied == nil)
    }
}
