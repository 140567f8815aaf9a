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
        #expect(m.value == nil, "主要 shadows the cue 要")
        #expect(lexicon.modality.longestMatch(in: s, at: 1) != nil)
    }

    @Test func badDataFilesNameTheLine() {
        let bad = DataFile(name: "m.tsv", contents: "# c\n要\tdirective\n力争\tsometimes\n")
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
}
