/// A recognized time expression with inclusive start/end dates.
///
/// Absolute expressions (`2025年`, `到2030年`, `2023—2026年`, `十四五期间`, `本世纪中叶`) resolve on their own;
/// relative ones (`今年`, `明年底前`, `两年内`, `用3年时间`) resolve against the document date and carry
/// `basis: .documentDate`. Without a document date a relative frame keeps nil dates but still carries `yearOffset` /
/// `horizonYears`, so a later stage can resolve it (see `TimeFrame.resolve(horizonYears:anchorStartYear:)`).
public struct TimeFrame: Codable, Sendable, Equatable, Hashable {
    public enum Kind: String, Codable, Sendable, Equatable, Hashable, CaseIterable {
        /// One calendar unit: a year, half-year, quarter, month or day (`2025年`, `明年`, `上半年`, `十四五末`).
        case point
        /// A span of years named by its ends (`2023—2026年`, `十四五期间`, `今明两年`).
        case period
        /// A deadline (`到2025年`, `2026年底前`, `6月底前`, `2027年前`): `end` is the due date.
        case by
        /// A horizon counted from the document (`两年内`, `用3年时间`, `未来五年`, `年内`).
        case within
        /// From a start onward: `自2024年起` has no `end`; `2020年以来` (since, up to now) ends on the document date.
        case since
    }

    public enum Basis: String, Codable, Sendable, Equatable, Hashable, CaseIterable {
        /// Resolved from the text alone.
        case absolute
        /// Resolved from (or needing) the document's date.
        case documentDate = "document-date"
    }

    public var kind: Kind
    /// First day covered, inclusive; nil when open or unresolved.
    public var start: CivilDate?
    /// Last day covered, inclusive; nil when open or unresolved.
    public var end: CivilDate?
    public var basis: Basis
    /// True for vague frames (`本世纪中叶`, `用5年左右时间`, `2035年前后`).
    public var approximate: Bool
    /// For relative years: 0 for 今年, 1 for 明年, -1 for 去年 (relative to the document year).
    public var yearOffset: Int?
    /// For horizons: the N of `N年内` / `用N年时间` / `未来N年`.
    public var horizonYears: Int?
    /// The five-year plan named (`十四五`), if any.
    public var plan: String?
    /// True for a month or a date written without its year (`9月26日`, `6月底前`): the document's year was assumed.
    /// The extractor moves such a date to the year of its passage (a review of 2025 in a 2026 report → 2025).
    public var yearImplied: Bool?

    public init(kind: Kind, start: CivilDate?, end: CivilDate?, basis: Basis = .absolute, approximate: Bool = false,
                yearOffset: Int? = nil, horizonYears: Int? = nil, plan: String? = nil, yearImplied: Bool? = nil) {
        self.kind = kind
        self.start = start
        self.end = end
        self.basis = basis
        self.approximate = approximate
        self.yearOffset = yearOffset
        self.horizonYears = horizonYears
        self.plan = plan
        self.yearImplied = yearImplied
    }
}
