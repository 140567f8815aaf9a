/// What a clause of a document commits to: who (`actor`), how strongly (`modality`), what (`action`), and the
/// targets, times and slogans it carries (indexes into the arrays of the same `Extraction`).
public struct Commitment: Codable, Sendable, Equatable, Hashable {
    /// How strongly a commitment binds, strongest first.
    public enum Strength: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
        /// `必须`, `确保`, `坚决`.
        case obligation
        /// `要`, `应当`.
        case directive
        /// `将`, `推动`, `加快`.
        case intention
        /// `力争`, `争取`, `努力`.
        case aspiration
        /// `鼓励`, `支持`.
        case encouragement
        /// `预期目标`, `有望`.
        case forecast

        /// Rank on the scale: 0 strongest.
        public var rank: Int { Strength.allCases.firstIndex(of: self) ?? 0 }

        public static func < (a: Strength, b: Strength) -> Bool { a.rank > b.rank }
    }

    /// The cue word that carries the modality and its strength.
    public struct Modality: Codable, Sendable, Equatable, Hashable {
        public var cue: String
        public var strength: Strength

        public init(cue: String, strength: Strength) {
            self.cue = cue
            self.strength = strength
        }
    }

    /// The clause the commitment is read from.
    public var span: Span
    /// Who commits (`市委、市政府`, `省政府`, `各级各部门`, `国务院`), else the document's issuer if known, else nil.
    public var actor: String?
    public var modality: Modality
    /// The clause text after the actor and cue: what is to be done.
    public var action: String
    /// Indexes into `Extraction.targets`.
    public var targets: [Int]
    /// Indexes into `Extraction.times`.
    public var times: [Int]
    /// Indexes into `Extraction.slogans`.
    public var slogans: [Int]

    public init(span: Span, actor: String?, modality: Modality, action: String, targets: [Int] = [],
                times: [Int] = [], slogans: [Int] = []) {
        self.span = span
        self.actor = actor
        self.modality = modality
        self.action = action
        self.targets = targets
        self.times = times
        self.slogans = slogans
    }

    private enum CodingKeys: String, CodingKey { case span, actor, modality, action, targets, times, slogans }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(span, forKey: .span)
        try c.encode(actor, forKey: .actor)
        try c.encode(modality, forKey: .modality)
        try c.encode(action, forKey: .action)
        try c.encode(targets, forKey: .targets)
        try c.encode(times, forKey: .times)
        try c.encode(slogans, forKey: .slogans)
    }
}
