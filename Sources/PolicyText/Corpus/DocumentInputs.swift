#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns what the walker found into units of work: a `.jsonl` corpus becomes one input per line, other files
/// stay files, and `-` reads standard input.
///
/// `stream(_:readStandardInput:)` walks the folders up front (the file list and sizes are small) and gives a lazy
/// sequence: a `.jsonl` file is read record by record, through `JSONLReader`, only as the sequence is pulled, so a
/// corpus of any size is never held in memory. The order is deterministic: the paths as given, folders in walk
/// order, then line order.
public struct DocumentInputs: Sendable {
    public var walker = DocumentWalker()
    /// The JSONL fields and the per-record limit (a `.jsonl` file as a whole has no size limit).
    public var jsonl = JSONLCorpus()
    /// Read standard input (`-`) as a `.jsonl` corpus, record by record, instead of as one document.
    public var standardInputIsJSONL = false

    public init() {}

    /// One input, and how far into the run's files it lies.
    public struct Item: Sendable {
        public let input: DocumentInput
        /// Bytes of the input files consumed once this input is read: the sizes of the files before it and, in a
        /// `.jsonl` file, its lines up to and including this record's. Standard input is not counted.
        public let consumedBytes: Int
    }

    /// The inputs of a run, read lazily, with what the walk skipped and the total size of the files.
    public struct Stream: Sequence {
        enum Source {
            case standardInput
            case standardInputCorpus
            case file(DocumentWalker.Found, size: Int)
            case corpus(DocumentWalker.Found, size: Int)
        }

        let sources: [Source]
        let jsonl: JSONLCorpus
        let readStandardInput: () -> [UInt8]
        /// What the walk passed over, with reasons.
        public let skipped: [DocumentWalker.Skipped]
        /// The size of every file found (the sum `Item.consumedBytes` reaches at the end).
        public let totalBytes: Int

        public func makeIterator() -> Iterator { Iterator(stream: self) }
    }

    public struct Iterator: IteratorProtocol {
        let stream: Stream
        /// The index of the next source.
        var position = 0
        /// Bytes of the sources before the current one.
        var before = 0
        var corpus: JSONLReader?

        public mutating func next() -> Item? {
            while true {
                if let reader = corpus {
                    if let record = reader.next() {
                        let input: DocumentInput = switch record.text {
                        case .success(let text): .text(text, displayPath: record.id)
                        case .failure(let error): .failed(displayPath: record.id, error)
                        }
                        return Item(input: input, consumedBytes: before + reader.bytesRead)
                    }
                    corpus = nil
                    if case .corpus(_, let size) = stream.sources[position - 1] { before += size }
                }
                guard position < stream.sources.count else { return nil }
                position += 1
                switch stream.sources[position - 1] {
                case .standardInput:
                    return Item(input: .bytes(stream.readStandardInput(), displayPath: "-"), consumedBytes: before)
                case .standardInputCorpus:
                    corpus = JSONLReader(fileDescriptor: STDIN_FILENO, displayPath: "-", corpus: stream.jsonl)
                case .file(let file, let size):
                    before += size
                    return Item(input: .file(path: file.path, displayPath: file.displayPath), consumedBytes: before)
                case .corpus(let file, _):
                    corpus = JSONLReader(path: file.path, displayPath: file.displayPath, corpus: stream.jsonl)
                }
            }
        }
    }

    /// The inputs for `paths` in a deterministic order, read lazily; standard input is read when its turn comes.
    public func stream(_ paths: [String], readStandardInput: @escaping () -> [UInt8]) -> Stream {
        var sources: [Stream.Source] = []
        var skipped: [DocumentWalker.Skipped] = []
        var total = 0
        for path in paths {
            if path == "-" {
                sources.append(standardInputIsJSONL ? .standardInputCorpus : .standardInput)
                continue
            }
            let (found, skips) = walker.walk([path])
            skipped += skips
            for file in found {
                var info = stat()
                let size = stat(file.path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0
                total += size
                sources.append(file.path.lowercased().hasSuffix(".jsonl") ? .corpus(file, size: size) : .file(file, size: size))
            }
        }
        return Stream(sources: sources, jsonl: jsonl, readStandardInput: readStandardInput, skipped: skipped, totalBytes: total)
    }

    /// Every input for `paths` at once, and what was skipped (with reasons): `stream` collected into an array.
    public func collect(_ paths: [String], readStandardInput: () -> [UInt8]) -> (inputs: [DocumentInput], skipped: [DocumentWalker.Skipped]) {
        withoutActuallyEscaping(readStandardInput) { read in
            let stream = stream(paths, readStandardInput: read)
            return (stream.map(\.input), stream.skipped)
        }
    }
}
