/// Scores predicted targets, times, slogans and commitments of one document against its gold (commitments:
/// `scoreCommitments`, inside the gold's commitment window).
///
/// A prediction matches a gold item when their spans overlap and: for targets, value and upper are equal (a
/// missing upper reads as the value); for times, the `end` dates are equal (both missing counts as equal); for
/// slogans, the texts are equal after removing quotation marks and white space. Matching is one-to-one and
/// greedy: among all compatible pairs, larger overlaps are taken first, then closer starts, then document order.
public struct ExtractionScorer: Sendable {
    public init() {}

    /// Scores one document. `prediction` nil means the extractor produced nothing for it.
    public func score(gold: GoldDocument, prediction: ExtractionPrediction?) -> DocumentScore {
        var result = DocumentScore(document: gold.document, predicted: prediction != nil)
        let predicted = prediction ?? ExtractionPrediction(path: nil)

        // Targets.
        let targetPairs = Self.match(
            gold: gold.targets.map { ($0.span.start, $0.span.end) },
            predicted: predicted.targets.map { ($0.span.start, $0.span.end) }
        ) { g, p in
            let gt = gold.targets[g], pt = predicted.targets[p]
            guard let value = pt.value else { return false }
            return Self.same(gt.value, value) && Self.same(gt.upper ?? gt.value, pt.upper ?? value)
        }
        result.targets = Self.counts(targetPairs, gold: gold.targets.count, predicted: predicted.targets.count)
        for (g, p) in targetPairs {
            let gt = gold.targets[g], pt = predicted.targets[p]
            result.targetAgreement.matched += 1
            if pt.metric == gt.metric { result.targetAgreement.metric += 1 }
            if pt.kind == gt.kind { result.targetAgreement.kind += 1 }
            if let value = pt.value, Self.same(gt.value, value), Self.same(gt.upper ?? gt.value, pt.upper ?? value) {
                result.targetAgreement.value += 1
            }
            if pt.bound == gt.bound { result.targetAgreement.bound += 1 }
            if pt.year == gt.year { result.targetAgreement.year += 1 }
        }
        let matchedGoldTargets = Set(targetPairs.map(\.0)), matchedPredictedTargets = Set(targetPairs.map(\.1))
        for (i, t) in gold.targets.enumerated() where !matchedGoldTargets.contains(i) {
            result.missed.append(ScoredItem(type: "target", start: t.span.start, end: t.span.end, text: t.span.text,
                                            key: Self.format(t.value, t.upper)))
        }
        for (i, t) in predicted.targets.enumerated() where !matchedPredictedTargets.contains(i) {
            result.spurious.append(ScoredItem(type: "target", start: t.span.start, end: t.span.end, text: t.span.text ?? "",
                                              key: t.value.map { Self.format($0, t.upper) } ?? "no value"))
        }

        // Times.
        let timePairs = Self.match(
            gold: gold.times.map { ($0.span.start, $0.span.end) },
            predicted: predicted.times.map { ($0.span.start, $0.span.end) }
        ) { g, p in gold.times[g].end?.description == predicted.times[p].end }
        result.times = Self.counts(timePairs, gold: gold.times.count, predicted: predicted.times.count)
        let matchedGoldTimes = Set(timePairs.map(\.0)), matchedPredictedTimes = Set(timePairs.map(\.1))
        for (i, t) in gold.times.enumerated() where !matchedGoldTimes.contains(i) {
            result.missed.append(ScoredItem(type: "time", start: t.span.start, end: t.span.end, text: t.span.text,
                                            key: t.end?.description ?? "null"))
        }
        for (i, t) in predicted.times.enumerated() where !matchedPredictedTimes.contains(i) {
            result.spurious.append(ScoredItem(type: "time", start: t.span.start, end: t.span.end,
                                              text: t.span.text ?? t.text ?? "", key: t.end ?? "null"))
        }

        // Slogans.
        let sloganPairs = Self.match(
            gold: gold.slogans.map { ($0.span.start, $0.span.end) },
            predicted: predicted.slogans.map { ($0.span.start, $0.span.end) }
        ) { g, p in
            Self.sloganKey(gold.slogans[g].text) == Self.sloganKey(predicted.slogans[p].text ?? predicted.slogans[p].span.text ?? "")
        }
        result.slogans = Self.counts(sloganPairs, gold: gold.slogans.count, predicted: predicted.slogans.count)
        let matchedGoldSlogans = Set(sloganPairs.map(\.0)), matchedPredictedSlogans = Set(sloganPairs.map(\.1))
        for (i, s) in gold.slogans.enumerated() where !matchedGoldSlogans.contains(i) {
            result.missed.append(ScoredItem(type: "slogan", start: s.span.start, end: s.span.end, text: s.span.text, key: s.text))
        }
        for (i, s) in predicted.slogans.enumerated() where !matchedPredictedSlogans.contains(i) {
            let text = s.text ?? s.span.text ?? ""
            result.spurious.append(ScoredItem(type: "slogan", start: s.span.start, end: s.span.end, text: s.span.text ?? text, key: text))
        }

        // Commitments, inside the gold's commitment window (ExtractionScorer+Commitments.swift).
        if let commitments = scoreCommitments(gold: gold, predicted: predicted.commitments) {
            result.commitments = commitments.score
            result.commitmentAgreement = commitments.agreement
            result.missed += commitments.missed
            result.spurious += commitments.spurious
        }
        return result
    }

    /// One-to-one greedy matching of overlapping, compatible pairs; returns (gold index, predicted index) pairs.
    static func match(gold: [(Int, Int)], predicted: [(Int, Int)], compatible: (Int, Int) -> Bool) -> [(Int, Int)] {
        // Sort predictions by start so each gold item only looks at predictions that can overlap it.
        let order = predicted.indices.sorted { predicted[$0].0 < predicted[$1].0 }
        let maxLength = predicted.map { max(0, $0.1 - $0.0) }.max() ?? 0
        var candidates: [(overlap: Int, distance: Int, g: Int, p: Int)] = []
        for (g, span) in gold.enumerated() {
            // First prediction whose start could still overlap: start > span.start - maxLength.
            var lo = 0, hi = order.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if predicted[order[mid]].0 <= span.0 - maxLength { lo = mid + 1 } else { hi = mid }
            }
            var k = lo
            while k < order.count, predicted[order[k]].0 < span.1 {
                let p = order[k]
                let overlap = min(span.1, predicted[p].1) - max(span.0, predicted[p].0)
                if overlap > 0, compatible(g, p) {
                    candidates.append((overlap, abs(span.0 - predicted[p].0), g, p))
                }
                k += 1
            }
        }
        candidates.sort { a, b in
            if a.overlap != b.overlap { return a.overlap > b.overlap }
            if a.distance != b.distance { return a.distance < b.distance }
            if a.g != b.g { return a.g < b.g }
            return a.p < b.p
        }
        var usedGold = Set<Int>(), usedPredicted = Set<Int>(), pairs: [(Int, Int)] = []
        for c in candidates where !usedGold.contains(c.g) && !usedPredicted.contains(c.p) {
            usedGold.insert(c.g)
            usedPredicted.insert(c.p)
            pairs.append((c.g, c.p))
        }
        return pairs.sorted { $0.0 < $1.0 }
    }

    static func counts(_ pairs: [(Int, Int)], gold: Int, predicted: Int) -> TypeScore {
        TypeScore(truePositives: pairs.count, falsePositives: predicted - pairs.count, falseNegatives: gold - pairs.count)
    }

    static func same(_ a: Double, _ b: Double) -> Bool {
        a == b || abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
    }

    /// Slogan text with quotation marks, brackets of titles and white space removed.
    static func sloganKey(_ text: String) -> String {
        let drop: Set<Unicode.Scalar> = ["\"", "'", "“", "”", "‘", "’", "「", "」", "『", "』", "《", "》", "〈", "〉"]
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars where !drop.contains(s) && !s.properties.isWhitespace { out.append(s) }
        return String(out)
    }

    static func format(_ value: Double, _ upper: Double?) -> String {
        func f(_ x: Double) -> String {
            x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x)
        }
        if let upper { return "\(f(value))–\(f(upper))" }
        return f(value)
    }
}
