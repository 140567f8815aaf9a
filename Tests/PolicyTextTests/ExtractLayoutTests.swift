import Testing
@testable import PolicyText

@Suite struct ExtractLayoutTests {
    static let report = """
    各位代表：
    一、2025年工作回顾
    过去一年，全省生产总值增长5.4%。
    二、2026年工作安排
    今年经济社会发展的主要预期目标是：全省生产总值增长5%左右；城镇调查失业率5.5%左右。
    过去五年，我们完成了许多工作。
    """

    @Test func sentencesAndClauses() {
        let s = Array("甲，乙；丙。丁！\n戊".unicodeScalars)
        let layout = TextLayout(s)
        #expect(layout.paragraphs.count == 2)
        #expect(layout.sentences.count == 3)
        #expect(layout.clauses.count == 5)
        #expect(layout.sentences[0].clauses == 0..<3)
        #expect(layout.clauseIndex(at: 2) == 1)
        #expect(layout.sentenceIndex(at: 6) == 1)
    }

    @Test func reviewAndPlanParts() throws {
        let lexicon = try ExtractLexicon.bundled()
        let s = Array(Self.report.unicodeScalars)
        let layout = TextLayout(s)
        let map = SectionMap(s, layout: layout, lexicon: lexicon)
        #expect(map.parts == [.none, .review, .review, .plan, .plan, .plan])
        #expect(map.headings == [false, true, false, true, false, false])
        #expect(map.reviewParagraphs[2] == true)
        #expect(map.reviewParagraphs[5] == true, "过去五年 opens a look back even in the plan part")
        #expect(map.sectionYears[4] == 2026)
        #expect(map.inferredYear == 2026, "2025年工作回顾 is reviewed in the 2026 report")
    }

    @Test func issuerFromTheOpening() throws {
        let lexicon = try ExtractLexicon.bundled()
        let s = Array("各位代表：\n现在，我代表江苏省人民政府向大会报告工作。".unicodeScalars)
        let map = SectionMap(s, layout: TextLayout(s), lexicon: lexicon)
        #expect(map.issuer == "江苏省人民政府")
    }

    @Test func trieLongestMatchAndShadowing() throws {
        let lexicon = try ExtractLexicon.bundled()
        let s = Array("主要任务".unicodeScalars)
        let m = try #require(lexicon.modality.longestMatch(in: s, at: 0))
        #expect(m.length == 2)
        #expect(m.value.strength == nil && m.value.role == .shadow, "主要 shadows the cue 要")
        #expect(lexicon.modality.longestMatch(in: s, at: 1) != nil)
    }

    @Test func badDataFilesNameTheLine() {
        let bad = DataFile(name: "m.tsv", contents: "# c\n要\tdirective\tauxiliary\n力争\tsometimes\tauxiliary\n")
        let ok = DataFile(name: "x", contents: "")
        #expect(throws: DataFile.LoadError(file: "m.tsv", line: 3, message: "unknown strength \"sometimes\" (obligation, directive, intention, aspiration, encouragement, forecast, none)")) {
            try ExtractLexicon(modality: bad, actors: ok, sections: ok, tense: ok, metric: ok, slogans: ok,
                               sloganHeads: ok, sloganRejects: ok)
        }
        let badJSON = DataFile(name: "s.jsonl", contents: "{\"text\":\"两个确保\",\"form\":\"numbered\"}\n{\"text\":\"x\",\"form\":\"slogan\"}\n")
        do {
            _ = try ExtractLexicon(modality: ok, actors: ok, sections: ok, tense: ok, metric: ok, slogans: badJSON,
                                   sloganHeads: ok, sloganRejects: ok)
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 2)
            #expect(error.file == "s.jsonl")
        }
    }

    @Test func bareHeadingsAndMottoHeadings() throws {
        let lexicon = try ExtractLexicon.bundled()
        let text = """
        2026年甘肃省政府工作报告
        各位代表：
        “十四五”时期工作回顾
        五年来全省地区生产总值年均增长5.8%。
        “十五五”时期的主要目标任务
        全省地区生产总值年均增长5%以上。
        2026年重点工作
        地区生产总值增长5.5%左右。
        """
        let s = Array(text.unicodeScalars)
        let map = SectionMap(s, layout: TextLayout(s), lexicon: lexicon)
        #expect(map.parts == [.none, .none, .review, .review, .plan, .plan, .plan, .plan])
        #expect(map.inferredYear == 2026)

        let motto = Array("各位代表：\n一、一年接着一年干，新福建建设持续取得新成效\n全省生产总值增长5.5%。\n二、一张蓝图绘到底\n全省生产总值增长5%左右。".unicodeScalars)
        let mottoMap = SectionMap(motto, layout: TextLayout(motto), lexicon: lexicon)
        #expect(mottoMap.parts == [.none, .review, .review, .plan, .plan], "a report opens with its review")
    }

    @Test func numberedItemsOfALawAreNotSections() throws {
        let lexicon = try ExtractLexicon.bundled()
        let s = Array("一、在刑法第二百六十条后增加一条：\n虐待被监护人的，处三年以下有期徒刑。\n二、将刑法第二百八十条修改为：\n处五万元以上罚款。".unicodeScalars)
        let map = SectionMap(s, layout: TextLayout(s), lexicon: lexicon)
        #expect(map.parts.allSatisfy { $0 == .none })
        let x = ExtractTestSupport.extract(String(String.UnicodeScalarView(s)), date: CivilDate(year: 2015, month: 8, day: 29))
        #expect(x.targets.isEmpty, "\(x.targets.map(\.span.text))")
    }

    @Test func undatedReportTakesItsYearFromItsHeadings() throws {
        let text = "各位代表：\n一、2024年工作回顾\n过去一年，国内生产总值增长5%。\n二、2025年政府工作任务\n今年发展主要预期目标是：国内生产总值增长5%左右。"
        let x = ExtractTestSupport.extract(text)
        let t = try #require(x.targets.first)
        #expect(x.targets.count == 1)
        #expect(t.year == 2025)
        #expect(x.times.first { $0.text == "今年" }?.end == CivilDate(year: 2025, month: 12, day: 31))
    }
}
