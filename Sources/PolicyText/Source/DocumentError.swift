/// Why a document could not be read. Every case has a message a user can act on; the run goes on.
public enum DocumentError: Error, Sendable, Equatable, CustomStringConvertible {
    case empty
    case binary(kind: String)
    case unreadable(path: String, reason: String)
    case isDirectory(path: String)
    case tooLarge(bytes: Int, limit: Int)
    case icu(String)

    public var description: String {
        switch self {
        case .empty: "empty file: no text to analyse"
        case .binary(let kind): "binary file (\(kind)), not text"
        case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
        case .isDirectory(let path): "\(path) is a directory, not a document"
        case .tooLarge(let bytes, let limit): "file is \(bytes) bytes, over the limit of \(limit) bytes"
        case .icu(let message): "decoding failed: \(message)"
        }
    }
}
