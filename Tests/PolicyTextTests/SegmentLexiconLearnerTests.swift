import Foundation
import Testing
@testable import PolicyText

@Suite struct SegmentLexiconLearnerTests {
    /// The texts `make` writes for every pair of a word before and a word after (and the sum of their indexes), so
    /// a term meets varied company on both sides.
    static func crossed(_ before: [String], _ after: [String], _ make: (String, String, Int) -> [String]) -> [String] {
        before.enumerated().flatMap { i, b in after.enumerated().flatMap { j, a in make(b, a, i + j) } }
    }

    /// Unrelated sentences, so that no test term makes up most of a corpus.
    static let filler = Array(repeating: "统筹推进乡村振兴和城乡融合，扩大有效投资，稳定粮食生产。", count: 200)

    /// Sentences where a made-up term recurs in varied company.
    static let corpus = crossed(["深化", "推进", "落实", "完善", "持续", "全面", "巩固", "加快"],
                                ["改革", "工作", "举措", "成效", "要求", "部署", "任务", "机制"]) { b, a, k in
        ["各地\(b)放管服\(a)，取得明显进展。第\(k)批项目开工。"]
    }

    @Test func statisticsOfARecurringTerm() throws {
        let learner = try LexiconLearner()
        let candidates = learner.candidates(texts: Self.corpus)
        let term = try #require(candidates.first { $0.word == "放管服" })
        #expect(term.frequency == 64)
        // Eight different characters on each side, evenly: entropy log 8.
        #expect(abs(term.leftEntropy - log(8.0)) < 1e-9)
        #expect(abs(term.rightEntropy - log(8.0)) < 1e-9)
        #expect(term.cohesion > 0)
        // A fragment glued to one context only is not free on that side.
        let fragment = try #require(candidates.first { $0.word == "取得明" })
        #expect(fragment.rightEntropy == 0)
    }

    @Test func learnKeepsTheTermAndDropsPhrasesAndFragments() throws {
        var options = LexiconLearner.Options()
        options.minFrequency = 3
        let learner = try LexiconLearner(options: options)
        let words = learner.learn(texts: Self.corpus).map(\.word)
        #expect(words.contains("放管服"))
        #expect(!words.contains("取得明"))  // not free on the right
        #expect(!words.contains { $0.hasPrefix("的") || $0.hasSuffix("的") })
    }

    /// A localizer of place or time does not start a learned word (过程中 发现 → no 中发现) unless the rest rarely
    /// occurs without it (中医药).
    @Test func localizerStartsNoWordUnlessBound() throws {
        let texts = Self.crossed(["检查", "工作", "调研", "审计", "巡查", "督查", "评估", "核查"],
                                 ["问题", "隐患", "线索", "漏洞", "短板", "差距", "风险", "苗头"]) { b, a, k in
            ["各地\(b)中发现\(a)，及时整改。",
             // 发现 mostly goes without 中 (3 times in 4)
             "群众发现\(a)后，立即报告。", "如果发现\(a)，要及时处置。", "已经发现\(a)的，限期改正。",
             "推动\(b)中医药\(a)治理。第\(k)项。"]
        } + Self.filler
        var options = LexiconLearner.Options()
        options.minFrequency = 3
        let words = try LexiconLearner(options: options).learn(texts: texts).map(\.word)
        #expect(!words.contains("中发现"))
        #expect(words.contains("中医药"))
    }

    /// A string that mostly follows a number with a lone date character in front is a piece of a date
    /// expression, not a word (1月1日起施行 → no 日起施行).
    @Test func piecesOfNumberExpressionsAreNotWords() throws {
        let subjects = ["本规定", "本办法", "本条例", "本细则", "本决定", "本意见", "本方案", "本通知"]
        var texts: [String] = []
        for (i, subject) in subjects.enumerated() {
            for month in 1...6 {
                texts.append("\(subject)自202\(i)年\(month)月\(month + i)日起施行。")
            }
        }
        texts += Self.filler
        var options = LexiconLearner.Options()
        options.minFrequency = 3
        let learner = try LexiconLearner(options: options)
        let candidate = try #require(learner.candidates(texts: texts).first { $0.word == "日起施行" })
        #expect(candidate.leftDigitShare == 1)
        #expect(!learner.learn(texts: texts).map(\.word).contains("日起施行"))
        options.maxDigitShare = 1  // the test off: the fragment passes every other filter
        #expect(try LexiconLearner(options: options).learn(texts: texts).map(\.word).contains("日起施行"))
    }

    @Test func frequencyThresholdAndLengthLimit() throws {
        var options = LexiconLearner.Options()
        options.minFrequency = 100
        let none = try LexiconLearner(options: options).candidates(texts: Self.corpus)
        #expect(none.isEmpty)
        options.minFrequency = 2
        options.maxLength = 3
        let short = try LexiconLearner(options: options).candidates(texts: Self.corpus)
        #expect(!short.isEmpty)
        #expect(short.allSatisfy { (2...3).contains($0.word.unicodeScalars.count) })
    }

    @Test func emptyAndNonHanInput() throws {
        let learner = try LexiconLearner()
        #expect(learner.candidates(texts: []).isEmpty)
        #expect(learner.candidates(texts: ["abc 123 !!", "\u{FFFD}\u{FFFD}", ""]).isEmpty)
    }
}

/// Writes the built-in learned lexicon. Runs only when POLICYTEXT_LEARN_OUT names the output file (see
/// scripts/lexicon/learn.sh); the lead's `policytext lexicon learn PATH…` calls the same library function.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["POLICYTEXT_LEARN_OUT"] != nil, "set POLICYTEXT_LEARN_OUT"))
struct SegmentLexiconLearnRunner {
    @Test func learnBuiltInLexicon() throws {
        let env = ProcessInfo.processInfo.environment
        let out = try #require(env["POLICYTEXT_LEARN_OUT"])
        let paths = (env["POLICYTEXT_LEARN_PATHS"] ?? "corpus/national corpus/provincial-2026 corpus/laws")
            .split(separator: " ").map { SegmentFixtures.shared(String($0)).path }
        let learner = try LexiconLearner()
        let result = learner.learn(contentsOf: paths)
        var text = "# PolicyText learned lexicon (jieba format: word freq). Generated, do not edit: see lexicon-README.md.\n"
        text += "# LexiconLearner defaults over \(result.files) files of ../shared/corpus "
        text += "(\(env["POLICYTEXT_LEARN_PATHS"] ?? "national provincial-2026 laws")); \(result.words.count) words.\n"
        for (word, frequency) in result.words { text += "\(word) \(frequency)\n" }
        try text.write(toFile: out, atomically: true, encoding: .utf8)
        print("learned \(result.words.count) words from \(result.files) files, skipped \(result.skipped.count)")
    }
}

/// Writes every candidate with its statistics and ICU's parts as TSV, for studying the learner's thresholds.
/// Runs only when POLICYTEXT_CANDIDATES_OUT names the output file.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["POLICYTEXT_CANDIDATES_OUT"] != nil,
                "set POLICYTEXT_CANDIDATES_OUT"))
struct SegmentLexiconCandidatesRunner {
    @Test func dumpCandidates() throws {
        let env = ProcessInfo.processInfo.environment
        let out = try #require(env["POLICYTEXT_CANDIDATES_OUT"])
        let paths = (env["POLICYTEXT_LEARN_PATHS"] ?? "corpus/national corpus/provincial-2026 corpus/laws")
            .split(separator: " ").map { SegmentFixtures.shared(String($0)).path }
        var options = LexiconLearner.Options()
        options.maxLength = Int(env["POLICYTEXT_LEARN_MAXLEN"] ?? "") ?? 6
        options.minFrequency = Int(env["POLICYTEXT_LEARN_MINFREQ"] ?? "") ?? 5
        let learner = try LexiconLearner(options: options)
        let (texts, _) = LexiconLearner.readTexts(paths)
        let candidates = learner.candidates(texts: texts)
        var text = "word\tfreq\tcohesion\tleft\tright\tleftShare\trightShare\tleftDigit\trightDigit\ticu\n"
        for c in candidates {
            let s = c.word.unicodeScalars.map(\.value)
            let flags = s.withUnsafeBufferPointer { learner.tokenizer.icuBoundaries($0, 0..<$0.count) }
            var parts: [String] = []
            var start = 0
            for i in 1...s.count where flags[i] {
                parts.append(String(String.UnicodeScalarView(s[start..<i].compactMap(Unicode.Scalar.init))))
                start = i
            }
            text += "\(c.word)\t\(c.frequency)\t\(c.cohesion)\t\(c.leftEntropy)\t\(c.rightEntropy)\t"
            text += "\(c.leftMaxShare)\t\(c.rightMaxShare)\t\(c.leftDigitShare)\t\(c.rightDigitShare)\t\(parts.joined(separator: " "))\n"
        }
        try text.write(toFile: out, atomically: true, encoding: .utf8)
        print("wrote \(candidates.count) candidates from \(texts.count) files")
    }
}
