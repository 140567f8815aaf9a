/// Cues that mark scraping chrome lines (toolbars, breadcrumbs, share bars, footers), loaded from
/// `Resources/normalize-chrome.txt` (format documented there).
public struct ChromeRules: Sendable {
    enum Kind: UInt8, Sendable { case strong, weak, lead }

    /// What a line is, judged on its own.
    enum LineClass: Sendable, Equatable {
        /// Real text: kept.
        case content
        /// Empty or white space only: kept, and does not interrupt a run of chrome lines.
        case blank
        /// Made of chrome cues: dropped.
        case chrome
        /// Made only of weak cues or separators: dropped when next to a chrome line.
        case weak
    }

    /// Lines longer than this (in scalars, after trimming) are always content.
    public static let maxLineLength = 64

    /// Cues by their first scalar, longest first, so matching allocates nothing.
    private let cues: [UInt32: [(cue: [UInt32], kind: Kind)]]
    private let leads: [[UInt32]]
    /// Whether a BMP scalar starts some cue: most characters of a line are looked up here, not hashed.
    private let startsCue: [Bool]

    /// The bundled rules, loaded once.
    public static let bundled: Result<ChromeRules, DataFile.LoadError> = Result {
        () throws(DataFile.LoadError) in try ChromeRules(DataFile(resource: "normalize-chrome.txt"))
    }

    /// No rules: nothing is chrome.
    public static let none = ChromeRules(cues: [:], leads: [])

    init(cues: [[UInt32]: Kind], leads: [[UInt32]]) {
        var index: [UInt32: [(cue: [UInt32], kind: Kind)]] = [:]
        for (cue, kind) in cues { index[cue[0], default: []].append((cue, kind)) }
        for key in index.keys { index[key]?.sort { $0.cue.count > $1.cue.count } }
        self.cues = index
        self.leads = leads
        var starts = [Bool](repeating: false, count: 0x10000)
        for first in index.keys where first < 0x10000 { starts[Int(first)] = true }
        self.startsCue = starts
    }

    @inline(__always) private func cues(startingWith v: UInt32) -> [(cue: [UInt32], kind: Kind)] {
        if v < 0x10000 && !startsCue[Int(v)] { return [] }
        return cues[v] ?? []
    }

    /// Parses a cue file; every malformed line is reported with its line number.
    public init(_ file: DataFile) throws(DataFile.LoadError) {
        var cues: [[UInt32]: Kind] = [:]
        var leads: [[UInt32]] = []
        for line in file.lines {
            let parts = line.text.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "\t" })
            guard parts.count == 2 else { throw file.error(line, "expected `KIND CUE`, e.g. `strong 打印`") }
            let cue = parts[1].trimmingCharacters(in: .whitespaces).unicodeScalars.map(\.value)
            guard !cue.isEmpty else { throw file.error(line, "empty cue") }
            switch parts[0] {
            case "strong": cues[cue] = .strong
            case "weak": if cues[cue] == nil { cues[cue] = .weak }
            case "lead": leads.append(cue)
            default: throw file.error(line, "unknown kind \"\(parts[0])\"; use strong, weak or lead")
            }
        }
        self.init(cues: cues, leads: leads)
    }

    /// Characters that separate cues on a chrome line; a line of separators alone is weak.
    @inline(__always) static func isSeparator(_ v: UInt32) -> Bool {
        switch v {
        case 0x09, 0x20, 0xA0, 0x3000, 0x7C, 0xFF5C, 0x2F, 0xFF0F, 0x5C, 0xB7, 0x2022, 0x30FB, 0x2D, 0x2014, 0x2013,
            0x3E, 0xFF1E, 0x3C, 0xFF1C, 0x300A, 0x300B, 0x3A, 0xFF1A, 0x3010, 0x3011, 0x5B, 0x5D, 0x300C, 0x300D,
            0x28, 0x29, 0xFF08, 0xFF09, 0x3001, 0x2C, 0xFF0C, 0x3B, 0xFF1B, 0x2E, 0x3002, 0x21, 0xFF01, 0x2A,
            0xD7, 0x7E, 0xFF5E, 0x3D, 0x2190...0x2193, 0xBB, 0xAB, 0x203A, 0x2039, 0x25B6, 0x25B2, 0x25BC:
            true
        default: false
        }
    }

    /// Classifies one line (normalized scalars, without its line break).
    func classify(_ line: ArraySlice<UInt32>) -> LineClass {
        var lo = line.startIndex, hi = line.endIndex
        while lo < hi, Self.isWhitespace(line[lo]) { lo += 1 }
        while hi > lo, Self.isWhitespace(line[hi - 1]) || line[hi - 1] == 0x0D { hi -= 1 }
        if lo == hi { return .blank }
        if hi - lo > Self.maxLineLength { return .content }
        let text = line[lo..<hi]
        for lead in leads where text.starts(with: lead) {
            // The cue must end a word: 承办单位： is a footer, 承办单位应当… is a sentence.
            let after = text.index(text.startIndex, offsetBy: lead.count)
            if after == text.endIndex || Self.isSeparator(text[after]) || Self.isSeparator(lead[lead.count - 1])
                || (0x30...0x39).contains(text[after])
            {
                return .chrome
            }
        }
        if Self.isOpaqueID(text) { return .chrome }
        var strong = 0, weak = 0, residue = 0, meaningful = 0
        var sentence = false
        var i = text.startIndex
        scan: while i < text.endIndex {
            if Self.isSeparator(text[i]) {
                // Sentence punctuation separates cues but, on a line of weak cues, marks text (`。` alone).
                if Self.isSentencePunctuation(text[i]) { sentence = true }
                i += 1
                continue
            }
            for (cue, kind) in cues(startingWith: text[i]) where cue.count <= text.endIndex - i {
                if text[i..<(i + cue.count)].elementsEqual(cue) {
                    meaningful += cue.count
                    if kind == .strong { strong += 1 } else { weak += 1 }
                    i += cue.count
                    continue scan
                }
            }
            residue += 1
            meaningful += 1
            i += 1
            // Too much left over to be chrome (or weak) whatever follows: most lines stop here early.
            if residue * 4 > meaningful + (text.endIndex - i) { return .content }
        }
        if strong > 0 && residue * 4 <= meaningful { return .chrome }
        if residue == 0 && !sentence { return .weak }  // weak cues and/or separators only
        return .content
    }

    /// Sentence punctuation: a line of it alone is the tail of a sentence, not chrome.
    static func isSentencePunctuation(_ v: UInt32) -> Bool {
        switch v {
        case 0x3002, 0xFF0C, 0x3001, 0xFF1B, 0xFF01, 0x21, 0x2C, 0x3B, 0x28, 0x29, 0xFF08, 0xFF09: true
        default: false
        }
    }

    @inline(__always) static func isWhitespace(_ v: UInt32) -> Bool {
        v == 0x20 || v == 0x09 || v == 0x3000 || v == 0xA0 || v == 0x0D
    }

    /// A line that is only a long hexadecimal id, like the `e4c29f…:` keys of related-article lists.
    static func isOpaqueID(_ text: ArraySlice<UInt32>) -> Bool {
        var body = text
        if let last = body.last, last == 0x3A || last == 0xFF1A { body = body.dropLast() }
        guard body.count >= 16 else { return false }
        return body.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) || (0x41...0x46).contains($0) }
    }

    /// Decides which lines are chrome: chrome lines, plus runs of weak lines that touch a chrome line.
    func chromeLines(_ classes: [LineClass]) -> [Bool] {
        var drop = classes.map { $0 == .chrome }
        // Spread into weak lines forwards, then backwards (blank lines do not break a run of chrome).
        func spread(_ order: some Sequence<Int>) {
            var previous = false
            for i in order where classes[i] != .blank {
                if classes[i] == .weak && previous { drop[i] = true }
                previous = drop[i]
            }
        }
        spread(classes.indices)
        spread(classes.indices.reversed())
        return drop
    }
}
