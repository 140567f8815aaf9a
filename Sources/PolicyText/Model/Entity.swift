/// What a recognized entity is.
public enum EntityType: String, Codable, Sendable, Equatable, Hashable, CaseIterable {
    /// A bare number (`3000亿`, `十五`).
    case number
    /// A percentage or percentage points (`6%`, `百分之十五`, `0.5个百分点`).
    case percent
    /// A number with a measure unit (`1.5万亿元`, `10万人`).
    case quantity
    /// A growth factor (`翻一番`, `倍增`, `增长1倍`).
    case multiplier
    /// A time expression (`到2025年`, `十四五期间`, `两年内`).
    case time
}

/// One recognized stretch of text with its reading.
///
/// `span` offsets are Unicode-scalar offsets into the text given to the recognizer (end exclusive); the pipeline
/// maps them back to the source with `NormalizedText.span(_:)`. Exactly one of `quantity` / `time` is set:
/// `time` for `.time`, `quantity` for everything else.
public struct Entity: Codable, Sendable, Equatable, Hashable {
    public var span: Span
    public var type: EntityType
    public var quantity: Quantity?
    public var time: TimeFrame?

    public init(span: Span, quantity: Quantity) {
        self.span = span
        self.quantity = quantity
        self.time = nil
        switch quantity.kind {
        case .number: type = .number
        case .percent, .percentagePoint: type = .percent
        case .measure: type = .quantity
        case .multiplier: type = .multiplier
        }
    }

    public init(span: Span, time: TimeFrame) {
        self.span = span
        self.type = .time
        self.quantity = nil
        self.time = time
    }

    /// The scalar range of the span.
    public var range: Range<Int> { span.start..<span.end }
}
