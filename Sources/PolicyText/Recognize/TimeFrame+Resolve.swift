extension TimeFrame {
    /// The frame of an N-year horizon (`N年内`, `用N年时间`, `未来N年`) counted with `anchorStartYear` as year one:
    /// `within`, from January 1 of the anchor year to December 31 of year `anchor + N − 1`.
    ///
    /// So 两年内 in a 2023 document ends 2024-12-31, and 用3年时间 in a plan for 2023—2025 ends 2025-12-31. The
    /// extractor passes the first year of a plan period named nearby (`2023—2026年`) as the anchor when there is one,
    /// else the document's year. With no anchor the dates stay nil and `horizonYears` keeps N.
    public static func resolve(horizonYears n: Int, anchorStartYear: Int?) -> TimeFrame {
        var frame = TimeFrame(kind: .within, start: nil, end: nil, basis: .documentDate, horizonYears: n)
        guard let anchor = anchorStartYear, n >= 1, n <= 1000, (1...9999).contains(anchor) else { return frame }
        let last = anchor + n - 1
        frame.start = CivilDate(year: anchor, month: 1, day: 1)
        frame.end = last <= 9999 ? CivilDate(year: last, month: 12, day: 31) : nil
        return frame
    }

    /// Re-anchors a horizon frame (one with `horizonYears`) on another first year, e.g. the start of a plan period.
    public func anchored(atStartYear year: Int) -> TimeFrame {
        guard let n = horizonYears, kind == .within else { return self }
        var f = TimeFrame.resolve(horizonYears: n, anchorStartYear: year)
        f.approximate = approximate
        return f
    }
}
