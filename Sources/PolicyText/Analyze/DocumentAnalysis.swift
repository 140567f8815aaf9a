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
    /// Why the document could not be analysed, or nil.
    public var error: String?

    public init(path: String, encoding: String? = nil, date: DocumentDate? = nil, chars: Int = 0,
                cleanup: Cleanup? = nil, error: String? = nil) {
        self.path = path
        self.encoding = encoding
        self.date = date?.date
        self.dateSource = date?.source
        self.dateYearOnly = date?.yearOnly
        self.chars = chars
        self.cleanup = cleanup
        self.error = error
    }

    /// A record for a document that failed: the run goes on and the failure is in the output.
    public static func failure(path: String, _ error: any Error) -> DocumentAnalysis {
        DocumentAnalysis(path: path, error: "\(error)")
    }

    enum CodingKeys: String, CodingKey {
        case path, format, encoding, date, dateSource, dateYearOnly, chars, cleanup, error
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
        try c.encode(error, forKey: .error)
    }
}
