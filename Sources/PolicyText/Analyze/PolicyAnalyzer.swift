/// The one entry point: bytes or text in, `DocumentAnalysis` out, through every pipeline stage
/// (decode → normalize → recognize → extract). Loads its resources once; safe to share across tasks.
public struct PolicyAnalyzer: Sendable {
    public let decoder = SourceDecoder()
    public let normalizer: Normalizer
    public let dateDetector = DocumentDateDetector()
    public var reader: DocumentReader

    public init(maxBytes: Int = 256 << 20) {
        self.normalizer = Normalizer()
        self.reader = DocumentReader(maxBytes: maxBytes)
    }

    /// Reads and analyses a file. Failures come back as a record with `error` set, never as a throw.
    public func analyze(contentsOf path: String, displayPath: String? = nil, date: CivilDate? = nil) -> DocumentAnalysis {
        let shown = displayPath ?? path
        do {
            let bytes = try reader.read(path: path)
            return analyze(bytes: bytes, path: shown, date: date)
        } catch {
            return .failure(path: shown, error)
        }
    }

    /// Analyses raw bytes of a document.
    public func analyze(bytes: [UInt8], path: String, date: CivilDate? = nil) -> DocumentAnalysis {
        do {
            let source = try decoder.decode(bytes)
            return analyze(source: source, path: path, date: date)
        } catch {
            return .failure(path: path, error)
        }
    }

    /// Analyses already-decoded text (e.g. a JSONL record's field).
    public func analyze(text: String, path: String, date: CivilDate? = nil) -> DocumentAnalysis {
        analyze(source: SourceText(text: text, encoding: "UTF-8"), path: path, date: date)
    }

    public func analyze(source: SourceText, path: String, date: CivilDate? = nil) -> DocumentAnalysis {
        let normalized = normalizer.normalize(source)
        let documentDate = date.map { DocumentDate(date: $0, source: .given) }
            ?? dateDetector.detect(in: normalized.scalars, fileName: path)
        return DocumentAnalysis(
            path: path, encoding: source.encoding, date: documentDate, chars: normalized.sourceOffsets.last ?? 0,
            cleanup: normalized.cleanup)
    }
}
