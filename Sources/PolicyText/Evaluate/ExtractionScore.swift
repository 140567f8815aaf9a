/// True positives, false positives and false negatives of one annotation type, with the usual ratios.
public struct TypeScore: Codable, Sendable, Equatable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// TP / (TP + FP); 1 when nothing was predicted and nothing was missed, 0 when nothing was predicted but
    /// something was missed.
    public var precision: Double {
        let predicted = truePositives + falsePositives
        if predicted == 0 { return falseNegatives == 0 ? 1 : 0 }
        return Double(truePositives) / Double(predicted)
    }

    /// TP / (TP + FN); 1 when there was nothing to find and nothing was predicted, 0 when there was nothing to
    /// find but something was predicted.
    public var recall: Double {
        let gold = truePositives + falseNegatives
        if gold == 0 { return falsePositives == 0 ? 1 : 0 }
        return Double(truePositives) / Double(gold)
    }

    /// Harmonic mean of precision and recall (0 when both are 0).
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    public static func + (a: TypeScore, b: TypeScore) -> TypeScore {
        TypeScore(truePositives: a.truePositives + b.truePositives, falsePositives: a.falsePositives + b.falsePositives,
                  falseNegatives: a.falseNegatives + b.falseNegatives)
    }
}

/// Counts of matched items that also agree on some attribute.
public protocol MatchAgreement {
    /// Items matched by span.
    var matched: Int { get }
}

extension MatchAgreement {
    /// `count / matched`, or nil with nothing matched.
    public func rate(_ count: Int) -> Double? { matched == 0 ? nil : Double(count) / Double(matched) }
}

/// For matched targets: how many also agree on each attribute.
public struct TargetAgreement: MatchAgreement, Codable, Sendable, Equatable {
    public var matched = 0
    /// Metric text exactly equal.
    public var metric = 0
    public var kind = 0
    /// Value and upper equal (a missing upper reads as the value).
    public var value = 0
    public var bound = 0
    public var year = 0

    public init(matched: Int = 0, metric: Int = 0, kind: Int = 0, value: Int = 0, bound: Int = 0, year: Int = 0) {
        self.matched = matched
        self.metric = metric
        self.kind = kind
        self.value = value
        self.bound = bound
        self.year = year
    }

    public static func + (a: TargetAgreement, b: TargetAgreement) -> TargetAgreement {
        TargetAgreement(matched: a.matched + b.matched, metric: a.metric + b.metric, kind: a.kind + b.kind,
                        value: a.value + b.value, bound: a.bound + b.bound, year: a.year + b.year)
    }
}

/// For matched commitments: how many also agree on strength, actor and action, and how close the actions are.
public struct CommitmentAgreement: MatchAgreement, Codable, Sendable, Equatable {
    public var matched = 0
    public var strength = 0
    /// Actor equal, nil with nil counting as equal.
    public var actor = 0
    /// Action equal after folding full-width ASCII forms and dropping white space.
    public var actionExact = 0
    /// The sum over matched pairs of the character-level F1 of the two actions (bags of characters, folded the
    /// same way): 1 for identical actions, partial credit for near misses. `meanActionF1` is the average.
    public var actionF1Sum = 0.0

    public init(matched: Int = 0, strength: Int = 0, actor: Int = 0, actionExact: Int = 0, actionF1Sum: Double = 0) {
        self.matched = matched
        self.strength = strength
        self.actor = actor
        self.actionExact = actionExact
        self.actionF1Sum = actionF1Sum
    }

    /// The mean character-level action F1 of matched pairs, or nil with none.
    public var meanActionF1: Double? { matched == 0 ? nil : actionF1Sum / Double(matched) }

    public static func + (a: CommitmentAgreement, b: CommitmentAgreement) -> CommitmentAgreement {
        CommitmentAgreement(matched: a.matched + b.matched, strength: a.strength + b.strength, actor: a.actor + b.actor,
                            actionExact: a.actionExact + b.actionExact, actionF1Sum: a.actionF1Sum + b.actionF1Sum)
    }
}

/// A gold item nobody predicted, or a prediction that matches no gold item: kept so a reader can see why.
public struct ScoredItem: Codable, Sendable, Equatable {
    /// target | time | slogan | commitment.
    public var type: String
    public var start: Int
    public var end: Int
    public var text: String
    /// The value compared besides the span: a target's value, a time's end, a slogan's text; for a commitment
    /// (matched on the span alone) its strength.
    public var key: String
}

/// The score of one document.
public struct DocumentScore: Codable, Sendable, Equatable {
    /// The gold document path (relative to its root).
    public var document: String
    /// False when no prediction was found for this document (everything counts as missed).
    public var predicted: Bool
    public var targets = TypeScore()
    public var times = TypeScore()
    public var slogans = TypeScore()
    public var targetAgreement = TargetAgreement()
    /// Commitments inside the gold's commitment window; nil when the gold document has no window (not scored).
    public var commitments: TypeScore?
    /// Agreement of matched commitments; nil when the gold document has no window.
    public var commitmentAgreement: CommitmentAgreement?
    /// Gold items not matched.
    public var missed: [ScoredItem] = []
    /// Predictions not matched.
    public var spurious: [ScoredItem] = []

    public init(document: String, predicted: Bool) {
        self.document = document
        self.predicted = predicted
    }
}
