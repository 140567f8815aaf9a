/// A time expression of a document as the extractor reports it: `2025年`, `到2030年`, `两年内`, `“十五五”期间`.
///
/// Encodes with the contract's fields `span`, `text`, `kind`, `start`, `end`, `basis` (nil dates as `null`), plus
/// `anchor`: the index of the time it was resolved against, when a relative horizon was anchored on a plan period.
public struct TimeRef: Codable, Sendable, Equatable, Hashable {
    /// The shape of the expression.
    public enum Kind: String, Codable, Sendable, Hashable, CaseIterable {
        /// A date, or a year as a point: `2025年`, `2026年1月14日`.
        case point
        /// A stretch: `2023—2026年`, `“十四五”时期`, `上半年`.
        case period
        /// A deadline: `到2030年`, `年底前`, `2027年前`.
        case by
        /// A horizon counted from a start: `两年内`, `用3年时间`.
        case within
        /// An open start: `2020年以来`.
        case since
    }

    /// How the dates were obtained.
    public enum Basis: String, Codable, Sendable, Hashable, CaseIterable {
        /// Written out in the text (or anchored on a period written out in the text).
        case absolute
        /// Relative (`今年`, `明年`) and resolved on the document's date.
        case documentDate = "document-date"
    }

    /// Where the expression is, including its cue (`到2030年`).
    public var span: Span
    /// The expression's normalized text.
    public var text: String
    public var kind: Kind
    /// First day covered, when known.
    public var start: CivilDate?
    /// Last day covered (inclusive), when known.
    public var end: CivilDate?
    public var basis: Basis
    /// Index into `Extraction.times` of the plan period a relative horizon was counted from, else nil.
    public var anchor: Int?

    public init(span: Span, text: String, kind: Kind, start: CivilDate?, end: CivilDate?, basis: Basis,
                anchor: Int? = nil) {
        self.span = span
        self.text = text
        self.kind = kind
        self.start = start
        self.end = end
        self.basis = basis
        self.anchor = anchor
    }

    private enum CodingKeys: String, CodingKey { case span, text, kind, start, end, basis, anchor }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(span, forKey: .span)
        try c.encode(text, forKey: .text)
        try c.encode(kind, forKey: .kind)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(basis, forKey: .basis)
        try c.encode(anchor, forKey: .anchor)
    }
}
