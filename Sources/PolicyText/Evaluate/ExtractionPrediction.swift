import Foundation

/// One document of `policytext extract` output, read through light structs of its own so that scoring does not
/// depend on the extractor's Swift types. Only the contract fields the scorer needs are read; every field but
/// `span` is optional, and missing lists read as empty.
public struct ExtractionPrediction: Decodable, Sendable, Equatable {
    public struct Span: Decodable, Sendable, Equatable {
        public var start: Int
        public var end: Int
        public var text: String?
        public init(start: Int, end: Int, text: String? = nil) {
            self.start = start
            self.end = end
            self.text = text
        }
    }

    public struct Target: Decodable, Sendable, Equatable {
        public var span: Span
        public var metric: String?
        public var kind: String?
        public var value: Double?
        public var upper: Double?
        public var unit: String?
        public var bound: String?
        public var year: Int?
        public init(span: Span, metric: String? = nil, kind: String? = nil, value: Double?, upper: Double? = nil,
                    unit: String? = nil, bound: String? = nil, year: Int? = nil) {
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

    public struct Time: Decodable, Sendable, Equatable {
        public var span: Span
        public var text: String?
        public var kind: String?
        public var start: String?
        public var end: String?
        public init(span: Span, text: String? = nil, kind: String? = nil, start: String? = nil, end: String?) {
            self.span = span
            self.text = text
            self.kind = kind
            self.start = start
            self.end = end
        }
    }

    public struct Slogan: Decodable, Sendable, Equatable {
        public var span: Span
        public var text: String?
        public var form: String?
        public var head: String?
        public init(span: Span, text: String?, form: String? = nil, head: String? = nil) {
            self.span = span
            self.text = text
            self.form = form
            self.head = head
        }
    }

    /// A commitment as `policytext extract` prints it: the strength is read from `modality.strength` (or from a
    /// flat `strength`), the cue is not needed.
    public struct Commitment: Decodable, Sendable, Equatable {
        public var span: Span
        public var actor: String?
        public var strength: String?
        public var action: String?
        public init(span: Span, actor: String? = nil, strength: String? = nil, action: String? = nil) {
            self.span = span
            self.actor = actor
            self.strength = strength
            self.action = action
        }

        enum CodingKeys: String, CodingKey { case span, actor, modality, strength, action }
        struct Modality: Decodable { var strength: String? }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            span = try c.decode(Span.self, forKey: .span)
            actor = try c.decodeIfPresent(String.self, forKey: .actor)
            strength = try c.decodeIfPresent(Modality.self, forKey: .modality)?.strength
                ?? c.decodeIfPresent(String.self, forKey: .strength)
            action = try c.decodeIfPresent(String.self, forKey: .action)
        }
    }

    /// The path as `policytext extract` printed it (relative to the folder it was given).
    public var path: String?
    public var error: String?
    public var targets: [Target]
    public var times: [Time]
    public var slogans: [Slogan]
    public var commitments: [Commitment]

    public init(path: String?, targets: [Target] = [], times: [Time] = [], slogans: [Slogan] = [],
                commitments: [Commitment] = [], error: String? = nil) {
        self.path = path
        self.targets = targets
        self.times = times
        self.slogans = slogans
        self.commitments = commitments
        self.error = error
    }

    enum CodingKeys: String, CodingKey { case path, error, targets, times, slogans, commitments }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        path = try c.decodeIfPresent(String.self, forKey: .path)
        error = try c.decodeIfPresent(String.self, forKey: .error)
        targets = try c.decodeIfPresent([Target].self, forKey: .targets) ?? []
        times = try c.decodeIfPresent([Time].self, forKey: .times) ?? []
        slogans = try c.decodeIfPresent([Slogan].self, forKey: .slogans) ?? []
        commitments = try c.decodeIfPresent([Commitment].self, forKey: .commitments) ?? []
    }

    /// Reads `policytext extract` JSONL (one document per line), with line-numbered errors.
    public static func decodeLines(_ file: DataFile) throws(DataFile.LoadError) -> [ExtractionPrediction] {
        try file.decodeJSONLines(ExtractionPrediction.self).map(\.value)
    }
}

extension ExtractionPrediction {
    /// The gold annotations read as a prediction (every item exactly as annotated): scoring a gold document
    /// against it gives F1 = 1, which makes it a check of the scorer and a template for extractor output.
    public init(gold: GoldDocument) {
        self.init(
            path: gold.document,
            targets: gold.targets.map {
                Target(span: Span(start: $0.span.start, end: $0.span.end, text: $0.span.text), metric: $0.metric,
                       kind: $0.kind, value: $0.value, upper: $0.upper, unit: $0.unit, bound: $0.bound, year: $0.year)
            },
            times: gold.times.map {
                Time(span: Span(start: $0.span.start, end: $0.span.end, text: $0.span.text), text: $0.text, kind: $0.kind,
                     start: $0.start?.description, end: $0.end?.description)
            },
            slogans: gold.slogans.map {
                Slogan(span: Span(start: $0.span.start, end: $0.span.end, text: $0.span.text), text: $0.text, form: $0.form,
                       head: $0.head)
            },
            commitments: gold.commitments.map {
                Commitment(span: Span(start: $0.span.start, end: $0.span.end, text: $0.span.text), actor: $0.actor,
                           strength: $0.strength, action: $0.action)
            }
        )
    }
}
