import Testing
@testable import PolicyText

@Suite struct ExtractSloganTests {
    /// A passage of the seed in simplified characters.
    static let seedPassage = """
    近年来，我市坚持把发展经济的着力点放在实体经济上，锚定“两个确保”、深入实施“十大战略”，“一高四新两能”产业格局初步形成。\
    对濮阳而言，抓住了制造业，就抓住了“牛鼻子”。要坚持引进与培育并重，放大专精特新企业优势。堅持“转型+增效”，快速发展壮大“两能”产业。\
    坚持“科研+研发”，坚持“集群+链式”。落实落细“1+14”一揽子人才政策。深化“放管服效”改革，深入推进“万人助万企”等活动。
    """

    @Test func seedSlogansWithFormsAndHeads() throws {
        let x = ExtractTestSupport.extract(Self.seedPassage)
        let byText = Dictionary(x.slogans.map { ($0.text, $0) }, uniquingKeysWith: { a, _ in a })
        for text in ["两个确保", "十大战略", "一高四新两能", "专精特新", "转型+增效", "两能", "科研+研发", "集群+链式",
                     "1+14", "放管服效", "万人助万企"] {
            #expect(byText[text] != nil, "missing slogan \(text)")
        }
        #expect(byText["牛鼻子"] == nil, "a metaphor in quotation marks is not a slogan")
        #expect(byText["1+14"]?.form == .formula)
        #expect(byText["1+14"]?.head == "一揽子人才政策")
        #expect(byText["两个确保"]?.form == .numbered)
        #expect(byText["放管服效"]?.head == "改革")
        #expect(byText["一高四新两能"]?.head == "产业格局")
        #expect(byText["万人助万企"]?.head == nil, "等 stands between the slogan and 活动")
        #expect(byText["放管服效"]?.expansion?.first == "简政放权")
    }

    @Test func spansExcludeQuotesAndPointAtTheSource() throws {
        let text = "深入实施“十大战略”。"
        let x = ExtractTestSupport.extract(text)
        let s = try #require(x.slogans.first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[s.span.start..<s.span.end])) == "十大战略")
    }

    @Test func quotedSpeechAndOrdinaryWordsAreNotSlogans() {
        let x = ExtractTestSupport.extract("总书记强调：“制造业高质量发展是重中之重，必须抓紧抓好。”打造“硬核答卷”，防止“一刀切”。")
        #expect(x.slogans.isEmpty, "got \(x.slogans.map(\.text))")
    }

    @Test func opposedPracticesAreNotSlogans() {
        let x = ExtractTestSupport.extract("坚持不搞“大水漫灌”，坚决杜绝“形象工程”“政绩工程”。纠治“四风”。推进“山水工程”建设和“零碳园区”建设。")
        let texts = Set(x.slogans.map(\.text))
        #expect(texts.isDisjoint(with: ["大水漫灌", "形象工程", "政绩工程"]), "\(texts)")
        #expect(texts.isSuperset(of: ["四风", "山水工程", "零碳园区"]), "numbered names and programmes stay: \(texts)")
    }

    @Test func formulasWithAndWithoutQuotes() {
        let x = ExtractTestSupport.extract("加力实施“8+4”经济政策体系，构建1+N政策体系，推进“1650”产业体系建设，实施“人工智能+”行动。")
        let texts = x.slogans.map(\.text)
        #expect(texts.contains("8+4"))
        #expect(texts.contains("1+N"))
        #expect(texts.contains("1650"))
        #expect(texts.contains("人工智能+"))
        #expect(x.slogans.first { $0.text == "8+4" }?.head == "经济政策体系")
    }

    @Test func knownSlogansNeedNoQuotesButQuotedOnlyOnesDo() {
        let x = ExtractTestSupport.extract("打好三大攻坚战，做好五篇大文章。两新组织。抓好“两新”工作。")
        let texts = x.slogans.map(\.text)
        #expect(texts.contains("三大攻坚战"))
        #expect(texts.contains("五篇大文章"))
        #expect(texts.filter { $0 == "两新" }.count == 1, "两新 unquoted is ordinary prose")
    }
}
