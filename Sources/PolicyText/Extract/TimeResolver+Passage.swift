/// Months, dates and quarters written without a year (`9月26日`, `6月底前`, `二季度`) take the year of their passage rather than the
/// document's, which the recognizer assumed: a 2026 report's `一、2025年工作回顾` tells of September 2025.
///
/// The passage's year is, in order: the last single year named before the date in its paragraph (`2024年3月…，
/// 9月…`; not a future year, which is a goal, not a narrative); else the year of its section heading (`2025年工作回顾`,
/// `过去一年…` → the year before); else, in the review part of a report, the year before the document's. Elsewhere
/// (plan parts, laws, notices) the document's year stands.
extension TimeResolver {
    static func placeYearless(_ times: inout [(range: Range<Int>, frame: TimeFrame)], layout: TextLayout,
                              sections: SectionMap, documentYear: Int?) {
        guard let docYear = documentYear, !layout.paragraphs.isEmpty else { return }
        var paragraph = 0
        var lastYear: Int?
        for k in times.indices {
            let r = times[k].range
            while paragraph + 1 < layout.paragraphs.count, layout.paragraphs[paragraph].range.upperBound <= r.lowerBound {
                paragraph += 1
                lastYear = nil
            }
            let f = times[k].frame
            if f.yearImplied == true {
                if let y = lastYear ?? passageYear(paragraph, sections: sections, documentYear: docYear), y != docYear,
                   let moved = f.moved(byYears: y - docYear) {
                    times[k].frame = moved
                }
                continue
            }
            if f.kind == .point, let a = f.start?.year, let b = f.end?.year, a == b, a <= docYear { lastYear = a }
        }
    }

    /// The year a paragraph's section tells of, when it is not the document's own.
    private static func passageYear(_ paragraph: Int, sections: SectionMap, documentYear: Int) -> Int? {
        guard paragraph < sections.parts.count else { return nil }
        let review = sections.parts[paragraph] == .review || sections.reviewParagraphs[paragraph]
        if let y = sections.sectionYears[paragraph], y <= documentYear, review || sections.parts[paragraph] == .plan { return y }
        return review ? documentYear - 1 : nil
    }
}

extension TimeFrame {
    /// The same month or day `delta` years away (a month's last day stays its last day: 2月底 in a leap year and not).
    func moved(byYears delta: Int) -> TimeFrame? {
        func move(_ d: CivilDate?) -> CivilDate?? {
            guard let d else { return .some(nil) }
            let y = d.year + delta
            guard (1...9999).contains(y) else { return nil }
            let last = d.day == CivilDate.daysIn(month: d.month, year: d.year)
            let day = last ? CivilDate.daysIn(month: d.month, year: y) : min(d.day, CivilDate.daysIn(month: d.month, year: y))
            return .some(CivilDate(year: y, month: d.month, day: day))
        }
        guard let start = move(start), let end = move(end) else { return nil }
        var f = self
        f.start = start
        f.end = end
        f.yearOffset = (yearOffset ?? 0) + delta
        return f
    }
}
