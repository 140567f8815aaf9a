/// The one entry point: bytes or text in, `DocumentAnalysis` out, through every pipeline stage
/// (decode → normalize → recognize → extract). Loads its resources once; safe to share across tasks.
///
/// ```swift
/// let analyzer = try PolicyAnalyzer()
/// let record = analyzer.analyze(contentsOf: "report.txt")
/// for target in record.targets { print(target.metric, target.value, target.unit, target.year ?? 0) }
/// ```
public struct PolicyAnalyzer: Sendable {
    /// Bytes → source text for each format (plain text, HTML, .docx).
    public var documentDecoder: DocumentDecoder
    public let normalizer: Normalizer
    public let dateDetector = DocumentDateDetector()
    public var reader: DocumentReader
    public let extractor: Extractor
    /// When set, every stage adds its time here (`policytext extract --timing`).
    public var timing: StageTimes?

    /// Loads the bundled data files; throws a line-numbered error if one is malformed.
    public init(maxBytes: Int = 256 << 20) throws(DataFile.LoadError) {
        self.normalizer = Normalizer()
        self.extractor = try Extractor()
        self.reader = DocumentReader(maxBytes: maxBytes)
        self.documentDecoder = DocumentDecoder(maxBytes: maxBytes)
    }

    /// Reads and analyses a file. Failures come back as a record with `error` set, never as a throw.
    public func analyze(contentsOf path: String, displayPath: String? = nil, date: CivilDate? = nil) -> DocumentAnalysis {
        let shown = displayPath ?? path
        do {
            let bytes = try timed(.read) { () throws(DocumentError) in try reader.read(path: path) }
            return analyze(bytes: bytes, path: shown, format: DocumentFormat(path: path), date: date)
        } catch {
            return .failure(path: shown, error)
        }
    }

    /// Analyses raw bytes of a document in the given format.
    public func analyze(bytes: [UInt8], path: String, format: DocumentFormat = .text, date: CivilDate? = nil) -> DocumentAnalysis {
        do {
            timing?.addBytes(bytes.count)
            let source = try timed(.decode) { () throws(DocumentError) in try decode(bytes, format: format) }
            return analyze(source: source, path: path, format: format, date: date)
        } catch {
            var record = DocumentAnalysis.failure(path: path, error)
            record.format = format
            return record
        }
    }

    /// The source text of a document: decoded bytes, or the text extracted from HTML or .docx.
    public func decode(_ bytes: [UInt8], format: DocumentFormat) throws(DocumentError) -> SourceText {
        try documentDecoder.decode(bytes, format: format)
    }

    /// Analyses already-decoded text (e.g. a JSONL record's field).
    public func analyze(text: String, path: String, date: CivilDate? = nil) -> DocumentAnalysis {
        analyze(source: SourceText(text: text, encoding: "UTF-8"), path: path, date: date)
    }

    public func analyze(source: SourceText, path: String, format: DocumentFormat = .text, date: CivilDate? = nil) -> DocumentAnalysis {
        let normalized = timed(.normalize) { normalizer.normalize(source) }
        let documentDate = date.map { DocumentDate(date: $0, source: .given) }
            ?? dateDetector.detect(in: normalized.scalars, fileName: path)
        let extraction = timed(.extract) { extractor.extract(normalized, documentDate: documentDate?.date) }
        var record = DocumentAnalysis(
            path: path, encoding: source.encoding, date: documentDate, chars: normalized.sourceOffsets.last ?? 0,
            cleanup: normalized.cleanup, extraction: extraction)
        record.format = format
        return record
    }

    private func timed<T, E: Error>(_ stage: StageTimes.Stage, _ body: () throws(E) -> T) throws(E) -> T {
        guard let timing else { return try body() }
        return try timing.measure(stage, body)
    }
}
