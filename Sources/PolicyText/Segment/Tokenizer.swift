import Foundation

/// Cuts Chinese (and mixed) text into words, numbers, punctuation, Latin words, URLs and formulas.
///
/// How it works:
/// 1. ICU's word break iterator (`ubrk`, locale `zh`, with ICU's Chinese dictionary) gives the base boundaries.
/// 2. Units are scanned on top and kept whole whatever ICU says: numbers with their unit or percent
///    (`5.5%`, `1.5万亿元`, `12万人`, `2023—2026年`, `二〇三五年`), Latin words, URLs and e-mail addresses, dash and
///    ellipsis runs; formulas such as `1+14`, `8+4`, `1+N`, `转型+增效` are joined last.
/// 3. Each run of Han words is re-cut: ICU words that join a particle, the copula, an adverb or a numeral and
///    classifier are split (新的 → 新 的); Han numerals, ordinals (第三十), transliterated names (克林顿), person
///    names, suffixed words (现代化, 委员会) and place names (水心村) are joined; then a best route over the pieces
///    and every lexicon word found in the run picks the fewest words, preferring lexicon words
///    (制造业, 招商引资, 放管服, 专精特新, 营商环境 …). The rules' character classes are data
///    (`Resources/lexicon-rules.txt`), as are the lexicons (jieba format, see `Lexicon`).
///
/// A `Tokenizer` is an immutable value, `Sendable`, and safe to use from many tasks at once: each call borrows its
/// own ICU break iterator from a pool. Offsets are Unicode-scalar offsets into the text given.
public struct Tokenizer: Sendable {
    /// Tuning knobs.
    public struct Options: Sendable, Equatable {
        /// Texts longer than this many scalars are cut at line and sentence ends and tokenized on several
        /// threads at once. Tokens never cross such a cut.
        public var parallelThreshold: Int = 1 << 18
        /// The most threads one call uses; 0 means as many as there are active processors.
        public var maximumConcurrency: Int = 0

        public init() {}
    }

    let trie: LexiconTrie
    let rules: CompiledRules
    let pool: BreakerPool
    /// The options this tokenizer was made with.
    public let options: Options
    /// The number of distinct words in the lexicons this tokenizer uses.
    public var lexiconWordCount: Int { trie.count }

    /// A tokenizer with the given lexicons (merged; a later lexicon's entry wins) and rules.
    public init(lexicons: [Lexicon], rules: SegmentRules, options: Options = Options()) {
        var words: [([UInt32], Int)] = []
        for lexicon in lexicons {
            for entry in lexicon.entries {
                let scalars = entry.word.unicodeScalars.map(\.value)
                // Only Han words take part in re-cutting Han runs; other entries cannot match there.
                guard scalars.count >= 2, scalars.allSatisfy({ ScalarClass.of($0) == .han }) else { continue }
                words.append((scalars, entry.frequency ?? 1))
            }
        }
        self.trie = LexiconTrie(words)
        self.rules = rules.compiled()
        self.pool = BreakerPool(locale: "zh")
        self.options = options
    }

    /// A tokenizer with the built-in lexicon and rules, plus `userLexicons` (e.g. jieba `userdict.txt` files).
    public init(userLexicons: [Lexicon] = [], options: Options = Options()) throws(DataFile.LoadError) {
        self.init(lexicons: [try Lexicon.builtIn()] + userLexicons, rules: try SegmentRules.builtIn(), options: options)
    }

    /// The tokens of `text`, white space included (kind `.space`).
    public func tokenize(_ text: String) -> [Token] {
        let scalars = text.unicodeScalars.map(\.value)
        return scalars.withUnsafeBufferPointer { tokens(of: $0) }
    }

    /// The tokens of a scalar array (e.g. `NormalizedText.scalars`), white space included.
    public func tokenize(scalars: [Unicode.Scalar]) -> [Token] {
        let values = scalars.map(\.value)
        return values.withUnsafeBufferPointer { tokens(of: $0) }
    }

    /// Calls `body` with each token of `text` and its range in `text`, in order, until `body` returns false.
    ///
    /// The NaturalLanguage-style iteration: ranges are `String.Index` ranges into `text`, the token's own
    /// `start`/`end` are scalar offsets into `text`.
    public func enumerateTokens(in text: String, using body: (Token, Range<String.Index>) throws -> Bool) rethrows {
        let scalarView = text.unicodeScalars
        let values = scalarView.map(\.value)
        let found = values.withUnsafeBufferPointer { pieces(of: $0) }
        var index = scalarView.startIndex
        var offset = 0
        try values.withUnsafeBufferPointer { s in
            for piece in found {
                let start = index
                scalarView.formIndex(&index, offsetBy: piece.end - offset)
                offset = piece.end
                let token = Token(text: Self.string(s, piece.start, piece.end), start: piece.start, end: piece.end,
                                  kind: piece.kind)
                if try !body(token, start..<index) { return }
            }
        }
    }

    /// The words of `text` separated by single spaces, one output line per input line (white space dropped):
    /// the `--format spaced` output of `policytext segment` and the input format of the SIGHAN scorer.
    public func spacedLines(_ text: String) -> String {
        let values = text.unicodeScalars.map(\.value)
        return values.withUnsafeBufferPointer { s -> String in
            let found = pieces(of: s)
            var out = String.UnicodeScalarView()
            out.reserveCapacity(s.count + s.count / 2)
            var lineHasWord = false
            for piece in found {
                if piece.kind == .space {
                    // Keep the line structure: one newline per line break inside the white space.
                    for i in piece.start..<piece.end where Self.isLineBreak(s, i) {
                        out.append("\n")
                        lineHasWord = false
                    }
                    continue
                }
                if lineHasWord { out.append(" ") }
                for i in piece.start..<piece.end { out.append(Unicode.Scalar(s[i]) ?? "\u{FFFD}") }
                lineHasWord = true
            }
            return String(out)
        }
    }

    // MARK: - Building tokens

    func tokens(of s: UnsafeBufferPointer<UInt32>) -> [Token] {
        pieces(of: s).map { Token(text: Self.string(s, $0.start, $0.end), start: $0.start, end: $0.end, kind: $0.kind) }
    }

    /// `\n`, `\r` (not followed by `\n`), and the Unicode line and paragraph separators end a line.
    static func isLineBreak(_ s: UnsafeBufferPointer<UInt32>, _ i: Int) -> Bool {
        switch s[i] {
        case 0x0A, 0x0B, 0x0C, 0x85, 0x2028, 0x2029: return true
        case 0x0D: return i + 1 >= s.count || s[i + 1] != 0x0A
        default: return false
        }
    }

    /// A String from scalar values known to be valid scalars.
    static func string(_ s: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> String {
        var utf8Count = 0
        for i in start..<end {
            let v = s[i]
            utf8Count += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: utf8Count) { buffer in
            var j = 0
            for i in start..<end {
                let v = s[i]
                if v < 0x80 {
                    buffer[j] = UInt8(v)
                    j += 1
                } else if v < 0x800 {
                    buffer[j] = UInt8(0xC0 | v >> 6)
                    buffer[j + 1] = UInt8(0x80 | v & 0x3F)
                    j += 2
                } else if v < 0x10000 {
                    buffer[j] = UInt8(0xE0 | v >> 12)
                    buffer[j + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[j + 2] = UInt8(0x80 | v & 0x3F)
                    j += 3
                } else {
                    buffer[j] = UInt8(0xF0 | v >> 18)
                    buffer[j + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    buffer[j + 2] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[j + 3] = UInt8(0x80 | v & 0x3F)
                    j += 4
                }
            }
            return j
        }
    }
}

/// A token before its text is materialized: offsets into the scalars and a kind.
struct Piece: Equatable {
    var start: Int
    var end: Int
    var kind: Token.Kind
}
