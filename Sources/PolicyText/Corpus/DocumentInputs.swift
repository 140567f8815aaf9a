/// Turns what the walker found into units of work: a `.jsonl` corpus becomes one input per line, other files
/// stay files, and `-` reads standard input.
public struct DocumentInputs: Sendable {
    public var walker = DocumentWalker()
    public var jsonl = JSONLCorpus()
    public var reader = DocumentReader()

    public init() {}

    /// The inputs for `paths` in a deterministic order, and what was skipped (with reasons).
    public func collect(_ paths: [String], readStandardInput: () -> [UInt8]) -> (inputs: [DocumentInput], skipped: [DocumentWalker.Skipped]) {
        var inputs: [DocumentInput] = []
        var skipped: [DocumentWalker.Skipped] = []
        for path in paths {
            if path == "-" {
                inputs.append(.bytes(readStandardInput(), displayPath: "-"))
                continue
            }
            let (found, skips) = walker.walk([path])
            skipped += skips
            for file in found {
                if file.path.lowercased().hasSuffix(".jsonl") {
                    do {
                        let bytes = try reader.read(path: file.path)
                        for record in jsonl.records(in: bytes, displayPath: file.displayPath) {
                            switch record.text {
                            case .success(let text): inputs.append(.text(text, displayPath: record.id))
                            case .failure(let error): inputs.append(.failed(displayPath: record.id, error))
                            }
                        }
                    } catch {
                        inputs.append(.failed(displayPath: file.displayPath, error))
                    }
                } else {
                    inputs.append(.file(path: file.path, displayPath: file.displayPath))
                }
            }
        }
        return (inputs, skipped)
    }
}
