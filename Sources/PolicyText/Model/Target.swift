/// A goal about the future stated with a number, a percentage or a multiplier:
/// `全省生产总值增长5%—5.5%`, `城镇调查失业率5%以内`, `规模以上制造业增加值实现倍增`.
///
/// Encodes with the field names of the JSON contract (`span`, `metric`, `kind`, `value`, `upper`, `unit`, `bound`,
/// `year`, `time`); absent optionals encode as `null`.
public struct Target: Codable, Sendable, Equatable, Hashable {
    /// What the number measures.
    public enum Kind: String, Codable, Sendable, Hashable, CaseIterable {
        /// A growth rate: `增长5%`, `提高10%`.
        case growth
        /// A level a rate or value is held at: `城镇调查失业率5%以内`, `控制在5.5%左右`.
        case level
        /// A share: `占比达到15%`, `比重35%左右`.
        case share
        /// A count of people or things: `城镇新增就业1200万人以上`, `100个项目`.
        case count
        /// An amount of money or a physical amount: `1.3万亿元`, `1300亿斤`.
        case amount
        /// A multiple of the current value: `倍增` (×2), `翻一番`, `翻两番` (×4), `增长1倍`.
        case multiplier
        /// A decrease: `下降3%`, `降低2.5%左右`.
        case reduction
    }

    /// How the value bounds the goal: the recognizer's `Bound` (approx 左右/约, atLeast 以上/不低于/突破,
    /// atMost 以内/以下/控制在, range `5%—5.5%`, exact).
    public typealias Bound = PolicyText.Bound

    /// From the start of the metric phrase to the end of the quantity including its bound word.
    public var span: Span
    /// The shortest faithful phrase naming what is measured, as written (`全省生产总值`).
    public var metric: String
    public var kind: Kind
    /// The value in the unit as written (`1200` for `1200万人`; `2` for 倍增).
    public var value: Double
    /// The upper end of a range (`5.5` in `5%—5.5%`), else nil.
    public var upper: Double?
    /// The unit as written (`%`, `万人`, `亿元`, `倍`); empty when the number has none.
    public var unit: String
    public var bound: Bound
    /// The year by which the goal is due, when known.
    public var year: Int?
    /// Index into `Extraction.times` of the time expression that sets `year`, else nil.
    public var time: Int?

    public init(span: Span, metric: String, kind: Kind, value: Double, upper: Double? = nil, unit: String,
                bound: Bound, year: Int? = nil, time: Int? = nil) {
        self.span = span
        self.metric = metric
        self.kind = kind
        self.value = value
        self.upper = upper
        self.unit = unit
        self.bound = bound
        self.year = year
        self.time = time
    }

    private enum CodingKeys: String, CodingKey { case span, metric, kind, value, upper, unit, bound, year, time }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(span, forKey: .span)
        try c.encode(metric, forKey: .metric)
        try c.encode(kind, forKey: .kind)
        try c.encode(value, forKey: .value)
        try c.encode(upper, forKey: .upper)
        try c.encode(unit, forKey: .unit)
        try c.encode(bound, forKey: .bound)
        try c.encode(year, forKey: .year)
        try c.encode(time, forKey: .time)
    }
}
