extension ExtractionScorer {
    /// Scores the predicted commitments of one document against its gold, inside the gold's commitment window.
    ///
    /// Only predictions whose span lies inside the window (overlaps it by more than half of its length) count. A
    /// prediction and a gold commitment match when their spans overlap by at least half of the longer one; both
    /// lists are taken in span order and each gold commitment takes the first unused prediction that matches it.
    /// Matched pairs are compared on strength, actor (nil equals nil) and action (exact after `foldedAction`, and
    /// by character-level F1). Nil when the gold document has no window: its commitments were not annotated.
    func scoreCommitments(gold: GoldDocument, predicted: [ExtractionPrediction.Commitment])
        -> (score: TypeScore, agreement: CommitmentAgreement, missed: [ScoredItem], spurious: [ScoredItem])? {
        guard let window = gold.commitmentWindow else { return nil }
        let inside = predicted.filter { 2 * Self.overlap(($0.span.start, $0.span.end), (window.start, window.end))
            > $0.span.end - $0.span.start }
        let goldOrder = gold.commitments.indices.sorted {
            (gold.commitments[$0].span.start, gold.commitments[$0].span.end)
                < (gold.commitments[$1].span.start, gold.commitments[$1].span.end)
        }
        let predictedOrder = inside.indices.sorted {
            (inside[$0].span.start, inside[$0].span.end) < (inside[$1].span.start, inside[$1].span.end)
        }
        let pairs = Self.matchInOrder(
            gold: goldOrder.map { (gold.commitments[$0].span.start, gold.commitments[$0].span.end) },
            predicted: predictedOrder.map { (inside[$0].span.start, inside[$0].span.end) }
        ).map { (goldOrder[$0.0], predictedOrder[$0.1]) }

        var agreement = CommitmentAgreement()
        for (g, p) in pairs {
            let gc = gold.commitments[g], pc = inside[p]
            agreement.matched += 1
            if pc.strength == gc.strength { agreement.strength += 1 }
            if pc.actor == gc.actor { agreement.actor += 1 }
            let goldAction = Self.foldedAction(gc.action), predictedAction = Self.foldedAction(pc.action ?? "")
            if goldAction == predictedAction { agreement.actionExact += 1 }
            agreement.actionF1Sum += Self.characterF1(predictedAction, goldAction)
        }
        let matchedGold = Set(pairs.map(\.0)), matchedPredicted = Set(pairs.map(\.1))
        let missed = gold.commitments.indices.filter { !matchedGold.contains($0) }.map { i in
            let c = gold.commitments[i]
            return ScoredItem(type: "commitment", start: c.span.start, end: c.span.end, text: c.span.text, key: c.strength)
        }
        let spurious = inside.indices.filter { !matchedPredicted.contains($0) }.map { i in
            let c = inside[i]
            return ScoredItem(type: "commitment", start: c.span.start, end: c.span.end, text: c.span.text ?? c.action ?? "",
                              key: c.strength ?? "no strength")
        }
        return (Self.counts(pairs, gold: gold.commitments.count, predicted: inside.count), agreement, missed, spurious)
    }

    /// One-to-one matching in span order: each gold span (sorted by start) takes the first unused predicted span
    /// (sorted by start) that overlaps it by at least half of the longer of the two. Returns (gold, predicted)
    /// positions in the given arrays.
    static func matchInOrder(gold: [(Int, Int)], predicted: [(Int, Int)]) -> [(Int, Int)] {
        var used = Set<Int>(), pairs: [(Int, Int)] = []
        var first = 0
        for (g, span) in gold.enumerated() {
            // Predictions that end before this gold span starts cannot match it or any later one.
            while first < predicted.count, predicted[first].1 <= span.0 { first += 1 }
            var k = first
            while k < predicted.count, predicted[k].0 < span.1 {
                let p = predicted[k]
                let longer = max(span.1 - span.0, p.1 - p.0)
                if !used.contains(k), 2 * overlap(span, p) >= longer, longer > 0 {
                    used.insert(k)
                    pairs.append((g, k))
                    break
                }
                k += 1
            }
        }
        return pairs
    }

    /// The number of scalars two half-open ranges share.
    static func overlap(_ a: (Int, Int), _ b: (Int, Int)) -> Int {
        max(0, min(a.1, b.1) - max(a.0, b.0))
    }

    /// An action as compared: full-width ASCII forms folded to ASCII (the extractor's text is width-folded, the
    /// gold is written as the source reads), white space dropped.
    static func foldedAction(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars where !s.properties.isWhitespace {
            if (0xFF01...0xFF5E).contains(s.value), let folded = Unicode.Scalar(s.value - 0xFEE0) {
                out.append(folded)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// F1 of two bags of characters: 2·common / (|a| + |b|); 1 when both are empty.
    static func characterF1(_ a: String, _ b: String) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        var counts: [Character: Int] = [:]
        for c in a { counts[c, default: 0] += 1 }
        var common = 0
        for c in b {
            if let n = counts[c], n > 0 {
                counts[c] = n - 1
                common += 1
            }
        }
        return 2 * Double(common) / Double(a.count + b.count)
    }
}
