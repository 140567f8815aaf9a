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

    /// Analyses `inputs` with `jobs` threads, calling `emit` for each result in input order, a chunk at a time,
    /// so memory stays flat however many documents there are. `emit` returns false to stop early (on SIGINT):
    /// everything emitted so far is complete.
    public func analyze(_ inputs: [DocumentInput], jobs: Int, date: CivilDate? = nil,
                        emit: (DocumentAnalysis) -> Bool) {
        let chunkSize = max(1, jobs) * 8
        var start = 0
        while start < inputs.count {
            let chunk = Array(inputs[start..<min(start + chunkSize, inputs.count)])
            let results = chunk.parallelMap(jobs: jobs) { self.analyze($0, date: date) }
            for result in results where !emit(result) { return }
            start += chunkSize
        }
    }
}
