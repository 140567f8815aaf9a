/// Builds clause-level commitments: each sentence is cut at ；into units; a unit with a modality cue (or with a
/// target, inheriting its sentence's cue) becomes a commitment with its actor, action and linked targets, times
/// and slogans. Review parts and past-tense units are skipped: they report, they do not commit.
struct CommitmentBuilder: Sendable {
    /// A commitment in normalized offsets, before spans are mapped.
    struct Found: Sendable {
        var range: Range<Int>
        var actor: String?
        var cue: String
        var strength: Commitment.Strength
        var action: Range<Int>
        var targets: [Int]
        var times: [Int]
        var slogans: [Int]
    }

    let lexicon: ExtractLexicon
    /// Longest action text kept, in scalars.
    static let maxAction = 200

    /// `targetStarts`, `timeRanges`, `sloganRanges` are sorted by position.
    func build(_ s: [Unicode.Scalar], layout: TextLayout, sections: SectionMap, tense: TenseIndex,
               targetStarts: [Int], timeRanges: [Range<Int>], sloganRanges: [Range<Int>]) -> [Found] {
        var found: [Found] = []
        var tc = 0, mc = 0, sc = 0
        for sentence in layout.sentences {
            let part = sections.parts[sentence.paragraph]
            let skip = part == .review || sections.reviewParagraphs[sentence.paragraph]
                || sections.headings[sentence.paragraph]
            // Units: clauses up to one ending in ；(or ;).
            var unitStart = sentence.range.lowerBound
            var inherited: (cue: String, strength: Commitment.Strength)?
            var units: [Range<Int>] = []
            for ci in sentence.clauses {
                let r = layout.clauses[ci].range
                let last = s[r.upperBound - 1].value
                if last == 0xFF1B || last == 0x3B || ci == sentence.clauses.upperBound - 1 {
                    units.append(unitStart..<r.upperBound)
                    unitStart = r.upperBound
                }
            }
            for unit in units {
                // Linked items inside the unit (cursors only move forward: linear overall).
                while tc < targetStarts.count, targetStarts[tc] < unit.lowerBound { tc += 1 }
                var targets: [Int] = []
                while tc < targetStarts.count, targetStarts[tc] < unit.upperBound { targets.append(tc); tc += 1 }
                while mc < timeRanges.count, timeRanges[mc].lowerBound < unit.lowerBound { mc += 1 }
                var times: [Int] = []
                while mc < timeRanges.count, timeRanges[mc].lowerBound < unit.upperBound { times.append(mc); mc += 1 }
                while sc < sloganRanges.count, sloganRanges[sc].lowerBound < unit.lowerBound { sc += 1 }
                var slogans: [Int] = []
                while sc < sloganRanges.count, sloganRanges[sc].lowerBound < unit.upperBound { slogans.append(sc); sc += 1 }
                if skip { continue }
                let cue = strongestCue(s, unit)
                if let cue { inherited = (cue.word, cue.strength) }
                guard let modality = cue.map({ ($0.word, $0.strength) }) ?? (targets.isEmpty ? nil : inherited) else { continue }
                if targets.isEmpty, tense.last(before: unit.upperBound, notBefore: unit.lowerBound) == .past { continue }
                let actorMatch = actor(s, unit, before: cue?.position ?? unit.upperBound)
                var actionStart = cue.map { $0.position + $0.length } ?? (actorMatch?.end ?? unit.lowerBound)
                if let a = actorMatch, a.end > actionStart { actionStart = a.end }
                var actionEnd = unit.upperBound
                while actionEnd > actionStart, Scalars.isClausePunctuation(s[actionEnd - 1].value) || Scalars.isBlank(s[actionEnd - 1].value) {
                    actionEnd -= 1
                }
                while actionStart < actionEnd, Scalars.isClausePunctuation(s[actionStart].value) || Scalars.isBlank(s[actionStart].value) {
                    actionStart += 1
                }
                actionEnd = min(actionEnd, actionStart + Self.maxAction)
                var unitRange = unit
                while unitRange.count > 0, Scalars.isBlank(s[unitRange.lowerBound].value) { unitRange = (unitRange.lowerBound + 1)..<unitRange.upperBound }
                found.append(Found(range: unitRange, actor: issuerOr(actorMatch?.name, sections.issuer), cue: modality.0,
                                   strength: modality.1, action: actionStart..<actionEnd,
                                   targets: targets, times: times, slogans: slogans))
            }
        }
        return found
    }

    /// The strongest modality cue of a unit (the first of equals), skipping shadowed words (主要 hides 要).
    private func strongestCue(_ s: [Unicode.Scalar], _ r: Range<Int>) -> (word: String, strength: Commitment.Strength, position: Int, length: Int)? {
        var best: (word: String, strength: Commitment.Strength, position: Int, length: Int)?
        var i = r.lowerBound
        while i < r.upperBound {
            if let m = lexicon.modality.longestMatch(in: s, at: i, limit: r.upperBound) {
                if let strength = m.value, strength.rank < (best?.strength.rank ?? Int.max) {
                    best = (Scalars.string(s[i..<(i + m.length)]), strength, i, m.length)
                }
                i += m.length
            } else {
                i += 1
            }
        }
        return best
    }

    /// `我们`, `我省` … stand for the issuer when it is known.
    private func issuerOr(_ actor: String?, _ issuer: String?) -> String? {
        guard let actor else { return issuer }
        if let issuer, ["我们", "我省", "我市", "我区", "政府"].contains(actor) { return issuer }
        return actor
    }

    /// The actor named last before the unit's cue (`…，各级各部门必须…` → 各级各部门); `我们` stays as written.
    private func actor(_ s: [Unicode.Scalar], _ r: Range<Int>, before limit: Int) -> (name: String, end: Int)? {
        var i = r.lowerBound
        let end = min(limit, r.upperBound)
        var last: (name: String, end: Int)?
        while i < end {
            if let m = lexicon.actors.longestMatch(in: s, at: i, limit: r.upperBound) {
                last = (m.value, i + m.length)
                i += m.length
            } else {
                i += 1
            }
        }
        return last
    }
}
