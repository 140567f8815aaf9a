#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file's bytes with the errors a user can act on: missing, unreadable, a directory, too large.
public struct DocumentReader: Sendable {
    /// Files larger than this are refused (default 256 MB).
    public var maxBytes: Int

    public init(maxBytes: Int = 256 << 20) {
        self.maxBytes = maxBytes
    }

    public func read(path: String) throws(DocumentError) -> [UInt8] {
        let (fd, expected) = try Self.openRegularFile(path: path)
        defer { close(fd) }
        if expected > maxBytes { throw .tooLarge(bytes: expected, limit: maxBytes) }
        // Read until EOF rather than trusting st_size: the file may grow or shrink while we read it.
        var bytes = [UInt8](repeating: 0, count: max(expected, 0) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                if bytes.count > maxBytes { throw .tooLarge(bytes: bytes.count, limit: maxBytes) }
                bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 65536)))
            }
            let n = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: Self.errnoMessage())
            }
            if n == 0 { break }
            filled += n
        }
        if filled > maxBytes { throw .tooLarge(bytes: filled, limit: maxBytes) }
        bytes.removeSubrange(filled...)
        return bytes
    }

    /// Opens `path` for reading when it is a regular file, with the errors `read(path:)` gives (missing,
    /// unreadable, a directory, a pipe or device); returns the descriptor, which the caller closes, and the size.
    static func openRegularFile(path: String) throws(DocumentError) -> (fd: Int32, size: Int) {
        // O_NONBLOCK: opening a named pipe would otherwise wait for a writer forever.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 { throw .unreadable(path: path, reason: errnoMessage()) }
        var info = stat()
        if fstat(fd, &info) != 0 {
            let reason = errnoMessage()
            close(fd)
            throw .unreadable(path: path, reason: reason)
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
            return (fd, Int(info.st_size))
        case S_IFDIR:
            close(fd)
            throw .isDirectory(path: path)
        default:
            close(fd)
            throw .unreadable(path: path, reason: "not a regular file (a pipe, socket or device)")
        }
    }

    static func errnoMessage() -> String {
        String(cString: strerror(errno))
    }
}
