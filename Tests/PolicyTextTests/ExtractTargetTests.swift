import Testing
@testable import PolicyText

@Suite struct ExtractTargetTests {
    /// The seed's plan sentence (simplified characters) with the action's period in the sentence before.
    static let seedPlan = """
    市委、市政府实施制造业倍增行动（2023—2026年），各级各部门必须拿出超常规的举措。
    要找准路径，聚焦重点。市委、市政府提出实施制造业倍增行动目标是，两年内制造业招商到位资金实现倍增，\
    三年内制造业投资和产能实现倍增，四年内规模以上制造业增加值实现倍增。目标任务已经确定。
    """

    @Test func seedMultipliersAnchoredOnThePlanPeriod() throws {
        let x = ExtractTestSupport.extract(Self.seedPlan)
        #expect(x.targets.map(\.metric) == ["制造业招商到位资金", "制造业投资", "产能", "规模以上制造业增加值"])
        #expect(x.targets.map(\.year) == [2024, 2025, 2025, 2026])
        for t in x.targets {
            #expect(t.kind == .multiplier)
            #expect(t.value == 2)
            #expect(t.unit == "倍")
            let time = try #require(t.time.map { x.times[$0] })
            #expect(time.kind == .within)
            #expect(time.start == CivilDate(year: 2023, month: 1, day: 1))
        }
        #expect(x.targets.last?.span.text == "规模以上制造业增加值实现倍增")
        #expect(!x.targets.contains { $0.span.text.contains("行动") }, "倍增行动 names the action, it is no goal")
    }

    @Test func planPartOnlyInAWorkReport() throws {
        let x = ExtractTestSupport.extract(ExtractLayoutTests.report)
        #expect(x.targets.count == 2, "got \(x.targets.map(\.span.text))")
        let gdp = try #require(x.targets.first)
        #expect(gdp.metric == "全省生产总值")
        #expect(gdp.kind == .growth)
        #expect(gdp.value == 5)
        #expect(gdp.bound == .approx)
        #expect(gdp.year == 2026)
        #expect(gdp.span.text == "全省生产总值增长5%左右")
        #expect(x.targets.last?.metric == "城镇调查失业率")
        #expect(x.targets.last?.kind == .level)
        #expect(!x.targets.contains { $0.value == 5.4 }, "the review's 5.4% is a result")
    }

    @Test(arguments: [
        ("今年全省生产总值增长5%—5.5%。", "全省生产总值", Target.Kind.growth, 5.0, 5.5 as Double?, "%", Target.Bound.range),
        ("今年城镇调查失业率5%以内。", "城镇调查失业率", .level, 5, nil, "%", .atMost),
        ("今年城镇新增就业1200万人以上。", "城镇新增就业", .count, 1200, nil, "万人", .atLeast),
        ("今年力争数字经济核心产业增加值占比达到15%。", "数字经济核心产业增加值占比", .share, 15, nil, "%", .exact),
        ("今年单位GDP能耗降低2.5%左右。", "单位GDP能耗", .reduction, 2.5, nil, "%", .approx),
        ("今年粮食产量1.4万亿斤左右。", "粮食产量", .amount, 1.4, nil, "万亿斤", .approx),
        ("今年城镇调查失业率控制在5.5%以内。", "城镇调查失业率", .level, 5.5, nil, "%", .atMost),
    ])
    func shapes(_ text: String, _ metric: String, _ kind: Target.Kind, _ value: Double, _ upper: Double?,
                _ unit: String, _ bound: Target.Bound) throws {
        let x = ExtractTestSupport.extract(text, date: CivilDate(year: 2026, month: 1, day: 14))
        let t = try #require(x.targets.first, "no target in \(text)")
        #expect(x.targets.count == 1)
        #expect(t.metric == metric)
        #expect(t.kind == kind)
        #expect(t.value == value)
        #expect(t.upper == upper)
        #expect(t.unit == unit)
        #expect(t.bound == bound)
        #expect(t.year == 2026)
    }

    @Test func twoMetricsOneValue() {
        let x = ExtractTestSupport.extract("力争三年内制造业投资和产能实现倍增。", date: CivilDate(year: 2023, month: 3, day: 1))
        #expect(x.targets.map(\.metric) == ["制造业投资", "产能"])
        #expect(x.targets.allSatisfy { $0.kind == .multiplier && $0.year == 2025 })
    }

    @Test func oneMetricWithRespectiveValues() {
        let x = ExtractTestSupport.extract("今年主要预期目标是：城乡居民人均可支配收入分别增长7%左右和8%左右，新增就业5万人。",
                                           date: CivilDate(year: 2026, month: 1, day: 20))
        #expect(x.targets.map(\.value) == [7, 8, 5])
        #expect(x.targets.prefix(2).allSatisfy { $0.metric == "城乡居民人均可支配收入" && $0.bound == .approx })
        #expect(x.targets.last?.metric == "新增就业", "the list ends at the clause")
    }

    @Test func aJoinedNounIsOneMetric() {
        let x = ExtractTestSupport.extract("力争全年货物和服务进出口增长6%，制造业投资和产能实现倍增。",
                                           date: CivilDate(year: 2026, month: 1, day: 20))
        #expect(x.targets.map(\.metric) == ["货物和服务进出口", "制造业投资", "产能"])
    }

    @Test func pastResultsAreNotTargets() {
        let date = CivilDate(year: 2026, month: 1, day: 14)
        for text in ["去年全省生产总值增长5.4%。", "2025年，全省生产总值增长5.4%。", "过去五年，城镇新增就业累计达到690万人。",
                     "全年实现了地区生产总值增长5.2%。", "召开了3次会议。"] {
            let x = ExtractTestSupport.extract(text, date: date)
            #expect(x.targets.isEmpty, "\(text) → \(x.targets.map(\.span.text))")
        }
    }

    @Test func futureCueInAPlainDocument() throws {
        let x = ExtractTestSupport.extract("到2030年，全社会研发投入强度达到3.6%。", date: CivilDate(year: 2026, month: 1, day: 14))
        let t = try #require(x.targets.first)
        #expect(t.metric == "全社会研发投入强度")
        #expect(t.kind == .level)
        #expect(t.year == 2030)
        #expect(t.time.map { x.times[$0].text } == "到2030年")
    }

    @Test func figuresThatModifyNounsAreNotGoals() {
        let x = ExtractTestSupport.extract("今年争取100个以上项目纳入国家用地保障范围，对营业收入2000万元以上的企业给予奖励，照护3岁以下婴幼儿，重点做好十个方面工作。",
                                           date: CivilDate(year: 2026, month: 1, day: 14))
        #expect(x.targets.isEmpty, "\(x.targets.map(\.span.text))")
    }

    @Test func countBeforeTheThingCounted() throws {
        let x = ExtractTestSupport.extract("今年新建10家省级概念验证中心、30家标杆孵化器。", date: CivilDate(year: 2026, month: 1, day: 14))
        #expect(x.targets.map(\.metric) == ["省级概念验证中心", "标杆孵化器"])
        let t = try #require(x.targets.first)
        #expect(t.span.text == "10家省级概念验证中心", "the verb stays outside the span")
        #expect(t.kind == .count && t.value == 10 && t.unit == "家" && t.year == 2026)
    }
}
