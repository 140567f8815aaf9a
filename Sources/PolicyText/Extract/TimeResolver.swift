/// Turns recognized time frames into the extractor's `TimeRef`s and anchors relative horizons on a plan period
/// of the same document: in a 制造业倍增行动 (2023—2026年), `两年内` runs 2023–2024 and `四年内` 2023–2026.
/// A period counts as the anchor when the document has no date, or when the period starts in the document's
/// year or later (a 2026 report recalling 2023—2026 keeps `两年内` on its own date).
///
/// A horizon written next to a deadline (`从党的二十大到二〇三五年，用13年时间`, `用3年时间，到2027年`) is counted back
/// from that deadline: it ends when the deadline does and starts N − 1 years before (2023–2035). These are the only
/// anchors; any other `N年内` / `用N年时间` keeps the document's year as its first year.
struct TimeResolver: Sendable {
    /// How far back (in scalars) a plan period may be to anchor a horizon.
    static let anchorReach = 4000

    /// `times` sorted by position, in normalized offsets. Returns one `TimeRef` per input (same order), with spans
    /// in source offsets.
    static func resolve(_ times: [(range: Range<Int>, frame: TimeFrame)], in text: NormalizedText,
                        documentDate: CivilDate?) -> [TimeRef] {
        var refs: [TimeRef] = []
        refs.reserveCapacity(times.count)
        var lastPeriod: Int?
        for (index, t) in times.enumerated() {
            let span = text.span(t.range)
            var ref = TimeRef(span: span, text: span.text, kind: TimeRef.Kind(rawValue: t.frame.kind.rawValue) ?? .point,
                              start: t.frame.start, end: t.frame.end,
                              basis: t.frame.basis == .documentDate ? .documentDate : .absolute)
            if t.frame.kind == .within, let years = t.frame.horizonYears, years > 0, years <= 100,
               let d = adjacentDeadline(index, times, text.scalars), let end = times[d].frame.end,
               let start = CivilDate(year: end.year - years + 1, month: 1, day: 1) {
                ref.start = start
                ref.end = end
                ref.basis = times[d].frame.basis == .documentDate ? .documentDate : .absolute
                ref.anchor = d
            } else if t.frame.kind == .within, let years = t.frame.horizonYears, years > 0, years <= 50,
               let p = lastPeriod, t.range.lowerBound - times[p].range.upperBound <= anchorReach,
               let anchor = times[p].frame.start, let anchorEnd = times[p].frame.end,
               anchorEnd.year - anchor.year + 1 >= years,
               documentDate.map({ anchor.year >= $0.year }) ?? true,
               let end = CivilDate.endOf(month: 12, year: anchor.year + years - 1) {
                ref.start = CivilDate(year: anchor.year, month: 1, day: 1)
                ref.end = end
                ref.basis = .absolute
                ref.anchor = p
            }
            if t.frame.kind == .period, t.frame.basis == .absolute, let a = t.frame.start, let b = t.frame.end,
               b.year > a.year {
                lastPeriod = index
            }
            refs.append(ref)
        }
        return refs
    }

    /// The deadline (`到2035年`, `2027年底前`) just before or after the horizon at `index`, with only a comma, 、 or
    /// blanks between them.
    static func adjacentDeadline(_ index: Int, _ times: [(range: Range<Int>, frame: TimeFrame)],
                                 _ s: [Unicode.Scalar]) -> Int? {
        func joined(_ r: Range<Int>) -> Bool {
            r.count <= 2 && r.allSatisfy { k in
                let c = s[k].value
                return c == 0xFF0C || c == 0x2C || c == 0x3001 || Scalars.isBlank(c)
            }
        }
        for k in [index - 1, index + 1] where k >= 0 && k < times.count {
            let other = times[k]
            guard other.frame.kind == .by, other.frame.end != nil else { continue }
            let gap = k < index ? other.range.upperBound..<times[index].range.lowerBound
                                : times[index].range.upperBound..<other.range.lowerBound
            if gap.lowerBound <= gap.upperBound, gap.upperBound <= s.count, joined(gap) { return k }
        }
        return nil
    }
}
