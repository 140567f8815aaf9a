/// Where the text signals past (去年, 实现了, a year before the document's) or future (力争, 到2030年, 今年):
/// one sorted list of cue positions built in a single pass, so "the last cue before this number in its sentence"
/// is a binary search.
struct TenseIndex: Sendable {
    typealias Tense = ExtractLexicon.Tense

    private(set) var positions: [Int] = []
    private(set) var tenses: [Tense] = []
    /// From each estimate cue (预计) to the end of its clause, sorted: what is said there is expected, not pledged.
    private(set) var estimates: [Range<Int>] = []

    /// `times`: recognized time expressions (sorted) with their frames; `documentYear` makes years past or future.
    init(_ s: [Unicode.Scalar], lexicon: ExtractLexicon, times: [(range: Range<Int>, frame: TimeFrame)],
         documentYear: Int?) {
        var events: [(Int, Tense)] = []
        var i = 0
        var t = 0
        while i < s.count {
            // A time expression is one cue: its own words (年内, 到) are not looked at again.
            while t < times.count, times[t].range.upperBound <= i { t += 1 }
            if t < times.count, times[t].range.lowerBound == i {
                if let tense = Self.tense(of: times[t].frame, documentYear: documentYear) { events.append((i, tense)) }
                i = times[t].range.upperBound
                continue
            }
            if let m = lexicon.tense.longestMatch(in: s, at: i) {
                if m.value == .estimate {
                    // A cue inside the clause of the one before adds nothing; each scalar is scanned once.
                    if estimates.last.map({ $0.upperBound <= i }) ?? true {
                        var end = i + m.length
                        while end < s.count, !Scalars.isClausePunctuation(s[end].value) { end += 1 }
                        estimates.append(i..<end)
                    }
                } else if m.value != .neutral {
                    events.append((i, m.value))
                }
                i += m.length
            } else {
                i += 1
            }
        }
        positions = events.map(\.0)
        tenses = events.map(\.1)
    }

    /// The tense a time expression gives its clause: a deadline (`到2030年`) or a horizon in years (`三年内`) sets
    /// a goal; a procedural term in days (`五日内`) only looks ahead; a year before the document's looks back.
    static func tense(of frame: TimeFrame, documentYear: Int?) -> Tense? {
        switch frame.kind {
        case .by:
            if let offset = frame.yearOffset, offset < 0 { return .past }
            return frame.end == nil && frame.yearOffset == nil ? .future : .goal
        case .within: return frame.horizonYears != nil ? .goal : .future
        case .since: return .past
        case .point, .period:
            if let offset = frame.yearOffset { return offset < 0 ? .past : .goal }
            guard let year = documentYear, let end = frame.end?.year else { return nil }
            return end < year ? .past : .goal
        }
    }

    /// Whether `position` lies in a clause after an estimate cue (`预计今年高校毕业生超过1170万人`).
    func isEstimate(_ position: Int) -> Bool {
        var lo = 0, hi = estimates.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if estimates[mid].lowerBound <= position { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 && estimates[lo - 1].contains(position)
    }

    /// The last cue in `lower..<position`, if any; with `strongOnly`, plain `future` cues (将, 达到) are passed
    /// over so that `目标是…实现倍增` still reads as a goal. The walk back is capped: a sentence of a hundred
    /// thousand characters does not make every lookup long.
    func last(before position: Int, notBefore lower: Int, strongOnly: Bool = false) -> Tense? {
        var lo = 0, hi = positions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if positions[mid] < position { lo = mid + 1 } else { hi = mid }
        }
        var k = lo - 1
        var steps = 0
        while k >= 0, positions[k] >= lower, steps < 64 {
            if !strongOnly || tenses[k] != .future { return tenses[k] }
            k -= 1
            steps += 1
        }
        return nil
    }
}
