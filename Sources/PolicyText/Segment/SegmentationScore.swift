/// Word-segmentation scores the way the SIGHAN bakeoff computes them: a word counts as right when its span
/// (character offsets within its line) is the same in the gold and the tested segmentation.
///
/// Lines whose characters differ between gold and test (the bakeoff's gold has a few) are skipped and counted.
/// OOV recall is the recall on gold words absent from the training word list.
public struct SegmentationScore: Codable, Sendable, Equatable {
    public var precision: Double
    public var recall: Double
    public var f1: Double
    /// Recall on out-of-vocabulary gold words; nil without a training word list (or when no word is OOV).
    public var oovRecall: Double?
    /// Share of gold words that are out of vocabulary; nil without a training word list.
    public var oovRate: Double?
    public var goldWords: Int
    public var testWords: Int
    public var skippedLines: Int

    /// Why two segmentations cannot be compared.
    public enum Error: Swift.Error, Equatable, CustomStringConvertible {
        case lineCountMismatch(gold: Int, test: Int)

        public var description: String {
            switch self {
            case let .lineCountMismatch(gold, test): "line counts differ: gold \(gold) vs segmented \(test)"
            }
        }
    }

    /// Scores `test` against `gold`, both one sentence per element with words separated by white space.
    public static func score(gold: [String], test: [String], trainingWords: Set<String>? = nil) throws(Error)
        -> SegmentationScore
    {
        guard gold.count == test.count else { throw .lineCountMismatch(gold: gold.count, test: test.count) }
        var tp = 0
        var ng = 0
        var nt = 0
        var oov = 0
        var oovHit = 0
        var skipped = 0
        let vocabulary = trainingWords ?? []
        for (g, t) in zip(gold, test) {
            let goldWords = words(g)
            let testWords = words(t)
            guard goldWords.joined() == testWords.joined() else {
                skipped += 1
                continue
            }
            let goldSpans = spans(goldWords)
            let testSpans = Set(spans(testWords))
            for span in goldSpans where testSpans.contains(span) { tp += 1 }
            ng += goldSpans.count
            nt += testSpans.count
            if !vocabulary.isEmpty {
                for (word, span) in zip(goldWords, goldSpans) where !vocabulary.contains(word) {
                    oov += 1
                    if testSpans.contains(span) { oovHit += 1 }
                }
            }
        }
        let p = nt > 0 ? Double(tp) / Double(nt) : 0
        let r = ng > 0 ? Double(tp) / Double(ng) : 0
        return SegmentationScore(
            precision: p, recall: r, f1: p + r > 0 ? 2 * p * r / (p + r) : 0,
            oovRecall: !vocabulary.isEmpty && oov > 0 ? Double(oovHit) / Double(oov) : nil,
            oovRate: !vocabulary.isEmpty && ng > 0 ? Double(oov) / Double(ng) : nil,
            goldWords: ng, testWords: nt, skippedLines: skipped)
    }

    /// One line of `key=value` figures in the reference scorer's layout (four decimals).
    public var summary: String {
        func f(_ x: Double) -> String {
            let scaled = (x * 10000).rounded()
            let whole = Int(scaled) / 10000
            let frac = Int(scaled) % 10000
            let digits = String(frac)
            return "\(whole)." + String(repeating: "0", count: 4 - digits.count) + digits
        }
        var line = "precision=\(f(precision)) recall=\(f(recall)) f1=\(f(f1))"
        if let oovRecall, let oovRate { line += " oov_recall=\(f(oovRecall)) oov_rate=\(f(oovRate))" }
        return line + " gold_words=\(goldWords) test_words=\(testWords) skipped_lines=\(skippedLines)"
    }

    private static func words(_ line: String) -> [String] {
        line.unicodeScalars.split(whereSeparator: { $0.properties.isWhitespace }).map { String($0) }
    }

    private struct WordSpan: Hashable {
        let start: Int
        let end: Int
    }

    private static func spans(_ words: [String]) -> [WordSpan] {
        var pos = 0
        return words.map { word in
            let n = word.unicodeScalars.count
            defer { pos += n }
            return WordSpan(start: pos, end: pos + n)
        }
    }
}
