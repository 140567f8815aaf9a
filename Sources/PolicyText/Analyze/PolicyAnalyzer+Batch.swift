/// One unit of work in a batch run: a file to read, a text already in memory, or a failure to report.
public enum DocumentInput: Sendable {
    case file(path: String, displayPath: String)
    case text(String, displayPath: String)
    case bytes([UInt8], displayPath: String)
    case failed(displayPath: String, DocumentError)

    public var displayPath: String {
        switch self {
        case .file(_, let p), .text(_, let p), .bytes(_, let p), .failed(let p, _): p
        }
    }
}

extension PolicyAnalyzer {
    public func analyze(_ input: DocumentInput, date: CivilDate? = nil) -> DocumentAnalysis {
        switch input {
        case .file(let path, let shown): analyze(contentsOf: path, displayPath: shown, date: date)
        case .text(let text, let shown): analyze(text: text, path: shown, date: date)
        case .bytes(let bytes, let shown): analyze(bytes: bytes, path: shown, format: DocumentFormat(path: shown), date: date)
        case .failed(let shown, let error): .failure(path: shown, error)
        }
    }

    /// Analyses `inputs` with `jobs` threads and hands each result to `emit` in input order as soon as it and all
    /// before it are done. `inputs` may be any sequence, also a lazy one over a corpus larger than memory: workers
    /// pull the next input only when they are free, and at most `jobs * 8` documents are in flight, so memory stays
    /// flat however many there are. `prepare` runs on the worker threads (e.g. to encode the record), `emit` on one
    /// thread at a time. `emit` returns false to stop early (on SIGINT): everything emitted so far is complete, and
    /// nothing more is pulled.
    public func analyze<Inputs: Sequence, Prepared: Sendable>(_ inputs: Inputs, jobs: Int, date: CivilDate? = nil,
                                                             prepare: @Sendable (DocumentAnalysis) -> Prepared,
                                                             emit: (DocumentAnalysis, Prepared) -> Bool)
    where Inputs.Element == DocumentInput {
        analyze(tagged: inputs.lazy.map { ($0, ()) }, jobs: jobs, date: date, prepare: prepare) { record, _, prepared in
            emit(record, prepared)
        }
    }

    /// `analyze(_:jobs:date:prepare:emit:)` where each input comes with a tag of the caller's, handed back with its
    /// result (e.g. how far into the corpus the input lies, for a progress display). The input itself is let go
    /// once it is analysed; only the tag waits for its turn.
    public func analyze<Inputs: Sequence, Tag: Sendable, Prepared: Sendable>(
        tagged inputs: Inputs, jobs: Int, date: CivilDate? = nil, prepare: @Sendable (DocumentAnalysis) -> Prepared,
        emit: (DocumentAnalysis, Tag, Prepared) -> Bool
    ) where Inputs.Element == (DocumentInput, Tag) {
        orderedStream(pulling: inputs.makeIterator(), workers: jobs, window: max(1, jobs) * 8, produce: { element in
            let record = self.analyze(element.0, date: date)
            return (record, element.1, prepare(record))
        }, consume: { _, result in emit(result.0, result.1, result.2) })
    }

    /// `analyze(_:jobs:date:prepare:emit:)` without a preparation step.
    public func analyze<Inputs: Sequence>(_ inputs: Inputs, jobs: Int, date: CivilDate? = nil,
                                          emit: (DocumentAnalysis) -> Bool) where Inputs.Element == DocumentInput {
        analyze(inputs, jobs: jobs, date: date, prepare: { _ in () }, emit: { record, _ in emit(record) })
    }
}
