import Foundation

/// A data file the library ships under `Resources/` (lexicons, slogan lists, cue words, rules) or that a user
/// supplies, read as numbered lines so that every load error names the file and the line.
public struct DataFile: Sendable {
    /// An error in a data file, pointing at its line (1-based; 0 when the file itself is missing or unreadable).
    public struct LoadError: Error, Sendable, Equatable, CustomStringConvertible {
        public let file: String
        public let line: Int
        public let message: String

        public init(file: String, line: Int, message: String) {
            self.file = file
            self.line = line
            self.message = message
        }

        public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
    }

    /// A line of content: not blank, not a `#` comment; trimmed of surrounding white space.
    public struct Line: Sendable {
        public let number: Int
        public let text: String
    }

    public let name: String
    public let contents: String

    /// Reads a file from disk.
    public init(path: String) throws(LoadError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(file: path, line: 0, message: "cannot read file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LoadError(file: path, line: 0, message: "not UTF-8 text")
        }
        self.init(name: path, contents: text)
    }

    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }

    /// A file bundled under `Sources/PolicyText/Resources/`, e.g. `DataFile(resource: "slogans.jsonl")`.
    public init(resource: String) throws(LoadError) {
        // SwiftPM copies the `Resources` folder into the bundle; depending on the platform's Bundle, the bundle's
        // resource URL is the bundle itself or that folder.
        let candidates = [
            Bundle.module.resourceURL?.appendingPathComponent(resource),
            Bundle.module.resourceURL?.appendingPathComponent("Resources").appendingPathComponent(resource),
            Bundle.module.bundleURL.appendingPathComponent("Resources").appendingPathComponent(resource),
        ]
        for case let url? in candidates {
            if let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) {
                self.init(name: "Resources/\(resource)", contents: text)
                return
            }
        }
        throw LoadError(file: "Resources/\(resource)", line: 0, message: "bundled resource missing or not UTF-8")
    }

    /// Content lines (blank lines and `#` comments skipped), numbered as in the file.
    public var lines: [Line] {
        var result: [Line] = []
        var number = 0
        contents.enumerateLines { raw, _ in
            number += 1
            let text = raw.trimmingCharacters(in: .whitespaces)
            if text.isEmpty || text.hasPrefix("#") { return }
            result.append(Line(number: number, text: text))
        }
        return result
    }

    /// An error at `line` of this file.
    public func error(_ line: Line, _ message: String) -> LoadError {
        LoadError(file: name, line: line.number, message: message)
    }

    /// Decodes each content line as one JSON object (JSONL), with line-numbered errors.
    public func decodeJSONLines<T: Decodable>(_ type: T.Type) throws(LoadError) -> [(line: Line, value: T)] {
        let decoder = JSONDecoder()
        var result: [(line: Line, value: T)] = []
        for line in lines {
            do {
                result.append((line, try decoder.decode(T.self, from: Data(line.text.utf8))))
            } catch {
                throw self.error(line, "invalid JSON line: \(Self.describe(error))")
            }
        }
        return result
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "missing field \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"
        case DecodingError.dataCorrupted(let context): context.debugDescription
        default: "\(error)"
        }
    }
}
