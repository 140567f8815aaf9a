#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a `.jsonl` corpus file a chunk at a time and yields its records one by one, so a file of any size is read
/// in bounded memory: one chunk, plus the line being put together when it straddles chunks (at most
/// `corpus.maxRecordBytes`; a longer line is counted to its end without being kept, and becomes an error record).
///
/// It gives the same records as `JSONLCorpus.records(in:displayPath:)` over the whole file (both go through
/// `JSONLCorpus.record(line:number:displayPath:)`). A file that cannot be opened gives one error record whose id is
/// the display path; a read error midway gives an error record for the line it hit and ends the file.
public final class JSONLReader: IteratorProtocol, Sequence {
    public let path: String
    public let displayPath: String
    public let corpus: JSONLCorpus
    /// Bytes of the file consumed so far: through the line of the last record returned, or to the end.
    public private(set) var bytesRead = 0

    private enum State { case unopened, reading, atEnd, done }
    private var state = State.unopened
    private var fd: Int32 = -1
    /// False for a descriptor the caller opened (standard input): it is left open.
    private var ownsFile = true
    private var chunk: [UInt8]
    private var chunkStart = 0
    private var chunkEnd = 0
    /// The start of the current line when it began in an earlier chunk (empty while it is over the limit).
    private var carried: [UInt8] = []
    /// The current line's length so far, counted also when it is over the limit and not kept.
    private var lineBytes = 0
    private var lineNumber = 0

    /// - Parameter chunkSize: bytes read at a time (1 MB; tests make it small to split records across reads).
    public init(path: String, displayPath: String? = nil, corpus: JSONLCorpus = JSONLCorpus(), chunkSize: Int = 1 << 20) {
        self.path = path
        self.displayPath = displayPath ?? path
        self.corpus = corpus
        chunk = [UInt8](repeating: 0, count: Swift.max(1, chunkSize))
    }

    /// Reads an already open descriptor, e.g. standard input (`zcat corpus.jsonl.gz | policytext extract -
    /// --stdin-jsonl`); records without an id are named `displayPath#L<line>`. The descriptor is not closed.
    public init(fileDescriptor: Int32, displayPath: String, corpus: JSONLCorpus = JSONLCorpus(), chunkSize: Int = 1 << 20) {
        self.path = displayPath
        self.displayPath = displayPath
        self.corpus = corpus
        chunk = [UInt8](repeating: 0, count: Swift.max(1, chunkSize))
        fd = fileDescriptor
        ownsFile = false
        state = .reading
    }

    deinit { closeFile() }

    public func next() -> JSONLCorpus.Record? {
        while true {
            switch state {
            case .done:
                return nil
            case .unopened:
                do {
                    fd = try DocumentReader.openRegularFile(path: path).fd
                    state = .reading
                } catch {
                    state = .done
                    return JSONLCorpus.Record(id: displayPath, text: .failure(error))
                }
            case .atEnd:
                // What follows the last line break is a line too (empty, so skipped, when the file ends with one).
                state = .done
                closeFile()
                if let record = endLine(chunkStart..<chunkStart) { return record }
            case .reading:
                if chunkStart == chunkEnd {
                    let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                    if n < 0 {
                        if errno == EINTR { continue }
                        let reason = DocumentReader.errnoMessage()
                        state = .done
                        closeFile()
                        let id = "\(displayPath)#L\(lineNumber + 1)"
                        return JSONLCorpus.Record(id: id, text: .failure(.unreadable(path: id, reason: reason)))
                    }
                    chunkStart = 0
                    chunkEnd = n
                    if n == 0 {
                        state = .atEnd
                        continue
                    }
                }
                let start = chunkStart
                guard let newline = newline(from: start) else {
                    keep(start..<chunkEnd)
                    bytesRead += chunkEnd - start
                    chunkStart = chunkEnd
                    continue
                }
                bytesRead += newline + 1 - start
                chunkStart = newline + 1
                if let record = endLine(start..<newline) { return record }
            }
        }
    }

    /// The index of the next `\n` in the chunk at or after `start`, if any.
    private func newline(from start: Int) -> Int? {
        chunk.withUnsafeBytes { buffer -> Int? in
            guard let base = buffer.baseAddress,
                  let found = memchr(base + start, 0x0A, chunkEnd - start) else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }
    }

    /// Adds part of a line that goes on in the next chunk, or only counts it once the line is over the limit.
    private func keep(_ range: Range<Int>) {
        lineBytes += range.count
        if lineBytes <= corpus.maxRecordBytes {
            carried.append(contentsOf: chunk[range])
        } else if !carried.isEmpty {
            carried = []
        }
    }

    /// Ends the current line with `tail` (the part of it in this chunk) and returns its record (nil: blank).
    private func endLine(_ tail: Range<Int>) -> JSONLCorpus.Record? {
        lineNumber += 1
        let total = lineBytes + tail.count
        defer {
            lineBytes = 0
            carried.removeAll(keepingCapacity: carried.capacity <= chunk.count)
        }
        if total > corpus.maxRecordBytes {
            return corpus.oversized(number: lineNumber, bytes: total, displayPath: displayPath)
        }
        if lineBytes == 0 {
            return corpus.record(line: chunk[tail], number: lineNumber, displayPath: displayPath)
        }
        carried.append(contentsOf: chunk[tail])
        return corpus.record(line: carried[...], number: lineNumber, displayPath: displayPath)
    }

    private func closeFile() {
        if fd >= 0, ownsFile { close(fd) }
        fd = -1
    }
}
