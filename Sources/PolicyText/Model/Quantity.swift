/// How a written figure relates to the true value: `约6%` is approximate, `6%以上` a floor, `控制在3%以内` a ceiling,
/// `5%—5.5%` a range (with `upper`), and a bare `6%` exact.
public enum Bound: String, Codable, Sendable, Equatable, Hashable, CaseIterable {
    /// 左右 / 约 / 大约 / 近 / 上下 / 前后.
    case approx
    /// 以上 / 超过 / 不低于 / 不少于 / 突破 / 逾 / 至少 / 多 / 余.
    case atLeast
    /// 以内 / 以下 / 不超过 / 不高于 / 控制在 / 低于.
    case atMost
    /// Two figures joined by — / - / ～ / 至 / 到; the quantity carries `upper`.
    case range
    /// No bound cue.
    case exact
}

/// What kind of figure a quantity is; tells how to read `value` and `unit`.
public enum QuantityKind: String, Codable, Sendable, Equatable, Hashable, CaseIterable {
    /// A plain number, possibly with a magnitude (`3000亿` → value 3000, unit `亿`).
    case number
    /// A percentage (`6%`, `百分之十五`, `三成`), a per-mille (`千分之三`, unit `‰`) or a per-myriad (`万分之三`, unit `‱`).
    case percent
    /// Percentage points (`0.5个百分点`, unit `个百分点`).
    case percentagePoint
    /// A number with a measure unit (`1.5万亿元`, `10万人`, `387万亩`).
    case measure
    /// A growth factor (`翻一番` → 2, `增长1倍` → 2, `减半` → 0.5); unit `倍`.
    case multiplier
}

/// A recognized figure.
///
/// `value` and `upper` are in the unit *as written* (`1200万人` → value 1200, unit `万人`); `base`/`baseUpper` are the
/// same figures in the base unit with the magnitude applied (`万` = 10⁴, `亿` = 10⁸, `万亿` = 10¹²): 1.2e7 `人`.
/// For percentages the base unit is `%` (`千分之三` → value 3, unit `‰`, base 0.3, baseUnit `%`).
/// For multipliers `value` is the factor (`翻两番` → 4) and unit is `倍`.
public struct Quantity: Codable, Sendable, Equatable, Hashable {
    public var kind: QuantityKind
    /// The figure in the unit as written (lower end of a range).
    public var value: Double
    /// Upper end of a range (`5%—5.5%` → 5.5), else nil.
    public var upper: Double?
    /// Unit as written, including a magnitude prefix: `%`, `个百分点`, `万元`, `亿`, `万人`, `倍`; nil for a bare number.
    public var unit: String?
    public var bound: Bound
    /// `value` in the base unit (magnitude applied).
    public var base: Double
    /// `upper` in the base unit.
    public var baseUpper: Double?
    /// The base unit: `元`, `人`, `吨`, `%`, `个百分点`, `倍`; nil for a bare number.
    public var baseUnit: String?
    /// The unit's family (`currency`, `people`, `count`, `length`, `area`, `mass`, `energy`, `power`, `volume`,
    /// `time`, `data`, …) as listed in `Resources/recognize-units.tsv`; nil for bare numbers and percentages.
    public var category: String?
    /// For `atLeast`/`atMost`: whether the figure itself is included (以上/不低于/以内 → true; 超过/低于/不满 → false,
    /// as Chinese law reads them); nil when the cue does not say (多, 余). For a `range` read from a floor and a
    /// ceiling (`一万元以上十万元以下`): whether the lower end is included. Else nil.
    public var inclusive: Bool?
    /// For a `range` read from a floor and a ceiling: whether the upper end is included (以下 → true, 不满 → false).
    public var upperInclusive: Bool?

    public init(kind: QuantityKind, value: Double, upper: Double? = nil, unit: String? = nil, bound: Bound = .exact,
                base: Double? = nil, baseUpper: Double? = nil, baseUnit: String? = nil, category: String? = nil,
                inclusive: Bool? = nil) {
        self.kind = kind
        self.value = value
        self.upper = upper
        self.unit = unit
        self.bound = bound
        self.base = base ?? value
        self.baseUpper = baseUpper ?? upper
        self.baseUnit = baseUnit
        self.category = category
        self.inclusive = inclusive
    }

    /// True for `%`, `‰`, `‱` figures.
    public var isPercent: Bool { kind == .percent }
    /// True for `个百分点`.
    public var isPercentagePoint: Bool { kind == .percentagePoint }
}
