/// Recognizes Chinese numbers, quantities, percentages, multipliers and policy time expressions.
///
/// One hand-written left-to-right scanner over Unicode scalars with table lookups (no regular expressions), linear in
/// the input. A `Recognizer` is an immutable value over a shared `RecognizerLexicon`: create it once and call it from
/// any number of tasks at the same time.
///
/// ```swift
/// let recognizer = try Recognizer()
/// let entities = recognizer.recognize("力争到2030年实现翻一番，增长6%左右", documentDate: CivilDate(year: 2026, month: 1, day: 14))
/// ```
public struct Recognizer: Sendable {
    /// Which entity types a call reports. Recognition itself always runs whole (a year is never read as a number
    /// just because times were not asked for); the options filter the output.
    public struct Options: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let numbers = Options(rawValue: 1)
        public static let percents = Options(rawValue: 2)
        public static let quantities = Options(rawValue: 4)
        public static let multipliers = Options(rawValue: 8)
        public static let times = Options(rawValue: 16)
        /// Numbers, percents, quantities and multipliers.
        public static let figures: Options = [.numbers, .percents, .quantities, .multipliers]
        public static let all: Options = [.figures, .times]
    }

    public let lexicon: RecognizerLexicon

    public init(lexicon: RecognizerLexicon) {
        self.lexicon = lexicon
    }

    /// A recognizer over the bundled data files (`Resources/recognize-*`).
    public init() throws(DataFile.LoadError) {
        self.init(lexicon: try RecognizerLexicon.bundled.get())
    }

    /// All entities in `scalars`, in text order, not overlapping. Offsets are scalar offsets into `scalars`.
    /// Relative time expressions resolve against `documentDate`; without it they keep nil dates.
    public func recognize(_ scalars: [Unicode.Scalar], documentDate: CivilDate? = nil, options: Options = .all) -> [Entity] {
        var pass = RecognitionPass(ScanContext(scalars, lexicon), documentDate: documentDate)
        pass.run()
        if options == .all { return pass.out }
        return pass.out.filter { options.contains(Self.option(for: $0.type)) }
    }

    /// All entities in `text`; offsets are Unicode-scalar offsets into `text`.
    public func recognize(_ text: String, documentDate: CivilDate? = nil, options: Options = .all) -> [Entity] {
        recognize(Array(text.unicodeScalars), documentDate: documentDate, options: options)
    }

    /// Entities of a normalized document with spans in SOURCE offsets (`NormalizedText.span(_:)`), as the CLI and
    /// the JSON contract report them; recognition runs on the normalized scalars.
    public func recognize(_ text: NormalizedText, documentDate: CivilDate? = nil, options: Options = .all) -> [Entity] {
        recognize(text.scalars, documentDate: documentDate, options: options).map { e in
            var mapped = e
            mapped.span = text.span(e.range)
            return mapped
        }
    }

    /// Time expressions only.
    public func times(_ scalars: [Unicode.Scalar], documentDate: CivilDate? = nil) -> [Entity] {
        recognize(scalars, documentDate: documentDate, options: .times)
    }

    /// Numbers, percentages, quantities and multipliers only.
    public func quantities(_ scalars: [Unicode.Scalar]) -> [Entity] {
        recognize(scalars, documentDate: nil, options: .figures)
    }

    /// Every numeral in the text, read lexically (no units, times or bounds): `1.5万亿` → 1.5e12, `百分之十五` → 15
    /// (the numerator), `五分之一` → 0.2. Single Chinese digits are included; words like 一切, 四川 are not.
    public func numbers(in scalars: [Unicode.Scalar]) -> [NumberMatch] {
        var pass = RecognitionPass(ScanContext(scalars, lexicon), documentDate: nil)
        return pass.lexicalNumbers()
    }

    /// The value of a string that is one figure as a whole (`一千五百零几万`, `1.5万亿`, `二〇三五`, `百分之十五` → 15,
    /// `三分之一`); nil when the string is not exactly one figure or is out of range.
    public func parseNumber(_ text: String) -> Double? {
        let scalars = Array(text.unicodeScalars.filter { !NumeralTable.isSpace($0) })
        guard !scalars.isEmpty else { return nil }
        let ctx = ScanContext(scalars, lexicon)
        guard let e = ctx.parseExpression(at: 0), e.valid, e.end == scalars.count else { return nil }
        if case .plain = e.form, !e.numeral.hasDigit, e.numeral.value != 10 { return nil }
        return e.value
    }

    static func option(for type: EntityType) -> Options {
        switch type {
        case .number: .numbers
        case .percent: .percents
        case .quantity: .quantities
        case .multiplier: .multipliers
        case .time: .times
        }
    }
}

/// A numeral found by `Recognizer.numbers(in:)`.
public struct NumberMatch: Codable, Sendable, Equatable, Hashable {
    public var span: Span
    public var value: Double

    public init(span: Span, value: Double) {
        self.span = span
        self.value = value
    }
}
