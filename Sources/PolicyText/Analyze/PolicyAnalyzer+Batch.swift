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
    /// before it are done; at most a few documents per job are held at once, so memory stays flat however many
    /// there are. `prepare` runs on the worker threads (e.g. to encode the record), `emit` on one thread at a time.
    /// `emit` returns false to stop early (on SIGINT): everything emitted so far is complete.
    public func analyze<Prepared: Sendable>(_ inputs: [DocumentInput], jobs: Int, date: CivilDate? = nil,
                                            prepare: @Sendable (DocumentAnalysis) -> Prepared,
                                            emit: (DocumentAnalysis, Prepared) -> Bool) {
        orderedStream(count: inputs.count, workers: jobs, window: max(1, jobs) * 8, produce: { index in
            let record = self.analyze(inputs[index], date: date)
            return (record, prepare(record))
        }, consume: { _, result in emit(result.0, result.1) })
    }

    /// `analyze(_:jobs:date:prepare:emit:)` without a preparation step.
    public func analyze(_ inputs: [DocumentInput], jobs: Int, date: CivilDate? = nil,
                        emit: (DocumentAnalysis) -> Bool) {
        analyze(inputs, jobs: jobs, date: date, prepare: { _ in () }, emit: { record, _ in emit(record) })
    }
}
