import Testing
@testable import PolicyText

/// Time resolution in the extractor: dates without a year take the year of their passage, horizons written next to a
/// deadline count back from it, and nothing else moves.
@Suite struct ExtractTimeTests {
    static let date = CivilDate(year: 2026, month: 1, day: 20)

    /// A 2026 report: the review of 2025, then the plan for 2026.
    static let report = """
    2026年某省政府工作报告
    各位代表：
    一、2025年工作回顾
    过去一年，全省生产总值增长5.4%。9月26日，全省民营经济发展大会召开。二季度经济增速回升。
    2024年3月，我们启动“百县千镇万村”工程，9月完成首批验收。
    二、2026年工作安排
    今年主要预期目标是：全省生产总值增长5%左右。6月底前完成全部审批事项清理，9月26日前召开大会。
    """

    func time(_ x: Extraction, _ text: String, after offset: Int = 0) -> TimeRef? {
        x.times.first { $0.text == text && $0.span.start >= offset }
    }

    @Test func yearlessDatesTakeTheYearOfTheirPassage() throws {
        let x = ExtractTestSupport.extract(Self.report, date: Self.date)
        let review = try #require(time(x, "9月26日"))
        #expect(review.start == CivilDate(year: 2025, month: 9, day: 26), "the review tells of 2025")
        #expect(review.end == CivilDate(year: 2025, month: 9, day: 26))
        let pilot = try #require(time(x, "9月"))
        #expect(pilot.start == CivilDate(year: 2024, month: 9, day: 1), "the paragraph named 2024 before it")
        #expect(pilot.end == CivilDate(year: 2024, month: 9, day: 30))
        let planStart = try #require(x.times.first { $0.text == "今年" }).span.start
        let deadline = try #require(time(x, "6月底前", after: planStart))
        #expect(deadline.end == CivilDate(year: 2026, month: 6, day: 30), "the plan part keeps the document's year")
        #expect(time(x, "9月26日前", after: planStart)?.end == CivilDate(year: 2026, month: 9, day: 26))
        let quarter = try #require(time(x, "二季度"))
        #expect(quarter.start == CivilDate(year: 2025, month: 4, day: 1), "a quarter without a year, like a month")
        #expect(quarter.end == CivilDate(year: 2025, month: 6, day: 30))
    }

    @Test func yearlessDatesOutsideReportsKeepTheDocumentYear() {
        let x = ExtractTestSupport.extract("本办法自9月1日起施行。", date: Self.date)
        #expect(x.times.first?.start == CivilDate(year: 2026, month: 9, day: 1))
    }

    @Test func horizonNextToADeadlineCountsBackFromIt() throws {
        let text = "展望未来，从党的二十大到二〇三五年，用13年时间基本实现社会主义现代化，经济总量实现倍增。"
        let x = ExtractTestSupport.extract(text, date: Self.date)
        let horizon = try #require(time(x, "用13年时间"))
        #expect(horizon.kind == .within)
        #expect(horizon.start == CivilDate(year: 2023, month: 1, day: 1))
        #expect(horizon.end == CivilDate(year: 2035, month: 12, day: 31))
        #expect(horizon.basis == .absolute)
        #expect(horizon.anchor.map { x.times[$0].text } == "到二〇三五年")
        let target = try #require(x.targets.first)
        #expect(target.metric == "经济总量")
        #expect(target.kind == .multiplier)
        #expect(target.year == 2035)
        // The deadline may also follow the horizon.
        let after = ExtractTestSupport.extract("力争用3年时间，到2027年实现全覆盖。", date: Self.date)
        #expect(time(after, "用3年时间")?.start == CivilDate(year: 2025, month: 1, day: 1))
        #expect(time(after, "用3年时间")?.end == CivilDate(year: 2027, month: 12, day: 31))
    }

    @Test func horizonWithoutAnAnchorKeepsTheDocumentDate() throws {
        // 二十大 is no date, and a deadline in another clause does not anchor.
        let x = ExtractTestSupport.extract("党的二十大以来，我们提出用13年时间基本实现现代化。到2035年，人均收入迈上新台阶。",
                                           date: Self.date)
        let horizon = try #require(time(x, "用13年时间"))
        #expect(horizon.start == Self.date)
        #expect(horizon.end == CivilDate(year: 2038, month: 12, day: 31))
        #expect(horizon.basis == .documentDate)
        #expect(horizon.anchor == nil)
    }
}
