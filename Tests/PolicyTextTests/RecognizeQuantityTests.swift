import Testing
@testable import PolicyText

@Suite struct RecognizeQuantityTests {
    typealias F = RecognizeFixture

    func q(_ text: String, _ span: String) -> Quantity? { F.entity(text, span, F.date2026)?.quantity }

    @Test func percentForms() {
        #expect(q("增长6.5%", "6.5%")?.value == 6.5)
        #expect(q("增长６％", "６％")?.value == 6)
        let fifteen = q("占比百分之十五", "百分之十五")
        #expect(fifteen?.kind == .percent)
        #expect(fifteen?.value == 15)
        let permille = q("控制在千分之三", "控制在千分之三")
        #expect(permille?.unit == "‰")
        #expect(permille?.value == 3)
        #expect(permille?.base == 0.3)
        #expect(permille?.bound == .atMost)
        let points = q("提高0.5个百分点", "0.5个百分点")
        #expect(points?.kind == .percentagePoint)
        #expect(points?.unit == "个百分点")
        #expect(points?.value == 0.5)
        #expect(q("下降了二成", "二成")?.value == 20)
    }

    @Test func ranges() {
        let a = q("全省生产总值增长5%—5.5%", "5%—5.5%")
        #expect(a?.bound == .range)
        #expect(a?.value == 5)
        #expect(a?.upper == 5.5)
        let b = q("增长5%至6%", "5%至6%")
        #expect(b?.upper == 6)
        let c = q("新增就业10—15万人", "10—15万人")
        #expect(c?.unit == "万人")
        #expect(c?.base == 100_000)
        #expect(c?.baseUpper == 150_000)
        let d = q("增长4.5-5%", "4.5-5%")
        #expect(d?.value == 4.5)
        #expect(d?.unit == "%")
        // No range across a year: 5%到2025年 is a figure and a time.
        let es = F.entities("增长5%到2025年")
        #expect(es.map(\.type) == [.percent, .time])
    }

    @Test func ratesPerUnit() {
        let productivity = q("全员劳动生产率达到30万元/人左右", "30万元/人左右")
        #expect(productivity?.unit == "万元/人" && productivity?.value == 30)
        #expect(productivity?.baseUnit == "元/人" && productivity?.base == 300_000)
        #expect(productivity?.category == "rate" && productivity?.bound == .approx)
        let pm = q("细颗粒物年均浓度控制在29微克/立方米左右", "控制在29微克/立方米左右")
        #expect(pm?.unit == "微克/立方米" && pm?.value == 29)
        // A slash before a number is a fraction or a date, not a rate.
        #expect(F.entities("完成30万元/2年").first?.quantity?.unit == "万元")
    }

    @Test func floorAndCeilingMakeOneRange() {
        let fine = q("处一万元以上十万元以下罚款", "一万元以上十万元以下")
        #expect(fine?.bound == .range)
        #expect(fine?.value == 1 && fine?.upper == 10 && fine?.unit == "万元")
        #expect(fine?.base == 10_000 && fine?.baseUpper == 100_000)
        #expect(fine?.inclusive == true && fine?.upperInclusive == true)
        let mixed = q("处五千元以上五万元以下的罚款", "五千元以上五万元以下")
        #expect(mixed?.unit == "元" && mixed?.upper == 50_000, "the upper end in the lower end's unit")
        let open = q("处二十万元以上不满一百万元", "二十万元以上不满一百万元")
        #expect(open?.upperInclusive == false, "不满 excludes the ceiling")
        let zero = q("大于等于0并小于230.3964", "大于等于0并小于230.3964")
        #expect(zero?.value == 0 && zero?.upper == 230.3964)
        #expect(q("10000与20000之间", "10000与20000之间")?.upper == 20_000)
        let between = q("10与20万元之间", "10与20万元之间")
        #expect(between?.unit == "万元" && between?.base == 100_000 && between?.baseUpper == 200_000)
        #expect(F.entities("0与0万元之间").allSatisfy { $0.quantity?.base.isFinite ?? true }, "no division by a zero ceiling")
        // Not one range: a ceiling first, different kinds, a floor above the ceiling, text between them.
        #expect(F.entities("最多100最少20个").count == 2)
        #expect(F.entities("增长5%以上、3万人以下").count == 2)
        #expect(F.entities("10%以上、5%以下").count == 2)
        #expect(F.entities("增长5%以上，失业率5.5%以下").count == 2)
    }

    @Test(arguments: [
        ("增长6%左右", "6%左右", Bound.approx, Bool?.none), ("约6%", "约6%", .approx, nil), ("近70万辆", "近70万辆", .approx, nil),
        ("90%以上", "90%以上", .atLeast, true), ("超过3%", "超过3%", .atLeast, false), ("不低于2000亿元", "不低于2000亿元", .atLeast, true),
        ("突破1300万辆", "突破1300万辆", .atLeast, false), ("力争达到1200万人以上", "1200万人以上", .atLeast, true),
        ("控制在5%以内", "控制在5%以内", .atMost, true), ("100亿元以下", "100亿元以下", .atMost, true),
        ("不超过3%", "不超过3%", .atMost, true), ("增长5%", "5%", .exact, nil), ("3400多万人次", "3400多万人次", .atLeast, false),
        ("300多家", "300多家", .atLeast, false),
    ] as [(String, String, Bound, Bool?)])
    func bounds(text: String, span: String, bound: Bound, inclusive: Bool?) {
        let quantity = q(text, span)
        #expect(quantity?.bound == bound, "\(text)")
        #expect(quantity?.inclusive == inclusive, "\(text)")
    }

    @Test(arguments: [
        ("投资1.5万亿元", "1.5万亿元", "万亿元", 1.5, 1.5e12, "元", "currency"),
        ("收入58万元", "58万元", "万元", 58, 580_000, "元", "currency"),
        ("达到3000亿元", "3000亿元", "亿元", 3000, 3e11, "元", "currency"),
        ("吸引3.2万亿美元", "3.2万亿美元", "万亿美元", 3.2, 3.2e12, "美元", "currency"),
        ("新增就业12万人", "12万人", "万人", 12, 120_000, "人", "people"),
        ("培训800人", "800人", "人", 800, 800, "人", "people"),
        ("建成3个", "3个", "个", 3, 3, "个", "count"), ("培育50家", "50家", "家", 50, 50, "家", "count"),
        ("实施20项", "20项", "项", 20, 20, "项", "count"), ("新建5所", "5所", "所", 5, 5, "所", "count"),
        ("建设10座", "10座", "座", 10, 10, "座", "count"), ("推广2000辆", "2000辆", "辆", 2000, 2000, "辆", "count"),
        ("新建1000公里", "1000公里", "公里", 1000, 1000, "公里", "length"),
        ("产量1.4万亿斤", "1.4万亿斤", "万亿斤", 1.4, 1.4e12, "斤", "mass"),
        ("削减200万吨", "200万吨", "万吨", 200, 2e6, "吨", "mass"),
        ("节约500万吨标准煤", "500万吨标准煤", "万吨标准煤", 500, 5e6, "吨标准煤", "energy"),
        ("装机1200万千瓦", "1200万千瓦", "万千瓦", 1200, 1.2e7, "千瓦", "power"),
        ("发电450亿千瓦时", "450亿千瓦时", "亿千瓦时", 450, 4.5e10, "千瓦时", "energy"),
        ("高标准农田12万亩", "12万亩", "万亩", 12, 120_000, "亩", "area"),
        ("改造500万平方米", "500万平方米", "万平方米", 500, 5e6, "平方米", "area"),
    ] as [(String, String, String, Double, Double, String, String)])
    func units(text: String, span: String, unit: String, value: Double, base: Double, baseUnit: String, category: String) {
        let quantity = q(text, span)
        #expect(quantity?.kind == .measure, "\(text)")
        #expect(quantity?.unit == unit, "\(text)")
        #expect(quantity?.value == value, "\(text)")
        #expect(quantity.map { abs($0.base - base) <= 1e-6 * base } == true, "\(text): \(String(describing: quantity?.base))")
        #expect(quantity?.baseUnit == baseUnit, "\(text)")
        #expect(quantity?.category == category, "\(text)")
    }

    @Test(arguments: [
        ("制造业增加值倍增", "倍增", 2.0), ("收入翻一番", "翻一番", 2), ("实现翻两番", "翻两番", 4), ("力争翻番", "翻番", 2),
        ("总量增长1倍", "增长1倍", 2), ("规模提高到3倍", "提高到3倍", 3), ("排放减半", "减半", 0.5), ("翻了三番", "翻了三番", 8),
        ("达到2倍以上", "达到2倍以上", 2),
    ] as [(String, String, Double)])
    func multipliers(text: String, span: String, factor: Double) {
        let e = F.entity(text, span)
        #expect(e?.type == .multiplier, "\(text)")
        #expect(e?.quantity?.value == factor, "\(text)")
        #expect(e?.quantity?.unit == "倍", "\(text)")
    }

    @Test func notMultipliers() {
        // 成倍增长 is "several-fold", not a doubling.
        #expect(F.entities("产值成倍增长").isEmpty)
    }
}
