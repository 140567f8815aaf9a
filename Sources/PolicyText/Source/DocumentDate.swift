/// When a document was issued, and how sure we are of it. Relative time expressions (今年, 明年, 两年内) resolve
/// against it.
public struct DocumentDate: Codable, Sendable, Equatable {
    /// Where the date came from, strongest first.
    public enum Source: String, Codable, Sendable {
        /// Given by the user (`--date`).
        case given
        /// A delivery line such as `——2026年1月14日在…会议上`.
        case deliveryLine
        /// A publication field such as `时间：2026-01-22`.
        case publicationField
        /// A title year such as `2026年政府工作报告` (year only).
        case titleYear
        /// A year in the file name (year only).
        case fileName
    }

    /// The date; for year-only evidence, January 1 of that year.
    public let date: CivilDate
    /// True when only the year is known.
    public let yearOnly: Bool
    public let source: Source

    public init(date: CivilDate, yearOnly: Bool = false, source: Source) {
        self.date = date
        self.yearOnly = yearOnly
        self.source = source
    }

    public var year: Int { date.year }
}
