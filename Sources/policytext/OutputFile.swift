import ArgumentParser
import Foundation

/// Where a command writes: standard output, or a file written atomically (a temporary file renamed over the
/// target at the end, so a reader never sees half a file).
final class OutputFile {
    private let handle: FileHandle
    private let finalPath: String?
    private let temporaryPath: String?
    private var buffer = Data()

    /// Standard output.
    init() {
        handle = .standardOutput
        finalPath = nil
        temporaryPath = nil
    }

    /// `path`, written through a temporary file beside it; with `appendingTo` existing content is kept first.
    init(path: String, keepExisting: Bool) throws {
        let temporary = path + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
        if keepExisting, FileManager.default.fileExists(atPath: path) {
            try FileManager.default.copyItem(atPath: path, toPath: temporary)
        } else {
            guard FileManager.default.createFile(atPath: temporary, contents: nil) else {
                throw ValidationError("cannot create \(temporary)")
            }
        }
        guard let handle = FileHandle(forWritingAtPath: temporary) else {
            throw ValidationError("cannot write \(temporary)")
        }
        handle.seekToEndOfFile()
        self.handle = handle
        finalPath = path
        temporaryPath = temporary
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and, for a file, renames the temporary file into place.
    func finish() throws {
        flush()
        guard let finalPath, let temporaryPath else { return }
        try handle.close()
        if rename(temporaryPath, finalPath) != 0 {
            throw ValidationError("cannot rename \(temporaryPath) to \(finalPath): \(String(cString: strerror(errno)))")
        }
    }
}
