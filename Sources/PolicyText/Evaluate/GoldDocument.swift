/// A hand-annotated document: the targets, times and slogans a careful reader finds in it, with spans as
/// Unicode-scalar offsets into the decoded source text. One `<slug>.gold.json` file per document under
/// `Corpus/gold/`; the shape mirrors the `policytext extract` JSON contract.
public struct GoldDocument: Codable, Sendable, Equatable {
    /// Where `document` is relative to.
    public enum Root: String, Codable, Sendable, Equatable {
        /// Relative to the shared corpus folder (`../shared/corpus`).
        case shared
        /// Relative to the package root (e.g. `Corpus/000_9710c98421749e77.txt`).
        case project
    }

    /// A quantified goal for the future.
    public struct Target: Codable, Sendable, Equatable {
        public var span: Span
        /// The shortest faithful metric phrase as written (`全省生产总值`).
        public var metric: String
        /// growth | level | share | count | amount | multiplier | reduction.
        public var kind: String
        public var value: Double
        /// The upper end of a range, else nil.
        public var upper: Double?
        /// The unit as written (`%`, `万人`, `倍`, `亿元`).
        public var unit: String
        /// approx | atLeast | atMost | range | exact.
        public var bound: String
        /// The year by which the goal is due, when the text says or implies it.
        public var year: Int?

        public init(span: Span, metric: String, kind: String, value: Double, upper: Double? = nil, unit: String,
                    bound: String, year: Int?) {
            self.span = span
            self.metric = metric
            self.kind = kind
            self.value = value
            self.upper = upper
            self.unit = unit
            self.bound = bound
            self.year = year
        }
    }

    /// A time expression: a date, a year, a period or a deadline.
    public struct Time: Codable, Sendable, Equatable {
        public var span: Span
        public var text: String
        /// point | period | by | within | since.
        public var kind: String
        /// First day, inclusive; nil when open (`到2030年`).
        public var start: CivilDate?
        /// Last day, inclusive.
        public var end: CivilDate?
        /// absolute | document-date.
        public var basis: String

        public init(span: Span, text: String, kind: String, start: CivilDate?, end: CivilDate?, basis: String) {
            self.span = span
            self.text = text
            self.kind = kind
            self.start = start
            self.end = end
            self.basis = basis
        }
    }

    /// A named policy slogan or program.
    public struct Slogan: Codable, Sendable, Equatable {
        public var span: Span
        /// The slogan without quotation marks, in simplified characters.
        public var text: String
        /// numbered | formula | coined | brand.
        public var form: String
        /// The noun the slogan names when it directly follows (`一揽子人才政策`), else nil.
        public var head: String?

        public init(span: Span, text: String, form: String, head: String?) {
            self.span = span
            self.text = text
            self.form = form
            self.head = head
        }
    }

    /// A commitment: a unit (a sentence, or a piece of one cut at ；) of a plan part that says what the actor will,
    /// must, should or aims to do, or states a target (`Corpus/gold/README.md`, "Commitments").
    public struct Commitment: Codable, Sendable, Equatable {
        /// The unit, from its first non-blank character through its final punctuation.
        public var span: Span
        /// Who commits (`中央财政`, `各级各部门`), else the document's issuer (`国务院`, `省人民政府`), else nil.
        public var actor: String?
        /// obligation | directive | intention | aspiration | encouragement | forecast (`Commitment.Strength`).
        public var strength: String
        /// What is to be done, as written: from the first word of the task to the end of the unit, without its
        /// final punctuation.
        public var action: String

        public init(span: Span, actor: String?, strength: String, action: String) {
            self.span = span
            self.actor = actor
            self.strength = strength
            self.action = action
        }
    }

    /// The document's path, relative to `root`.
    public var document: String
    public var root: Root
    /// The date relative expressions (`今年`, `去年`, `年底前`) were resolved against; nil when unknown.
    public var date: CivilDate?
    public var targets: [Target]
    public var times: [Time]
    public var slogans: [Slogan]
    /// The stretch inside which every unit was decided and commitments are scored; nil when the document has no
    /// commitment annotation. Its `text` is the first 20 characters followed by `…`.
    public var commitmentWindow: Span?
    /// The commitments inside `commitmentWindow`, sorted by span.
    public var commitments: [Commitment]

    public init(document: String, root: Root, date: CivilDate?, targets: [Target] = [], times: [Time] = [],
                slogans: [Slogan] = [], commitmentWindow: Span? = nil, commitments: [Commitment] = []) {
        self.document = document
        self.root = root
        self.date = date
        self.targets = targets
        self.times = times
        self.slogans = slogans
        self.commitmentWindow = commitmentWindow
        self.commitments = commitments
    }

    private enum CodingKeys: String, CodingKey {
        case document, root, date, targets, times, slogans, commitmentWindow, commitments
    }

    /// Files without commitments (no `commitmentWindow`, no `commitments`) still load.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        document = try c.decode(String.self, forKey: .document)
        root = try c.decode(Root.self, forKey: .root)
        date = try c.decodeIfPresent(CivilDate.self, forKey: .date)
        targets = try c.decode([Target].self, forKey: .targets)
        times = try c.decode([Time].self, forKey: .times)
        slogans = try c.decode([Slogan].self, forKey: .slogans)
        commitmentWindow = try c.decodeIfPresent(Span.self, forKey: .commitmentWindow)
        commitments = try c.decodeIfPresent([Commitment].self, forKey: .commitments) ?? []
    }

    public static let targetKinds: Set<String> = ["growth", "level", "share", "count", "amount", "multiplier", "reduction"]
    public static let bounds: Set<String> = ["approx", "atLeast", "atMost", "range", "exact"]
    public static let timeKinds: Set<String> = ["point", "period", "by", "within", "since"]
    public static let timeBases: Set<String> = ["absolute", "document-date"]
    public static let sloganForms: Set<String> = ["numbered", "formula", "coined", "brand"]
    public static let commitmentStrengths: Set<String> = Set(PolicyText.Commitment.Strength.allCases.map(\.rawValue))
}
