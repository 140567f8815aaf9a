import Testing
@testable import PolicyText

/// Metric wording (the shortest faithful phrase), restated targets, and counts that are no goals.
@Suite struct ExtractMetricTests {
    static let date = CivilDate(year: 2026, month: 1, day: 20)

    func targets(_ text: String) -> [Target] { ExtractTestSupport.extract(text, date: Self.date).targets }

    @Test(arguments: [
        // A word naming the change of its subject; modal and time words at the end; a time inside.
        ("今年居民消费价格涨幅2%左右。", "居民消费价格", Target.Kind.growth, "居民消费价格涨幅2%左右"),
        ("今年城镇调查失业率全年控制在5.5%以内。", "城镇调查失业率", .level, "城镇调查失业率全年控制在5.5%以内"),
        ("今年能源消耗强度要降低3.9%以上。", "能源消耗强度", .reduction, "能源消耗强度要降低3.9%以上"),
        ("今年进出口总额预期增长7.5%左右。", "进出口总额", .growth, "进出口总额预期增长7.5%左右"),
        ("中央提出今年经济增长预期目标为8%左右。", "经济", .growth, "经济增长预期目标为8%左右"),
        ("今年城乡居民收入比上年增长6%。", "城乡居民收入", .growth, "城乡居民收入比上年增长6%"),
        ("今年城乡居民基本医保财政补助标准提高到人均320元。", "城乡居民基本医保财政补助标准", .amount,
         "城乡居民基本医保财政补助标准提高到人均320元"),
        // A verb before a count or an amount stays outside the metric and the span.
        ("今年新建和改造提升农村公路2500公里。", "农村公路", .amount, "农村公路2500公里"),
        ("今年完成投资9800亿元以上。", "投资", .amount, "投资9800亿元以上"),
        ("今年新建改造地下管网管廊9000公里。", "地下管网管廊", .amount, "地下管网管廊9000公里"),
        ("今年新增省级幸福河湖70个。", "省级幸福河湖", .count, "省级幸福河湖70个"),
        ("今年组建青少年心理关爱应急专家团队10个。", "青少年心理关爱应急专家团队", .count, "青少年心理关爱应急专家团队10个"),
        ("今年修复治理退化草原200万亩。", "退化草原", .amount, "退化草原200万亩"),
        ("今年全年货物和服务进出口增长6%。", "货物和服务进出口", .growth, "货物和服务进出口增长6%"),
        // 新增 stays where the metric reads only with it: amounts, employment, flows.
        ("今年新增无还本续贷1000亿元。", "新增无还本续贷", .amount, "新增无还本续贷1000亿元"),
        ("今年新增城镇就业900万人。", "新增城镇就业", .count, "新增城镇就业900万人"),
        ("今年新增港口集装箱吞吐量50万标箱。", "新增港口集装箱吞吐量", .count, "新增港口集装箱吞吐量50万标箱"),
        ("今年移动网络流量资费年内至少降低30%。", "移动网络流量资费", .reduction, "移动网络流量资费年内至少降低30%"),
        ("今年住院费用报销比例由50%提高到60%。", "住院费用报销比例", .share, "住院费用报销比例由50%提高到60%"),
        // A starting figure with a note on its unit, and a verb of arrival.
        ("今年推动县中托管帮扶从15个县（市）扩大到57个县（市）。", "县中托管帮扶", .count,
         "县中托管帮扶从15个县（市）扩大到57个县"),
        // A bound verb and a reference before the figure.
        ("今年特困人员基本生活保障标准不低于当地最低生活保障标准的1.6倍。", "特困人员基本生活保障标准", .multiplier,
         "特困人员基本生活保障标准不低于当地最低生活保障标准的1.6倍"),
        ("今年压减钢铁产能3000万吨左右。", "钢铁产能", .amount, "钢铁产能3000万吨左右"),
        ("今年减少农村贫困人口1000万以上。", "农村贫困人口", .amount, "农村贫困人口1000万以上"),
        // A noun that starts like a verb.
        ("今年建设用地供应规模控制在3万亩以内。", "建设用地供应规模", .amount, "建设用地供应规模控制在3万亩以内"),
        // 减负 is no sign: the figure stays positive.
        ("今年力争为经营主体减负1000亿元以上。", "为经营主体减负", .amount, "为经营主体减负1000亿元以上"),
    ] as [(String, String, Target.Kind, String)])
    func shortestFaithfulMetric(text: String, metric: String, kind: Target.Kind, span: String) throws {
        let found = targets(text)
        let t = try #require(found.first, "no target in \(text)")
        #expect(found.count == 1, "\(found.map(\.span.text))")
        #expect(t.metric == metric, "\(text)")
        #expect(t.kind == kind, "\(text)")
        #expect(t.span.text == span, "\(text)")
        #expect(t.value > 0, "\(text)")
        #expect(t.year == 2026, "\(text)")
    }

    @Test func listsRaisedFromStartingFigures() {
        let found = targets("今年困难残疾人生活补贴、重度残疾人护理补贴标准分别从每人每月209元、280元提高到217元、290元。")
        #expect(found.map(\.metric) == ["困难残疾人生活补贴", "重度残疾人护理补贴标准"])
        #expect(found.map(\.value) == [217, 290], "the starting figures 209 and 280 are no goals")
        #expect(found.allSatisfy { $0.unit == "元" && $0.year == 2026 })
    }

    @Test func boundVerbBeforeAReference() throws {
        let t = try #require(targets("今年特困人员基本生活保障标准不低于当地最低生活保障标准的1.6倍。").first)
        #expect(t.bound == .atLeast && t.value == 1.6)
    }

    @Test func restatedTargetIsASecondTarget() throws {
        let report = """
        2026年政府工作报告
        各位代表：
        一、2025年工作回顾
        过去一年，国内生产总值增长5%。
        二、2026年工作总体要求和政策取向
        今年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右。
        提出上述预期目标，综合考虑了国内外形势和各方面因素，兼顾了需要和可能。经济增长预期目标为5%左右，\
        考虑了促进就业增收、防范化解风险等需要。
        """
        let found = ExtractTestSupport.extract(report, date: Self.date).targets
        #expect(found.map(\.metric) == ["国内生产总值", "城镇调查失业率", "经济"])
        let restated = try #require(found.last)
        #expect(restated.span.text == "经济增长预期目标为5%左右")
        #expect(restated.kind == .growth && restated.value == 5 && restated.bound == .approx && restated.year == 2026)
    }

    @Test func countsThatAreNoGoals() {
        for text in [
            "今年支出规模比去年扩大2万亿元以上。",           // a difference from last year
            "加快南阳等4个国家现代流通战略支点城市建设。",     // a set named by examples
            "今年稳妥运行14个传统边贸点。",                  // a set a task works on
            "今年推动21家企业提能升级。",
            "这里，着重对两个目标加以说明。",                 // a count in words
            "今年重点做好以下10个方面工作。",                 // the parts of a report
            "今年出台稳经济30项举措。",
        ] {
            #expect(targets(text).isEmpty, "\(text) → \(targets(text).map(\.span.text))")
        }
    }

    @Test func aComparisonClauseIsNoSecondTarget() {
        let found = targets("今年赤字率拟按2.8%，比去年预算高0.2个百分点。")
        #expect(found.map(\.metric) == ["赤字率"], "\(found.map(\.span.text))")
    }

    @Test func countsOfWorkToDoAreGoals() throws {
        let t = try #require(targets("今年抓好1万名乡村医生线下培训。").first)
        #expect(t.metric == "乡村医生线下培训")
        #expect(t.span.text == "1万名乡村医生线下培训")
        #expect(t.kind == .count && t.value == 1 && t.unit == "万名")
        let u = try #require(targets("今年改造2.5万套（间）城市危旧房。").first)
        #expect(u.metric == "城市危旧房", "a note on the unit is not part of the noun")
    }
}
