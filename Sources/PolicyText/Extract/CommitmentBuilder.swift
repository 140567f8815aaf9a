/// Builds clause-level commitments: each sentence is cut at ；into units; a unit with a modality cue, a unit that
/// opens with a task verb (the bare imperative of a plan: `扩大有效投资。`), or a unit with a target (inheriting its
/// sentence's cue) becomes a commitment with its actor, action and linked targets, times and slogans. Review parts,
/// past-tense units and estimates (`预计…`) are skipped: they report or expect, they do not commit.
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
                if skip || isRunInTitle(s, unit, paragraph: layout.paragraphs[sentence.paragraph]) { continue }
                let (cue, firstCue) = cues(s, unit)
                let opening = openingVerb(s, unit)
                var modality = cue.map { (cue: Scalars.string(s[$0.position..<($0.position + $0.length)]),
                                          strength: $0.strength) }
                // A task verb opening the unit is the plan's plain way of setting a task (the bare imperative): an
                // intention, unless a stronger cue is in the unit.
                if let opening, opening.role == .task,
                    Commitment.Strength.intention.rank < (cue?.strength.rank ?? Int.max)
                {
                    modality = (Scalars.string(s[opening.position..<(opening.position + opening.length)]), .intention)
                }
                if let modality { inherited = modality }
                // A unit without a cue goes on its sentence's cue when it has a target, or when the sentence is a
                // list of expected targets (`预期目标是：…；国际收支保持基本平衡；`).
                guard let modality = modality ?? (targets.isEmpty && inherited?.strength != .forecast ? nil : inherited)
                else { continue }
                if targets.isEmpty {
                    if tense.isEstimate(cue?.position ?? opening?.position ?? unit.lowerBound) { continue }
                    if tense.last(before: unit.upperBound, notBefore: unit.lowerBound) == .past { continue }
                }
                let actorMatch = actor(s, unit, before: cue?.position ?? opening?.position ?? unit.upperBound)
                let action = action(s, unit, opening: opening, firstCue: firstCue, cue: cue,
                                    actorEnd: actorMatch?.end ?? unit.lowerBound)
                var unitRange = unit
                while unitRange.count > 0, Scalars.isBlank(s[unitRange.lowerBound].value) { unitRange = (unitRange.lowerBound + 1)..<unitRange.upperBound }
                found.append(Found(range: unitRange, actor: issuerOr(actorMatch?.name, sections.issuer), cue: modality.cue,
                                   strength: modality.strength, action: action,
                                   targets: targets, times: times, slogans: slogans))
            }
        }
        return found
    }

    typealias Role = ExtractLexicon.ModalityWord.Role
    typealias Cue = (strength: Commitment.Strength, role: Role, position: Int, length: Int)
    /// The verb a unit opens with, and where its action starts (before the manner adverbs in front of it).
    typealias Opening = (role: Role, position: Int, length: Int, start: Int)

    /// The strongest modality cue of a unit (the first of equals) and its first cue, skipping shadows, adverbs
    /// and task verbs (those count only where they open the unit).
    private func cues(_ s: [Unicode.Scalar], _ r: Range<Int>) -> (strongest: Cue?, first: Cue?) {
        var best: Cue?
        var first: Cue?
        var i = r.lowerBound
        while i < r.upperBound {
            if let m = lexicon.modality.longestMatch(in: s, at: i, limit: r.upperBound) {
                if let strength = m.value.strength, m.value.role != .task {
                    let cue = (strength, m.value.role, i, m.length)
                    if first == nil { first = cue }
                    if strength.rank < (best?.strength.rank ?? Int.max) { best = cue }
                }
                i += m.length
            } else {
                i += 1
            }
        }
        return (best, first)
    }

    /// The action of a unit: from the opening verb, else from the first cue (after a modal, `要…`; at a verb), to
    /// the end of the unit without its punctuation. An actor named after those starts a new subject, whose cue
    /// begins the action (`市委、市政府实施…，各级各部门必须拿出…` → 拿出…).
    private func action(_ s: [Unicode.Scalar], _ unit: Range<Int>, opening: Opening?, firstCue: Cue?, cue: Cue?,
                        actorEnd: Int) -> Range<Int> {
        var actionStart: Int
        if let opening, actorEnd <= opening.start {
            actionStart = opening.start
        } else if let firstCue, actorEnd <= firstCue.position {
            actionStart = start(of: firstCue, in: unit, s)
        } else if let cue {
            actionStart = start(of: cue, in: unit, s)
        } else {
            actionStart = actorEnd
        }
        actionStart = max(actionStart, actorEnd)
        var actionEnd = unit.upperBound
        func isGap(_ k: Int) -> Bool { Scalars.isClausePunctuation(s[k].value) || Scalars.isBlank(s[k].value) }
        while actionEnd > actionStart, isGap(actionEnd - 1) { actionEnd -= 1 }
        actionStart = skipCopula(s, actionStart, limit: actionEnd)
        while actionStart < actionEnd, isGap(actionStart) || s[actionStart] == "、" { actionStart += 1 }
        if actionStart >= actionEnd {
            // A modal closing its unit (`…的能力要`): the unit, past its actor, is the action.
            actionStart = actorEnd
            while actionStart < actionEnd, Scalars.isBlank(s[actionStart].value) { actionStart += 1 }
        }
        return actionStart..<clip(s, actionStart..<actionEnd)
    }

    /// Where the action a cue introduces starts: past a modal, at or before a verb.
    private func start(of cue: Cue, in r: Range<Int>, _ s: [Unicode.Scalar]) -> Int {
        cue.role == .auxiliary
            ? passModals(s, from: cue.position, limit: r.upperBound) : clauseAction(s, verb: cue.position, in: r)
    }

    /// Where the action of a cue verb inside a unit starts: at the verb when it opens its clause (modals and
    /// adverbs aside), else at the clause, whose subject the verb needs (`财政支出强度明显加大`).
    private func clauseAction(_ s: [Unicode.Scalar], verb q: Int, in r: Range<Int>) -> Int {
        var c = q
        while c > r.lowerBound, !Scalars.isClausePunctuation(s[c - 1].value) { c -= 1 }
        while c < q, Scalars.isBlank(s[c].value) { c += 1 }
        return passModals(s, from: c, limit: q, adverbs: true) == q ? passModals(s, from: c, limit: q) : c
    }

    /// The verb a unit opens with once an enumeration (`一是`), the actor, modals and manner adverbs are passed
    /// over (`我们将坚持…` → 坚持, `要扎实推进…` → 推进), and where its action starts: after the modals, with the
    /// adverbs, which say how (`扎实推进…`, `稳妥推进…`).
    private func openingVerb(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Opening? {
        var i = r.lowerBound
        while i < r.upperBound, Scalars.isBlank(s[i].value) { i += 1 }
        while i < r.upperBound, Scalars.isListLead(s[i].value) { i += 1 }
        if i + 1 < r.upperBound, Scalars.isEnumerationNumeral(s[i].value), s[i + 1] == "是" { i += 2 }
        if let m = lexicon.actors.longestMatch(in: s, at: i, limit: r.upperBound) { i += m.length }
        var start = i
        var steps = 0
        while i < r.upperBound, steps < 8, let m = lexicon.modality.longestMatch(in: s, at: i, limit: r.upperBound) {
            switch m.value.role {
            case .auxiliary:
                i += m.length
                start = i
            case .adverb:
                i += m.length
            case .verb, .task:
                return (m.value.role, i, m.length, start)
            case .shadow:
                return nil
            }
            steps += 1
        }
        return nil
    }

    /// Past the modals starting at `i` (`要进一步…` → 进一步…); with `adverbs`, past manner adverbs too.
    private func passModals(_ s: [Unicode.Scalar], from i: Int, limit: Int, adverbs: Bool = false) -> Int {
        var i = i
        while i < limit, let m = lexicon.modality.longestMatch(in: s, at: i, limit: limit),
            m.value.role == .auxiliary || (adverbs && m.value.role == .adverb)
        {
            i += m.length
        }
        return i
    }

    /// A numbered title run into its paragraph (`（一）大力提振消费、提高投资效益，全方位扩大国内需求。`): it names
    /// a section, the tasks follow.
    private func isRunInTitle(_ s: [Unicode.Scalar], _ unit: Range<Int>, paragraph: TextLayout.Paragraph) -> Bool {
        var i = unit.lowerBound
        while i < unit.upperBound, Scalars.isBlank(s[i].value) { i += 1 }
        guard i == paragraph.content.lowerBound, i + 2 < unit.upperBound, s[i] == "（" || s[i] == "(" else { return false }
        var k = i + 1
        while k < unit.upperBound, Scalars.isEnumerationNumeral(s[k].value) { k += 1 }
        return k > i + 1 && k < unit.upperBound && (s[k] == "）" || s[k] == ")")
    }

    /// Past the copula of a list (`预期目标是：国内生产总值…` → 国内生产总值…).
    private func skipCopula(_ s: [Unicode.Scalar], _ i: Int, limit: Int) -> Int {
        guard i + 1 < limit, s[i] == "是" || s[i] == "为", s[i + 1] == "：" || s[i + 1] == ":" else { return i }
        return i + 2
    }

    /// The end of an action of at most `maxAction` scalars: a long one ends at its last clause break within the
    /// limit (when that keeps at least half), not inside a word.
    private func clip(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Int {
        guard r.count > Self.maxAction else { return r.upperBound }
        let limit = r.lowerBound + Self.maxAction
        var k = limit
        while k > r.lowerBound + Self.maxAction / 2 {
            if Scalars.isClausePunctuation(s[k].value) || s[k] == "、" { return k }
            k -= 1
        }
        return limit
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
