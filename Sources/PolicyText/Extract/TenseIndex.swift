/// Where the text signals past (去年, 实现了, a year before the document's) or future (力争, 到2030年, 今年):
/// one sorted list of cue positions built in a single pass, so "the last cue before this number in its sentence"
/// is a binary search.
struct TenseIndex: Sendable {
    typealias Tense = ExtractLexicon.Tense

    private(set) var positions: [Int] = []
    private(set) var tenses: [Tense] = []

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
                if m.value != .neutral { events.append((i, m.value)) }
                i += m.length
            } else {
                i += 1
            }
        }
        positions = events.map(\.0)
        tenses = events.map(\.1)
    }

    /// The tense a time expression gives its clause: deadlines and horizons look ahead; a year before the
    /// document's year looks back.
    static func tense(of frame: TimeFrame, documentYear: Int?) -> Tense? {
        switch frame.kind {
        case .by, .within: return .future
        case .since: return .past
        case .point, .period:
            if let offset = frame.yearOffset { return offset < 0 ? .past : .future }
            guard let year = documentYear, let end = frame.end?.year else { return nil }
            return end < year ? .past : .future
        }
    }

    /// The last cue in `lower..<position`, if any.
    func last(before position: Int, notBefore lower: Int) -> Tense? {
        var lo = 0, hi = positions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if positions[mid] < position { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0, positions[lo - 1] >= lower else { return nil }
        return tenses[lo - 1]
    }
}
