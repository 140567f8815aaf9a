/// Everything PolicyText reads from one document: the record `policytext extract` prints as one JSON line.
///
/// Field names are the JSON contract in DESIGN.md; new fields may be added, existing ones never renamed.
public struct DocumentAnalysis: Codable, Sendable, Equatable {
    /// The document's path as given (relative to the folder it was found in), or an id for stdin / JSONL records.
    public var path: String
    /// How the document was read: plain text, an HTML page or a Word file.
    public var format: DocumentFormat?
    /// The encoding it was decoded from; nil when it could not be read.
    public var encoding: String?
    /// The document date as ISO `YYYY-MM-DD` (January 1 when only the year is known), or nil when unknown.
    public var date: CivilDate?
    /// Whether `date` is known to the day or only to the year, and where it came from.
    public var dateSource: DocumentDate.Source?
    public var dateYearOnly: Bool?
    /// Unicode scalars in the decoded source text.
    public var chars: Int
    public var cleanup: Cleanup?
    /// Targets, times, slogans and commitments (empty when the document failed).
    public var extraction: Extraction
    /// Why the document could not be analysed, or nil.
    public var error: String?

    public init(path: String, encoding: String? = nil, date: DocumentDate? = nil, chars: Int = 0,
                cleanup: Cleanup? = nil, extraction: Extraction = Extraction(), error: String? = nil) {
        self.path = path
        self.encoding = encoding
        self.date = date?.date
        self.dateSource = date?.source
        self.dateYearOnly = date?.yearOnly
        self.chars = chars
        self.cleanup = cleanup
        self.extraction = extraction
        self.error = error
    }

    /// A record for a document that failed: the run goes on and the failure is in the output.
    public static func failure(path: String, _ error: any Error) -> DocumentAnalysis {
        DocumentAnalysis(path: path, error: "\(error)")
    }

    public var targets: [Target] { extraction.targets }
    public var times: [TimeRef] { extraction.times }
    public var slogans: [Slogan] { extraction.slogans }
    public var commitments: [Commitment] { extraction.commitments }

    enum CodingKeys: String, CodingKey {
        case path, format, encoding, date, dateSource, dateYearOnly, chars, cleanup, targets, times, slogans, commitments, error
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        path = try c.decode(String.self, forKey: .path)
        format = try c.decodeIfPresent(DocumentFormat.self, forKey: .format)
        encoding = try c.decodeIfPresent(String.self, forKey: .encoding)
        date = try c.decodeIfPresent(CivilDate.self, forKey: .date)
        dateSource = try c.decodeIfPresent(DocumentDate.Source.self, forKey: .dateSource)
        dateYearOnly = try c.decodeIfPresent(Bool.self, forKey: .dateYearOnly)
        chars = try c.decodeIfPresent(Int.self, forKey: .chars) ?? 0
        cleanup = try c.decodeIfPresent(Cleanup.self, forKey: .cleanup)
        extraction = Extraction(
            targets: try c.decodeIfPresent([Target].self, forKey: .targets) ?? [],
            times: try c.decodeIfPresent([TimeRef].self, forKey: .times) ?? [],
            slogans: try c.decodeIfPresent([Slogan].self, forKey: .slogans) ?? [],
            commitments: try c.decodeIfPresent([Commitment].self, forKey: .commitments) ?? [])
        error = try c.decodeIfPresent(String.self, forKey: .error)
    }

    // Optional fields are written as null rather than left out, so every record has the same columns.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path, forKey: .path)
        try c.encode(format, forKey: .format)
        try c.encode(encoding, forKey: .encoding)
        try c.encode(date, forKey: .date)
        try c.encode(dateSource, forKey: .dateSource)
        try c.encode(dateYearOnly, forKey: .dateYearOnly)
        try c.encode(chars, forKey: .chars)
        try c.encode(cleanup, forKey: .cleanup)
        try c.encode(extraction.targets, forKey: .targets)
        try c.encode(extraction.times, forKey: .times)
        try c.encode(extraction.slogans, forKey: .slogans)
        try c.encode(extraction.commitments, forKey: .commitments)
        try c.encode(error, forKey: .error)
    }
}
