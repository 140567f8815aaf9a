import Foundation
import Testing
@testable import PolicyText

@Suite struct SegmentLexiconTests {
    @Test func jiebaFormatLines() throws {
        let file = DataFile(name: "userdict.txt", contents: """
            # comment
            云计算 5
            创新办 3 i
            凯特琳 nz

              放管服\t12\tn\r
            台中
            """)
        let lexicon = try Lexicon(file)
        #expect(lexicon.count == 5)
        #expect(lexicon["云计算"] == Lexicon.Entry(word: "云计算", frequency: 5))
        #expect(lexicon["创新办"] == Lexicon.Entry(word: "创新办", frequency: 3, tag: "i"))
        #expect(lexicon["凯特琳"] == Lexicon.Entry(word: "凯特琳", tag: "nz"))
        #expect(lexicon["放管服"] == Lexicon.Entry(word: "放管服", frequency: 12, tag: "n"))
        #expect(lexicon.contains("台中"))
        #expect(try Lexicon(DataFile(name: "x", contents: lexicon.formatted())).entries == lexicon.entries)
    }

    @Test func loadErrorsNameFileAndLine() {
        #expect(throws: DataFile.LoadError(file: "bad.txt", line: 3, message: "frequency \"x\" is not a non-negative whole number")) {
            try Lexicon(DataFile(name: "bad.txt", contents: "好 1\n\n坏 x n\n"))
        }
        #expect(throws: DataFile.LoadError(file: "bad.txt", line: 2, message: "expected `word [freq] [tag]`, found 4 fields")) {
            try Lexicon(DataFile(name: "bad.txt", contents: "好\n坏 1 n extra\n"))
        }
        #expect(throws: DataFile.LoadError(file: "rules.txt", line: 2, message: "unknown class \"colour\"")) {
            try SegmentRules(DataFile(name: "rules.txt", contents: "suffix: 化\ncolour: 红\n"))
        }
        #expect(throws: DataFile.LoadError(file: "rules.txt", line: 1, message: "expected `NAME: ITEM …`")) {
            try SegmentRules(DataFile(name: "rules.txt", contents: "suffix 化\n"))
        }
        do {
            _ = try Lexicon(contentsOf: "/nonexistent/userdict.txt")
            Issue.record("expected an error")
        } catch {
            #expect(error.file == "/nonexistent/userdict.txt" && error.line == 0)
        }
    }

    @Test func builtInLexiconIsLoadedAndHasPolicyTerms() throws {
        let lexicon = try Lexicon.builtIn()
        #expect(lexicon.count > 5000)
        for term in ["放管服", "专精特新", "营商环境", "新质生产力", "高标准农田", "以旧换新", "招商引资"] {
            #expect(lexicon.contains(term), "\(term)")
        }
        // Learned entries carry their corpus frequency.
        #expect((lexicon["委员会"]?.frequency ?? 0) > 1000)
    }

    @Test func laterLexiconWinsInMerge() {
        let a = Lexicon(name: "a", entries: [.init(word: "甲乙", frequency: 1), .init(word: "丙丁")])
        let b = Lexicon(name: "b", entries: [.init(word: "甲乙", frequency: 9, tag: "n")])
        let merged = Lexicon(name: "m", merging: [a, b])
        #expect(merged.count == 2)
        #expect(merged["甲乙"]?.frequency == 9)
    }
}

@Suite struct SegmentScoreTests {
    @Test func scoresLikeTheBakeoffScript() throws {
        let gold = ["共同 创造 美好 的 新 世纪", "我 爱 北京"]
        let test = ["共同 创造 美好的 新世纪", "我爱 北京"]
        let score = try SegmentationScore.score(gold: gold, test: test, trainingWords: ["共同", "创造", "美好", "的", "新", "我", "爱"])
        // gold 9 words, test 6; right: 共同 创造 北京 = 3
        #expect(score.goldWords == 9 && score.testWords == 6)
        #expect(abs(score.precision - 3.0 / 6.0) < 1e-12)
        #expect(abs(score.recall - 3.0 / 9.0) < 1e-12)
        #expect(abs(score.f1 - 0.4) < 1e-12)
        // OOV gold words: 世纪, 北京 (1 of 2 right).
        #expect(score.oovRecall == 0.5)
        #expect(score.summary.hasPrefix("precision=0.5000 recall=0.3333 f1=0.4000 oov_recall=0.5000"))
    }

    @Test func skipsLinesWhoseCharactersDifferAndRejectsLineCountMismatch() throws {
        let score = try SegmentationScore.score(gold: ["甲 乙", "丙 丁"], test: ["甲 乙", "丙 戊"])
        #expect(score.skippedLines == 1 && score.f1 == 1)
        #expect(throws: SegmentationScore.Error.lineCountMismatch(gold: 1, test: 2)) {
            try SegmentationScore.score(gold: ["甲"], test: ["甲", "乙"])
        }
    }
}
