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

    /// The path as `policytext extract` printed it (relative to the folder it was given).
    public var path: String?
    public var error: String?
    public var targets: [Target]
    public var times: [Time]
    public var slogans: [Slogan]

    public init(path: String?, targets: [Target] = [], times: [Time] = [], slogans: [Slogan] = [], error: String? = nil) {
        self.path = path
        self.targets = targets
        self.times = times
        self.slogans = slogans
        self.error = error
    }

    enum CodingKeys: String, CodingKey { case path, error, targets, times, slogans }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        path = try c.decodeIfPresent(String.self, forKey: .path)
        error = try c.decodeIfPresent(String.self, forKey: .error)
        targets = try c.decodeIfPresent([Target].self, forKey: .targets) ?? []
        times = try c.decodeIfPresent([Time].self, forKey: .times) ?? []
        slogans = try c.decodeIfPresent([Slogan].self, forKey: .slogans) ?? []
    }

    /// Reads `policytext extract` JSONL (one document per line), with line-numbered errors.
    public static func decodeLines(_ file: DataFile) throws(DataFile.LoadError) -> [ExtractionPrediction] {
        try file.decodeJSONLines(ExtractionPrediction.self).map(\.value)
    }
}
