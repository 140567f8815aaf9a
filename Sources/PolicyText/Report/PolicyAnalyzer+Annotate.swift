/// A document's analysis together with the normalized text its spans were found in: what a reader needs to show
/// the findings in place (`HTMLReport`). `text` is nil when the document could not be read (`analysis.error` says why).
public struct AnnotatedDocument: Sendable {
    /// The record `policytext extract` prints for the document.
    public var analysis: DocumentAnalysis
    /// The normalized text with its map to source offsets; the analysis's spans are source offsets through it.
    public var text: NormalizedText?

    public init(analysis: DocumentAnalysis, text: NormalizedText?) {
        self.analysis = analysis
        self.text = text
    }
}

// The same steps as `PolicyAnalyzer.analyze`, keeping the normalized text instead of dropping it. A test checks
// that the records stay identical to `analyze`'s.
extension PolicyAnalyzer {
    /// Analyses decoded text and keeps its normalized form.
    public func annotate(source: SourceText, path: String, format: DocumentFormat = .text,
                         date: CivilDate? = nil) -> AnnotatedDocument {
        let normalized = normalizer.normalize(source)
        let documentDate = date.map { DocumentDate(date: $0, source: .given) }
            ?? dateDetector.detect(in: normalized.scalars, fileName: path)
        let extraction = extractor.extract(normalized, documentDate: documentDate?.date)
        var record = DocumentAnalysis(
            path: path, encoding: source.encoding, date: documentDate, chars: normalized.sourceOffsets.last ?? 0,
            cleanup: normalized.cleanup, extraction: extraction)
        record.format = format
        return AnnotatedDocument(analysis: record, text: normalized)
    }

    /// Decodes and analyses raw bytes of a document in the given format.
    public func annotate(bytes: [UInt8], path: String, format: DocumentFormat = .text,
                         date: CivilDate? = nil) -> AnnotatedDocument {
        do {
            return annotate(source: try decode(bytes, format: format), path: path, format: format, date: date)
        } catch {
            var record = DocumentAnalysis.failure(path: path, error)
            record.format = format
            return AnnotatedDocument(analysis: record, text: nil)
        }
    }

    /// Reads and analyses a file; a failure comes back as a record with `error` set.
    public func annotate(contentsOf path: String, displayPath: String? = nil, date: CivilDate? = nil) -> AnnotatedDocument {
        let shown = displayPath ?? path
        do {
            let bytes = try reader.read(path: path)
            return annotate(bytes: bytes, path: shown, format: DocumentFormat(path: path), date: date)
        } catch {
            return AnnotatedDocument(analysis: .failure(path: shown, error), text: nil)
        }
    }

    /// Analyses one unit of a batch (a file, a text, bytes or an already failed input).
    public func annotate(_ input: DocumentInput, date: CivilDate? = nil) -> AnnotatedDocument {
        switch input {
        case .file(let path, let shown): annotate(contentsOf: path, displayPath: shown, date: date)
        case .text(let text, let shown): annotate(source: SourceText(text: text, encoding: "UTF-8"), path: shown, date: date)
        case .bytes(let bytes, let shown): annotate(bytes: bytes, path: shown, format: DocumentFormat(path: shown), date: date)
        case .failed(let shown, let error): AnnotatedDocument(analysis: .failure(path: shown, error), text: nil)
        }
    }

    /// Analyses `inputs` with `jobs` threads, calling `emit` in input order a chunk at a time (so only a chunk of
    /// normalized texts is alive at once; a lazy sequence is pulled a chunk at a time too); `emit` returns false
    /// to stop.
    public func annotate<Inputs: Sequence>(_ inputs: Inputs, jobs: Int, date: CivilDate? = nil,
                                           emit: (AnnotatedDocument) -> Bool) where Inputs.Element == DocumentInput {
        let chunkSize = max(1, jobs) * 2
        var iterator = inputs.makeIterator()
        while true {
            var chunk: [DocumentInput] = []
            while chunk.count < chunkSize, let input = iterator.next() { chunk.append(input) }
            if chunk.isEmpty { return }
            let results = chunk.parallelMap(jobs: jobs) { self.annotate($0, date: date) }
            for result in results where !emit(result) { return }
        }
    }
}
