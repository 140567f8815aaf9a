/// What the extractor found in one document: the `targets`, `times`, `slogans` and `commitments` arrays of the
/// JSON contract. Indexes inside (`Target.time`, `Commitment.targets` …) point into these arrays.
public struct Extraction: Codable, Sendable, Equatable {
    /// Goals with numbers, in text order.
    public var targets: [Target]
    /// Every time expression, in text order.
    public var times: [TimeRef]
    /// Named slogans and programmes, in text order.
    public var slogans: [Slogan]
    /// Clause-level commitments, in text order.
    public var commitments: [Commitment]

    public init(targets: [Target] = [], times: [TimeRef] = [], slogans: [Slogan] = [], commitments: [Commitment] = []) {
        self.targets = targets
        self.times = times
        self.slogans = slogans
        self.commitments = commitments
    }
}
