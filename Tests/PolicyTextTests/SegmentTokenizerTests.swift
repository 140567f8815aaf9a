import Foundation
import Testing
@testable import PolicyText

@Suite struct SegmentTokenizerTests {
    let tokenizer = SegmentFixtures.tokenizer

    func words(_ text: String) -> [String] { SegmentFixtures.words(text, tokenizer) }

    @Test(arguments: [
        ("大力发展先进制造业，提升产业链水平。", "制造业"),
        ("继续做好招商引资工作", "招商引资"),
        ("深化放管服改革，优化营商环境", "放管服"),
        ("深化放管服改革，优化营商环境", "营商环境"),
        ("培育专精特新企业", "专精特新"),
        ("出台一揽子增量政策", "一揽子"),
        ("因地制宜发展新质生产力", "新质生产力"),
        ("新建高标准农田500万亩", "高标准农田"),
        ("稳步推进城中村改造", "城中村"),
        ("加力支持消费品以旧换新", "以旧换新"),
    ])
    func policyTermsStayWhole(text: String, term: String) {
        #expect(words(text).contains(term), "\(words(text))")
    }

    @Test(arguments: [
        ("经济增长5.5%左右", "5.5%"),
        ("财政赤字1.5万亿元", "1.5万亿元"),
        ("城镇新增就业12万人以上", "12万人"),
        ("实施2023—2026年行动计划", "2023—2026年"),
        ("到二〇三五年基本实现", "二〇三五年"),
        ("构建1+14政策体系", "1+14"),
        ("打造8+4经济政策体系", "8+4"),
        ("实施1+N政策", "1+N"),
        ("推动转型+增效", "转型+增效"),
        ("增长5%—5.5%", "5%—5.5%"),
        ("访问https://www.gov.cn/zhengce/。", "https://www.gov.cn/zhengce/"),
        ("发送至info@example.org.cn，", "info@example.org.cn"),
        ("推动5G网络和COVID-19防控", "5G"),
        ("推动5G网络和COVID-19防控", "COVID-19"),
        ("１９９８年１２月３１日", "１９９８年"),
        ("１９９８年１２月３１日", "３１日"),
        ("百分之三十的增长", "百分之三十"),
        ("气温－5℃", "－5"),
        ("第三十二条规定", "第三十二"),
    ])
    func unitsStayWhole(text: String, unit: String) {
        #expect(words(text).contains(unit), "\(words(text))")
    }

    /// A noun + localizer that ICU keeps as one word is cut (both bakeoff standards do); adverbs in the
    /// lexicon stay whole; a year typed with mixed digits is one number.
    @Test func localizersAndMixedYears() {
        #expect(words("在世界上处于领先地位").contains("世界"))
        #expect(words("在这种条件下推进改革").contains("条件"))
        #expect(words("实际上已经完成").contains("实际上"))
        #expect(words("基本上实现目标").contains("基本上"))
        #expect(words("到二００一年底").contains("二００一年"))
        #expect(words("全省上下共同努力").contains("全省"))
        #expect(words("弘扬企业家精神").contains("企业家"))
    }

    @Test func tokenKinds() {
        let tokens = tokenizer.tokenize("GDP增长5.5%，见 https://a.cn 和“1+N”。")
        func kind(_ text: String) -> Token.Kind? { tokens.first { $0.text == text }?.kind }
        #expect(kind("GDP") == .latin)
        #expect(kind("增长") == .word)
        #expect(kind("5.5%") == .number)
        #expect(kind("，") == .punct)
        #expect(kind(" ") == .space)
        #expect(kind("https://a.cn") == .url)
        #expect(kind("1+N") == .formula)
    }

    @Test func splitsWhatICUJoins() {
        // Particles, the copula and numeral + classifier are words of their own; lexicon words are not cut.
        #expect(words("新的一年") == ["新", "的", "一", "年"])
        #expect(words("这就是目的") == ["这", "就", "是", "目的"])
    }

    @Test func joinsWhatICUSplits() {
        #expect(words("推进现代化建设").contains("现代化"))
        #expect(words("美国总统克林顿表示").contains("克林顿"))
        #expect(words("第三十二条").first == "第三十二")
    }

    @Test func offsetsAreScalarOffsetsAndCoverTheText() {
        let text = "𠀀𠀁制造业👍🏽e\u{301}5.5%\u{0}\u{FFFD}\u{FFFD}"
        let tokens = tokenizer.tokenize(text)
        let scalars = Array(text.unicodeScalars)
        var expected = 0
        for token in tokens {
            #expect(token.start == expected)
            #expect(token.end > token.start)
            #expect(String(String.UnicodeScalarView(scalars[token.start..<token.end])) == token.text)
            expected = token.end
        }
        #expect(expected == scalars.count)
        #expect(tokens.contains { $0.text == "制造业" })
    }

    @Test func enumerateTokensGivesStringRanges() {
        let text = "a😀制造业，5.5%"
        var seen: [String] = []
        tokenizer.enumerateTokens(in: text) { token, range in
            #expect(String(text[range]) == token.text)
            seen.append(token.text)
            return token.text != "，"
        }
        #expect(seen.last == "，")
        #expect(seen.joined() == "a😀制造业，")
    }

    @Test func spacedLinesKeepLineStructure() {
        let out = tokenizer.spacedLines("发展制造业。\r\n\n  推进工作 提高水平\n")
        #expect(out == "发展 制造业 。\n\n推进 工作 提高 水平\n")
    }

    @Test func userLexiconWordsWin() throws {
        let user = Lexicon(name: "user", entries: [Lexicon.Entry(word: "数字人民币试点", frequency: 3)])
        let custom = try Tokenizer(userLexicons: [user])
        #expect(SegmentFixtures.words("推进数字人民币试点工作", custom).contains("数字人民币试点"))
        #expect(!SegmentFixtures.words("推进数字人民币试点工作").contains("数字人民币试点"))
    }
}

@Suite struct SegmentConventionTests {
    @Test func pkuAndMSRDifferWhereTheirStandardsDo() throws {
        var options = Tokenizer.Options()
        options.convention = .msr
        let msr = try Tokenizer(options: options)
        let pku = SegmentFixtures.tokenizer
        let text = "这也是一种新办法，姜春云说。"
        #expect(SegmentFixtures.words(text, pku) == ["这", "也", "是", "一", "种", "新", "办法", "，", "姜", "春云", "说", "。"])
        #expect(SegmentFixtures.words(text, msr) == ["这", "也是", "一种", "新", "办法", "，", "姜春云", "说", "。"])
        #expect(SegmentFixtures.words("增加８个……", msr) == ["增加", "８个", "…", "…"])
        #expect(SegmentFixtures.words("增加８个……", pku) == ["增加", "８", "个", "……"])
    }

    @Test func discoveryKeepsARecurringUnknownNameWhole() throws {
        // 邯钢 is in no lexicon and ICU cuts it; repeated in varied company, discovery learns it.
        let company = "邯钢"
        let before = ["学习", "推广", "介绍", "总结", "借鉴", "宣传"]
        let after = ["经验", "做法", "模式", "成绩", "改革", "管理", "精神", "思路", "路子", "办法", "效益", "产品",
                     "文化", "制度", "机制", "队伍", "技术", "品牌"]
        // Other text around it, as in a real document (cohesion is measured against the whole text).
        var text = SegmentRobustnessTests.hanText(scalars: 8000, seed: 7) + "。"
        for i in 0..<36 { text += "各地\(before[i % before.count])\(company)\(after[i % after.count])。" }
        let plain = SegmentFixtures.words(text)
        #expect(!plain.contains(company))
        var options = Tokenizer.Options()
        options.discoverNewWords = true
        let discovering = try Tokenizer(options: options)
        #expect(SegmentFixtures.words(text, discovering).filter { $0 == company }.count == 36)
        #expect(SegmentFixtures.words(text, SegmentFixtures.tokenizer.adapted(to: [text])).contains(company))
    }
}

@Suite struct SegmentCompiledRulesTests {
    /// The class table folded into the rule masks agrees with `ScalarClass.of` on every BMP scalar.
    @Test func scalarClassTableMatchesClassification() throws {
        let rules = try SegmentRules.builtIn().compiled()
        var mismatches = 0
        for v in UInt32(0)..<0x10000 where rules.scalarClass(v) != ScalarClass.of(v) { mismatches += 1 }
        #expect(mismatches == 0)
        #expect(rules.scalarClass(0x1F600) == ScalarClass.of(0x1F600))  // outside the BMP: computed
    }

    /// Formulas are joined around every `+` of a long text, not only the first one, and text between them is kept.
    @Test func formulasAcrossALongText() throws {
        let filler = String(repeating: "推进高质量发展。", count: 300)
        let text = "实施1+14方案。" + filler + "落实转型+增效要求，" + filler + "推行1+N政策。"
        let words = SegmentFixtures.words(text)
        #expect(words.contains("1+14"))
        #expect(words.contains("转型+增效"))
        #expect(words.contains("1+N"))
        #expect(words.joined() == text)
    }
}
