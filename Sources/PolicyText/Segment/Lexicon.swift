/// A word list in jieba's dictionary format: one `word [freq] [tag]` per line (a tag may come without a
/// frequency), so that jieba users' `userdict.txt` files work unchanged. Blank lines and `#` comments are skipped.
///
/// The tokenizer keeps lexicon words whole and prefers them over ICU's boundaries (see `Tokenizer`).
public struct Lexicon: Sendable {
    /// One word of a lexicon.
    public struct Entry: Sendable, Equatable, Hashable {
        public var word: String
        /// The frequency given in the file, if any.
        public var frequency: Int?
        /// The tag given in the file (a part of speech in jieba's files), if any.
        public var tag: String?

        public init(word: String, frequency: Int? = nil, tag: String? = nil) {
            self.word = word
            self.frequency = frequency
            self.tag = tag
        }
    }

    /// Where the words came from (a path or `Resources/…`).
    public let name: String
    /// The words, in file order (a word listed twice keeps its last line).
    public private(set) var entries: [Entry]
    private var index: [String: Int]

    /// A lexicon of the given entries.
    public init(name: String, entries: [Entry]) {
        self.name = name
        self.entries = []
        self.index = [:]
        for entry in entries { add(entry) }
    }

    /// Parses a lexicon file; errors name the file and the line.
    public init(_ file: DataFile) throws(DataFile.LoadError) {
        self.init(name: file.name, entries: [])
        for line in Self.contentLines(file) {
            let fields = line.text.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard let first = fields.first else { continue }
            var entry = Entry(word: String(first))
            switch fields.count {
            case 1: break
            case 2:
                if let f = Self.frequency(fields[1]) { entry.frequency = f } else { entry.tag = String(fields[1]) }
            case 3:
                guard let f = Self.frequency(fields[1]) else {
                    throw file.error(line, "frequency \"\(fields[1])\" is not a non-negative whole number")
                }
                entry.frequency = f
                entry.tag = String(fields[2])
            default:
                throw file.error(line, "expected `word [freq] [tag]`, found \(fields.count) fields")
            }
            if entry.word.unicodeScalars.contains(where: { ScalarClass.of($0.value) == .control }) {
                throw file.error(line, "word contains a control character")
            }
            add(entry)
        }
    }

    /// Reads a lexicon file from disk (UTF-8, jieba format).
    public init(contentsOf path: String) throws(DataFile.LoadError) {
        try self.init(DataFile(path: path))
    }

    /// The built-in lexicon: the hand-curated policy vocabulary (`lexicon-curated.txt`) and the words learned from
    /// the project's corpus (`lexicon-learned.txt`). Loaded once.
    public static func builtIn() throws(DataFile.LoadError) -> Lexicon { try cachedBuiltIn.get() }

    private static let cachedBuiltIn: Result<Lexicon, DataFile.LoadError> = {
        do throws(DataFile.LoadError) {
            let curated = try Lexicon(DataFile(resource: "lexicon-curated.txt"))
            let learned = try Lexicon(DataFile(resource: "lexicon-learned.txt"))
            return .success(Lexicon(name: "built-in", merging: [learned, curated]))
        } catch {
            return .failure(error)
        }
    }()

    /// The union of `lexicons`; for a word in several, the later lexicon's entry wins.
    public init(name: String, merging lexicons: [Lexicon]) {
        self.init(name: name, entries: [])
        for lexicon in lexicons { for entry in lexicon.entries { add(entry) } }
    }

    /// The number of words.
    public var count: Int { entries.count }

    /// Whether `word` is in the lexicon.
    public func contains(_ word: String) -> Bool { index[word] != nil }

    /// The entry for `word`, if any.
    public subscript(word: String) -> Entry? { index[word].map { entries[$0] } }

    /// The lexicon as jieba-format lines (`word freq tag`, or fewer fields when absent).
    public func formatted() -> String {
        var out = ""
        for entry in entries {
            out += entry.word
            if let f = entry.frequency { out += " \(f)" }
            if let t = entry.tag { out += " \(t)" }
            out += "\n"
        }
        return out
    }

    private mutating func add(_ entry: Entry) {
        if let i = index[entry.word] {
            entries[i] = entry
        } else {
            index[entry.word] = entries.count
            entries.append(entry)
        }
    }

    /// `file.lines` without Foundation's line machinery (a built-in lexicon has tens of thousands of lines and is
    /// loaded at every start): lines split at LF (a CR before it dropped), trimmed, blank and `#` lines skipped.
    static func contentLines(_ file: DataFile) -> [DataFile.Line] {
        var result: [DataFile.Line] = []
        var number = 0
        for raw in file.contents.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            guard let text = String(raw)?.trimmingWhitespace(), !text.isEmpty, !text.hasPrefix("#") else { continue }
            result.append(DataFile.Line(number: number, text: text))
        }
        return result
    }

    private static func frequency(_ field: Substring) -> Int? {
        guard !field.isEmpty, field.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(field) ?? Int.max  // a huge count is still a count
    }
}

extension String {
    /// The string without leading and trailing white space (Unicode `White_Space`, which includes CR).
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        if first == scalars.startIndex, last == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[first...last])
    }
}
