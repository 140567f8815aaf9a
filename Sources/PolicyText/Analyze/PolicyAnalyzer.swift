/// The one entry point: bytes or text in, `DocumentAnalysis` out, through every pipeline stage
/// (decode → normalize → recognize → extract). Loads its resources once; safe to share across tasks.
///
/// ```swift
/// let analyzer = try PolicyAnalyzer()
/// let record = analyzer.analyze(contentsOf: "report.txt")
/// for target in record.targets { print(target.metric, target.value, target.unit, target.year ?? 0) }
/// ```
public struct PolicyAnalyzer: Sendable {
    public let decoder = SourceDecoder()
    public let normalizer: Normalizer
    public let dateDetector = DocumentDateDetector()
    public var markup: MarkupText
    public var reader: DocumentReader
    public let extractor: Extractor

    /// Loads the bundled data files; throws a line-numbered error if one is malformed.
    public init(maxBytes: Int = 256 << 20) throws(DataFile.LoadError) {
        self.normalizer = Normalizer()
        self.extractor = try Extractor()
        self.reader = DocumentReader(maxBytes: maxBytes)
        self.markup = MarkupText(maxInflatedBytes: maxBytes)
    }

    /// Reads and analyses a file. Failures come back as a record with `error` set, never as a throw.
    public func analyze(contentsOf path: String, displayPath: String? = nil, date: CivilDate? = nil) -> DocumentAnalysis {
        let shown = displayPath ?? path
        do {
            let bytes = try reader.read(path: path)
            return analyze(bytes: bytes, path: shown, format: DocumentFormat(path: path), date: date)
        } catch {
            return .failure(path: shown, error)
        }
    }

    /// Analyses raw bytes of a document in the given format.
    public func analyze(bytes: [UInt8], path: String, format: DocumentFormat = .text, date: CivilDate? = nil) -> DocumentAnalysis {
        do {
            return analyze(source: try decode(bytes, format: format), path: path, format: format, date: date)
        } catch {
            var record = DocumentAnalysis.failure(path: path, error)
            record.format = format
            return record
        }
    }

    /// The source text of a document: decoded bytes, or the text extracted from HTML or .docx.
    public func decode(_ bytes: [UInt8], format: DocumentFormat) throws(DocumentError) -> SourceText {
        switch format {
        case .text:
            return try decoder.decode(bytes)
        case .html:
            let page = try decoder.decode(bytes)
            return SourceText(text: try markup.text(ofHTML: page.text), encoding: page.encoding, invalidBytes: page.invalidBytes)
        case .docx:
            return SourceText(text: try markup.text(ofDocx: bytes), encoding: "UTF-8")
        }
    }

    /// Analyses already-decoded text (e.g. a JSONL record's field).
    public func analyze(text: String, path: String, date: CivilDate? = nil) -> DocumentAnalysis {
        analyze(source: SourceText(text: text, encoding: "UTF-8"), path: path, date: date)
    }

    public func analyze(source: SourceText, path: String, format: DocumentFormat = .text, date: CivilDate? = nil) -> DocumentAnalysis {
        let normalized = normalizer.normalize(source)
        let documentDate = date.map { DocumentDate(date: $0, source: .given) }
            ?? dateDetector.detect(in: normalized.scalars, fileName: path)
        let extraction = extractor.extract(normalized, documentDate: documentDate?.date)
        var record = DocumentAnalysis(
            path: path, encoding: source.encoding, date: documentDate, chars: normalized.sourceOffsets.last ?? 0,
            cleanup: normalized.cleanup, extraction: extraction)
        record.format = format
        return record
    }
}
