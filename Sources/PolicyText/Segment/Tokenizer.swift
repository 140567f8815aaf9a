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
        public var parallelThreshold: Int = 1 << 16
        /// The most threads one call uses; 0 means as many as there are active processors.
        public var maximumConcurrency: Int = 0
        /// Which segmentation standard to follow where the two big ones disagree.
        public var convention: Convention = .pku
        /// Learn new words from the text itself before cutting it (`adapted(to:)`): names and terms that recur in
        /// a document stay whole. Costs a pass of `LexiconLearner` over the text.
        public var discoverNewWords = false

        public init() {}
    }

    /// Segmentation standards. They agree on most words and differ on a few systematic points.
    public enum Convention: String, Sendable, Equatable, CaseIterable {
        /// Peking University's (the SIGHAN PKU corpus, People's Daily): a person's surname apart from the given
        /// name (江 泽民), the copula and numeral + classifier as words of their own (这 是, 一 种).
        case pku
        /// Microsoft Research Asia's (the SIGHAN MSR corpus): names whole (江泽民), 这是, 一种, 两个 whole.
        case msr
    }

    let trie: LexiconTrie
    let rules: CompiledRules
    let pool: BreakerPool
    let lexicons: [Lexicon]
    let userLexicons: [Lexicon]
    let sourceRules: SegmentRules
    /// Whether lexicon words may start inside a piece (only user lexicons need it).
    let crossesPieces: Bool
    /// The options this tokenizer was made with.
    public let options: Options
    /// The number of distinct words in the lexicons this tokenizer uses.
    public var lexiconWordCount: Int { trie.count }

    /// A tokenizer with the given lexicons and rules.
    ///
    /// `userLexicons` outrank `lexicons`: where user words cut a stretch into two words and a built-in word
    /// covers it whole, the user's cut wins, so a user lexicon sets the granularity (as a bakeoff training word
    /// list does).
    public init(lexicons: [Lexicon], userLexicons: [Lexicon] = [], rules: SegmentRules, options: Options = Options()) {
        self.init(lexicons: lexicons, userLexicons: userLexicons, rules: rules, options: options,
                  pool: BreakerPool(locale: "zh"))
    }

    init(lexicons: [Lexicon], userLexicons: [Lexicon], rules: SegmentRules, options: Options, pool: BreakerPool) {
        var words: [([UInt32], Int)] = []
        for (weight, group) in [(LexiconWeight.builtIn, lexicons), (LexiconWeight.user, userLexicons)] {
            for lexicon in group {
                for entry in lexicon.entries {
                    let scalars = entry.word.unicodeScalars.map(\.value)
                    // Only Han words take part in re-cutting Han runs; other entries cannot match there.
                    // Single characters count only from user lexicons (a word list that lists 下 as a word
                    // means 条件下 is two words).
                    guard scalars.count >= (weight == LexiconWeight.user ? 1 : 2),
                        scalars.allSatisfy({ ScalarClass.of($0) == .han })
                    else { continue }
                    words.append((scalars, Int(weight)))
                }
            }
        }
        self.trie = LexiconTrie(words)
        self.rules = rules.compiled()
        self.pool = pool
        self.options = options
        self.lexicons = lexicons
        self.userLexicons = userLexicons
        self.sourceRules = rules
        self.crossesPieces = !userLexicons.isEmpty
    }

    /// This tokenizer plus the new words `LexiconLearner` finds in `texts` (with `LexiconLearner.Options.document`
    /// thresholds): document-level new-word discovery, for names and terms a lexicon cannot know.
    public func adapted(to texts: [String]) -> Tokenizer {
        let learner = LexiconLearner(options: .document, rules: sourceRules, tokenizer: self)
        let found = learner.learn(texts: texts)
        let discovered = Lexicon(name: "discovered", entries: found.map { Lexicon.Entry(word: $0.word, frequency: $0.frequency) })
        var plain = options
        plain.discoverNewWords = false
        return Tokenizer(lexicons: lexicons + [discovered], userLexicons: userLexicons, rules: sourceRules,
                         options: plain, pool: pool)
    }

    /// The tokenizer to cut `text` with: this one, or adapted to `text` when `discoverNewWords` is set.
    private func forText(_ text: String) -> Tokenizer {
        options.discoverNewWords ? adapted(to: [text]) : self
    }

    /// A tokenizer with the built-in lexicon and rules, plus `userLexicons` (e.g. jieba `userdict.txt` files).
    public init(userLexicons: [Lexicon] = [], options: Options = Options()) throws(DataFile.LoadError) {
        self.init(lexicons: [try Lexicon.builtIn()], userLexicons: userLexicons, rules: try SegmentRules.builtIn(),
                  options: options)
    }

    /// The tokens of `text`, white space included (kind `.space`).
    public func tokenize(_ text: String) -> [Token] {
        if options.discoverNewWords { return forText(text).tokenize(text) }
        let scalars = text.unicodeScalars.map(\.value)
        return scalars.withUnsafeBufferPointer { tokens(of: $0) }
    }

    /// The tokens of a scalar array (e.g. `NormalizedText.scalars`), white space included.
    public func tokenize(scalars: [Unicode.Scalar]) -> [Token] {
        if options.discoverNewWords {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            return forText(String(view)).tokenize(scalars: scalars)
        }
        let values = scalars.map(\.value)
        return values.withUnsafeBufferPointer { tokens(of: $0) }
    }

    /// Calls `body` with each token of `text` and its range in `text`, in order, until `body` returns false.
    ///
    /// The NaturalLanguage-style iteration: ranges are `String.Index` ranges into `text`, the token's own
    /// `start`/`end` are scalar offsets into `text`.
    public func enumerateTokens(in text: String, using body: (Token, Range<String.Index>) throws -> Bool) rethrows {
        if options.discoverNewWords { return try forText(text).enumerateTokens(in: text, using: body) }
        let scalarView = text.unicodeScalars
        let values = scalarView.map(\.value)
        let found = values.withUnsafeBufferPointer { pieceChunks(of: $0) }
        var index = scalarView.startIndex
        var offset = 0
        try values.withUnsafeBufferPointer { s in
            for (base, pieces) in found {
                for piece in pieces {
                    let start = index
                    let end = base + piece.end
                    scalarView.formIndex(&index, offsetBy: end - offset)
                    offset = end
                    let token = Token(text: Self.string(s, base + piece.start, end), start: base + piece.start,
                                      end: end, kind: piece.kind)
                    if try !body(token, start..<index) { return }
                }
            }
        }
    }

    /// The words of `text` separated by single spaces, one output line per input line (white space dropped):
    /// the `--format spaced` output of `policytext segment` and the input format of the SIGHAN scorer.
    /// Long texts are done in chunks, concurrently, without holding all tokens at once.
    public func spacedLines(_ text: String) -> String { String(decoding: spacedLinesUTF8(text), as: UTF8.self) }

    /// `spacedLines` as UTF-8 bytes, ready to write out (saves validating and copying a large result).
    public func spacedLinesUTF8(_ text: String) -> [UInt8] {
        if options.discoverNewWords { return forText(text).spacedLinesUTF8(text) }
        var text = text
        return text.withUTF8 { utf8 -> [UInt8] in
            // Chunks are cut in the UTF-8 and decoded one by one: the whole text is never held as scalars.
            let chunks = Self.byteChunks(utf8, target: 3 * chunkTarget)
            let parts = concurrentMap(chunks) { range in
                let scalars = Self.decodeUTF8(UnsafeBufferPointer(rebasing: utf8[range]))
                return scalars.withUnsafeBufferPointer { spaced($0) }
            }
            var out: [UInt8] = []
            out.reserveCapacity(parts.reduce(0) { $0 + $1.bytes.count + 1 })
            var midLine = false
            for part in parts {
                // A chunk cut at a sentence end continues the line: one space before its first word.
                if midLine, part.startsWithWord { out.append(0x20) }
                out.append(contentsOf: part.bytes)
                midLine = part.endsMidLine || (midLine && part.bytes.isEmpty)
            }
            return out
        }
    }

    private func spaced(_ s: UnsafeBufferPointer<UInt32>) -> (bytes: [UInt8], startsWithWord: Bool, endsMidLine: Bool) {
        let found = pieces(of: s)
        var out: [UInt8] = []
        out.reserveCapacity(s.count * 3 + s.count / 2)
        var lineHasWord = false
        var startsWithWord = false
        for piece in found {
            if piece.kind == .space {
                // Keep the line structure: one newline per line break inside the white space.
                for i in piece.start..<piece.end where Self.isLineBreak(s, i) {
                    out.append(0x0A)
                    lineHasWord = false
                }
                continue
            }
            if out.isEmpty { startsWithWord = true }
            if lineHasWord { out.append(0x20) }
            for i in piece.start..<piece.end { Self.appendUTF8(s[i], to: &out) }
            lineHasWord = true
        }
        return (out, startsWithWord, lineHasWord)
    }

    /// Scalar values of valid UTF-8 (a Swift String's bytes).
    static func decodeUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt32] {
        // One scalar per byte that is not a continuation byte: reserve exactly that (a third of the bytes for
        // Chinese text, instead of one per byte).
        var count = 0
        for b in bytes where b & 0xC0 != 0x80 { count += 1 }
        var out = [UInt32]()
        out.reserveCapacity(count)
        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = UInt32(bytes[i])
            if b0 < 0x80 {
                out.append(b0)
                i += 1
            } else if b0 < 0xE0, i + 1 < n {
                out.append((b0 & 0x1F) << 6 | UInt32(bytes[i + 1]) & 0x3F)
                i += 2
            } else if b0 < 0xF0, i + 2 < n {
                out.append((b0 & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | UInt32(bytes[i + 2]) & 0x3F)
                i += 3
            } else if i + 3 < n {
                out.append((b0 & 0x07) << 18 | (UInt32(bytes[i + 1]) & 0x3F) << 12 | (UInt32(bytes[i + 2]) & 0x3F) << 6
                    | UInt32(bytes[i + 3]) & 0x3F)
                i += 4
            } else {
                out.append(0xFFFD)  // truncated sequence: cannot happen in a String's bytes
                i = n
            }
        }
        return out
    }

    /// Like `chunks` over UTF-8: cuts just after a line feed or, failing that, after 。！？；.
    static func byteChunks(_ b: UnsafeBufferPointer<UInt8>, target: Int) -> [Range<Int>] {
        cutChunks(count: b.count, target: target, canCut: { b[$0] & 0xC0 != 0x80 }) { i in
            if b[i] == 0x0A { return (i + 1, true) }
            // 。 E3 80 82, ！ EF BC 81, ？ EF BC 9F, ； EF BC 9B
            guard i + 2 < b.count else { return nil }
            if b[i] == 0xE3, b[i + 1] == 0x80, b[i + 2] == 0x82 { return (i + 3, false) }
            if b[i] == 0xEF, b[i + 1] == 0xBC, b[i + 2] == 0x81 || b[i + 2] == 0x9F || b[i + 2] == 0x9B {
                return (i + 3, false)
            }
            return nil
        }
    }

    @inline(__always)
    static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | v >> 6))
            out.append(UInt8(0x80 | v & 0x3F))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | v >> 12))
            out.append(UInt8(0x80 | v >> 6 & 0x3F))
            out.append(UInt8(0x80 | v & 0x3F))
        } else {
            out.append(UInt8(0xF0 | v >> 18))
            out.append(UInt8(0x80 | v >> 12 & 0x3F))
            out.append(UInt8(0x80 | v >> 6 & 0x3F))
            out.append(UInt8(0x80 | v & 0x3F))
        }
    }

    // MARK: - Building tokens

    func tokens(of s: UnsafeBufferPointer<UInt32>) -> [Token] {
        var tokens: [Token] = []
        for (base, pieces) in pieceChunks(of: s) {
            tokens.reserveCapacity(tokens.count + pieces.count)
            for p in pieces {
                tokens.append(Token(text: Self.string(s, base + p.start, base + p.end), start: base + p.start,
                                    end: base + p.end, kind: p.kind))
            }
        }
        return tokens
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

/// How much a lexicon's words count in the route (the trie's weight of a word).
enum LexiconWeight {
    static let builtIn: Int32 = 1
    static let user: Int32 = 2
}

/// A token before its text is materialized: offsets into the scalars and a kind (12 bytes: a chunk holds
/// hundreds of thousands).
struct Piece: Equatable {
    private var lo: Int32
    private var hi: Int32
    var kind: Token.Kind

    init(start: Int, end: Int, kind: Token.Kind) {
        lo = Int32(truncatingIfNeeded: start)
        hi = Int32(truncatingIfNeeded: end)
        self.kind = kind
    }

    var start: Int { Int(lo) }
    var end: Int { Int(hi) }
}
