/// Turns recognized time frames into the extractor's `TimeRef`s and anchors relative horizons on a plan period
/// of the same document: in a 制造业倍增行动 (2023—2026年), `两年内` runs 2023–2024 and `四年内` 2023–2026.
/// A period counts as the anchor when the document has no date, or when the period starts in the document's
/// year or later (a 2026 report recalling 2023—2026 keeps `两年内` on its own date).
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
            if t.frame.kind == .within, let years = t.frame.horizonYears, years > 0, years <= 50,
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
}
