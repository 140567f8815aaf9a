import Testing
@testable import PolicyText

@Suite struct RecognizeTimeTests {
    typealias F = RecognizeFixture

    /// The time entity spanning `span` in `text`, read with `date`.
    func t(_ text: String, _ span: String, _ date: CivilDate? = RecognizeFixture.date2026) -> TimeFrame? {
        let e = F.entity(text, span, date)
        return e?.type == .time ? e?.time : nil
    }

    func expect(_ f: TimeFrame?, _ kind: TimeFrame.Kind, _ start: String?, _ end: String?, _ basis: TimeFrame.Basis,
                _ note: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(f?.kind == kind, "\(note)", sourceLocation: sourceLocation)
        #expect(f?.start == start.flatMap(CivilDate.init(iso:)), "\(note) start", sourceLocation: sourceLocation)
        #expect(f?.end == end.flatMap(CivilDate.init(iso:)), "\(note) end", sourceLocation: sourceLocation)
        #expect(f?.basis == basis, "\(note) basis", sourceLocation: sourceLocation)
    }

    @Test func writtenYearsAndDates() {
        expect(t("2025年目标", "2025年"), .point, "2025-01-01", "2025-12-31", .absolute, "2025年")
        expect(t("到二〇三五年基本实现", "到二〇三五年"), .by, "2026-01-01", "2035-12-31", .absolute, "到二〇三五年")
        expect(t("二〇三五年远景", "二〇三五年"), .point, "2035-01-01", "2035-12-31", .absolute, "二〇三五年")
        expect(t("2026年3月5日召开", "2026年3月5日"), .point, "2026-03-05", "2026-03-05", .absolute, "day")
        expect(t("2026年3月", "2026年3月"), .point, "2026-03-01", "2026-03-31", .absolute, "month")
        expect(t("发布于2026-02-13", "于2026-02-13"), .point, "2026-02-13", "2026-02-13", .absolute, "ISO date")
    }

    @Test func yearRanges() {
        expect(t("2023—2026年行动计划", "2023—2026年"), .period, "2023-01-01", "2026-12-31", .absolute, "—")
        expect(t("2024-2027年", "2024-2027年"), .period, "2024-01-01", "2027-12-31", .absolute, "-")
        expect(t("2023年至2026年", "2023年至2026年"), .period, "2023-01-01", "2026-12-31", .absolute, "年至")
    }

    @Test func deadlines() {
        expect(t("到2025年", "到2025年"), .by, nil, "2025-12-31", .absolute, "到 (a deadline before the document year has no start)")
        expect(t("至2028年", "至2028年"), .by, "2026-01-01", "2028-12-31", .absolute, "至")
        expect(t("力争到2030年", "到2030年"), .by, "2026-01-01", "2030-12-31", .absolute, "力争到")
        expect(t("2026年底前完成", "2026年底前"), .by, "2026-01-01", "2026-12-31", .absolute, "年底前")
        expect(t("6月底前完成", "6月底前"), .by, "2026-01-01", "2026-06-30", .documentDate, "6月底前")
        expect(t("年底前完成", "年底前"), .by, "2026-01-01", "2026-12-31", .documentDate, "年底前")
        expect(t("明年底前完成", "明年底前"), .by, "2026-01-01", "2027-12-31", .documentDate, "明年底前")
        // Decision (README): 2027年前 reads as "by 2027", the end of 2027.
        expect(t("2027年前建成", "2027年前"), .by, "2026-01-01", "2027-12-31", .absolute, "2027年前")
        expect(t("截至2025年底", "截至2025年底"), .by, nil, "2025-12-31", .absolute, "截至")
    }

    @Test func relativeFrames() {
        expect(t("今年经济增长", "今年"), .point, "2026-01-01", "2026-12-31", .documentDate, "今年")
        expect(t("明年实现", "明年"), .point, "2027-01-01", "2027-12-31", .documentDate, "明年")
        expect(t("今明两年", "今明两年"), .period, "2026-01-01", "2027-12-31", .documentDate, "今明两年")
        expect(t("确保年内完成", "年内"), .within, "2026-01-14", "2026-12-31", .documentDate, "年内")
        expect(t("上半年", "上半年"), .point, "2026-01-01", "2026-06-30", .documentDate, "上半年")
        expect(t("下半年", "下半年"), .point, "2026-07-01", "2026-12-31", .documentDate, "下半年")
        expect(t("一季度末", "一季度末"), .point, "2026-03-31", "2026-03-31", .documentDate, "一季度末")
        expect(t("第三季度", "第三季度"), .point, "2026-07-01", "2026-09-30", .documentDate, "第三季度")
        expect(t("去年同期", "去年"), .point, "2025-01-01", "2025-12-31", .documentDate, "去年")
    }

    @Test func horizons() {
        // Rule (README): the document's year is year one; N年内 ends December 31 of docYear + N − 1.
        expect(t("两年内完成", "两年内", F.date2023), .within, "2023-03-05", "2024-12-31", .documentDate, "两年内")
        expect(t("用3年时间", "用3年时间", F.date2023), .within, "2023-03-05", "2025-12-31", .documentDate, "用3年时间")
        let approx = t("用5年左右时间", "用5年左右时间")
        expect(approx, .within, "2026-01-14", "2030-12-31", .documentDate, "用5年左右时间")
        #expect(approx?.approximate == true)
        #expect(approx?.horizonYears == 5)
        expect(t("未来五年", "未来五年"), .within, "2026-01-14", "2030-12-31", .documentDate, "未来五年")
        expect(t("过去五年", "过去五年"), .period, "2021-01-01", "2025-12-31", .documentDate, "过去五年")
    }

    @Test func horizonAnchoredOnPlanPeriod() {
        let f = TimeFrame.resolve(horizonYears: 3, anchorStartYear: 2023)
        #expect(f.start == CivilDate(year: 2023, month: 1, day: 1))
        #expect(f.end == CivilDate(year: 2025, month: 12, day: 31))
        let unresolved = t("用3年时间", "用3年时间", nil)
        #expect(unresolved?.end == nil)
        #expect(unresolved?.horizonYears == 3)
        #expect(unresolved?.anchored(atStartYear: 2024).end == CivilDate(year: 2026, month: 12, day: 31))
    }

    @Test(arguments: [
        ("十一五", 2006, 2010), ("十二五", 2011, 2015), ("十三五", 2016, 2020), ("十四五", 2021, 2025),
        ("十五五", 2026, 2030), ("十六五", 2031, 2035),
    ])
    func fiveYearPlans(name: String, first: Int, last: Int) {
        let period = t("\(name)期间", "\(name)期间")
        #expect(period?.kind == .period)
        #expect(period?.start == CivilDate(year: first, month: 1, day: 1))
        #expect(period?.end == CivilDate(year: last, month: 12, day: 31))
        #expect(period?.plan == name)
        let quoted = t("“\(name)”时期", "“\(name)”时期")
        #expect(quoted?.kind == .period)
        let end = t("\(name)末", "\(name)末")
        #expect(end?.kind == .point)
        #expect(end?.start == CivilDate(year: last, month: 1, day: 1))
        #expect(end?.end == CivilDate(year: last, month: 12, day: 31))
        #expect(t("“\(name)”末期", "“\(name)”末期")?.end == CivilDate(year: last, month: 12, day: 31))
    }

    @Test func midCentury() {
        let f = t("到本世纪中叶", "到本世纪中叶")
        #expect(f?.kind == .by)
        #expect(f?.end == CivilDate(year: 2050, month: 12, day: 31))
        #expect(f?.approximate == true)
    }

    @Test func withoutDocumentDateRelativeFramesStayOpen() {
        let f = t("今年", "今年", nil)
        #expect(f?.start == nil)
        #expect(f?.end == nil)
        #expect(f?.basis == .documentDate)
        #expect(f?.yearOffset == 0)
        // Absolute ones still resolve.
        #expect(t("到2030年", "到2030年", nil)?.end == CivilDate(year: 2030, month: 12, day: 31))
    }

    @Test func yearWordsInsideOtherWords() {
        // 每年底 / 当年内 are not this year's end.
        #expect(F.entities("每年底前报送").allSatisfy { $0.type != .time })
    }
}

@Suite struct RecognizeTimePastTests {
    @Test func yearsSince() {
        let f = RecognizeFixture.entity("五年来，我们坚持", "五年来")?.time
        #expect(f?.kind == .period)
        #expect(f?.start == CivilDate(year: 2021, month: 1, day: 1))
        #expect(f?.end == CivilDate(year: 2025, month: 12, day: 31))
        #expect(RecognizeFixture.entity("近三年来", "近三年来")?.time?.start == CivilDate(year: 2023, month: 1, day: 1))
    }
}

@Suite struct RecognizeTimeRangeWithoutYearSignTests {
    @Test func titleRange() {
        let f = RecognizeFixture.entity("行动方案（2023-2025）", "2023-2025")?.time
        #expect(f?.kind == .period)
        #expect(f?.end == CivilDate(year: 2025, month: 12, day: 31))
        // Amounts in the same shape stay figures.
        #expect(RecognizeFixture.entity("补贴2000-3000元", "2000-3000元")?.quantity?.upper == 3000)
    }

    @Test func normalizedTextSpansMapToSource() {
        let source = SourceText(text: "到2030年", encoding: "UTF-8")
        let normalized = Normalizer().normalize(source)
        let es = RecognizeFixture.recognizer.recognize(normalized, documentDate: RecognizeFixture.date2026)
        #expect(es.first?.span == Span(start: 0, end: 6, text: "到2030年"))
    }
}

@Suite struct RecognizeHorizonRangeTests {
    @Test func rangeOfYears() {
        let f = RecognizeFixture.entity("力争用3—5年时间", "用3—5年时间", RecognizeFixture.date2023)?.time
        #expect(f?.kind == .within)
        #expect(f?.horizonYears == 5)
        #expect(f?.approximate == true)
        #expect(f?.end == CivilDate(year: 2027, month: 12, day: 31))
        // Without a horizon cue a range of years stays a duration.
        #expect(RecognizeFixture.entity("工期三至五年", "三至五年")?.quantity?.upper == 5)
        #expect(RecognizeFixture.entity("“十四五”时期末", "“十四五”时期末")?.time?.start == CivilDate(year: 2025, month: 1, day: 1))
    }
}

@Suite struct RecognizeDayTests {
    @Test func dayDeadlinesAndStarts() {
        let by = RecognizeFixture.entity("9月30日前出台", "9月30日前")?.time
        #expect(by?.kind == .by)
        #expect(by?.end == CivilDate(year: 2026, month: 9, day: 30))
        let since = RecognizeFixture.entity("12月31日起施行", "12月31日起")?.time
        #expect(since?.kind == .since)
        #expect(since?.start == CivilDate(year: 2026, month: 12, day: 31))
        #expect(since?.end == nil)
        let absolute = RecognizeFixture.entity("自2026年3月1日起施行", "自2026年3月1日起")?.time
        #expect(absolute?.kind == .since)
        #expect(absolute?.basis == .absolute)
    }
}
