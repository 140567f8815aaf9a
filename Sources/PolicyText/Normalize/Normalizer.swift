/// Cleans decoded text for analysis, keeping an exact map back to the source:
/// Traditional→Simplified (ICU), width folding, pinyin-annotation stripping, scraping-chrome lines, mojibake
/// detection and repair. See `NormalizedText` for the offset map and `Cleanup` for what is counted.
///
/// One linear pass over the scalars with table lookups (`ChineseScript`), then a pass over short lines for chrome
/// and one for mojibake. Thread-safe: tables are built once per process; ICU handles come from pools.
public struct Normalizer: Sendable {
    /// How to treat characters that both scripts use (著, 乾, 於, 後, 俱, 「」…).
    public enum ScriptPolicy: Sendable, Equatable {
        /// Decide per document: Traditional when unambiguous Traditional characters clearly outnumber
        /// Simplified-only ones.
        case detect
        /// Leave shared characters alone; convert only unambiguous Traditional characters.
        case simplified
        /// Convert every line through ICU with its word context (顯著 stays 显著, 著力 becomes 着力).
        case traditional
    }

    public var script: ScriptPolicy
    let chrome: ChromeRules
    let readings: PinyinReadings
    let table: ChineseScript

    static let traditionalPool = TransliteratorPool(id: "Traditional-Simplified")

    public init(script: ScriptPolicy = .detect) {
        self.init(script: script, chrome: (try? ChromeRules.bundled.get()) ?? .none)
    }

    /// A normalizer with custom chrome cues (e.g. a user's cue file).
    public init(script: ScriptPolicy = .detect, chrome: ChromeRules) {
        self.script = script
        self.chrome = chrome
        self.readings = PinyinReadings.shared
        self.table = ChineseScript.shared
    }

    public func normalize(_ source: SourceText) -> NormalizedText {
        let src = Self.scalars(of: source.text)
        var cleanup = Cleanup()
        cleanup.invalidBytes = source.invalidBytes
        let traditional = isTraditional(src)
        cleanup.traditionalDocument = traditional
        prefetchReadings(src)

        var out: [Unicode.Scalar] = []
        var offsets: [Int] = []
        out.reserveCapacity(src.count)
        offsets.reserveCapacity(src.count + 1)
        // Each line's range in `out`: content, and content plus its line break.
        var lines: [(start: Int, end: Int, next: Int)] = []

        var lineStart = 0
        while lineStart < src.count {
            var lineEnd = lineStart
            while lineEnd < src.count, src[lineEnd] != "\n", src[lineEnd] != "\r" { lineEnd += 1 }
            let outStart = out.count
            let converted = traditional ? convertThroughICU(src, lineStart..<lineEnd) : nil
            normalizeLine(src, lineStart..<lineEnd, converted, traditional, &out, &offsets, &cleanup)
            let outEnd = out.count
            var next = lineEnd
            if lineEnd < src.count {
                // CRLF and lone CR become one LF; the LF of a CRLF is absorbed by it.
                out.append("\n")
                offsets.append(lineEnd)
                next = src[lineEnd] == "\r" && lineEnd + 1 < src.count && src[lineEnd + 1] == "\n" ? lineEnd + 2 : lineEnd + 1
            }
            lines.append((outStart, outEnd, out.count))
            lineStart = next
        }
        offsets.append(src.count)

        dropChrome(lines, &out, &offsets, &cleanup)
        let runs = findMojibake(src, traditional, &out, &offsets, &cleanup)
        return NormalizedText(source: source, scalars: out, sourceOffsets: offsets, cleanup: cleanup, mojibake: runs)
    }

    /// Traditional when unambiguous Traditional characters are at least 3 and more than twice the
    /// Simplified-only ones (a Simplified document quoting a Traditional name stays Simplified). Counting stops
    /// early once one script leads ten to one over 4,096 telling characters.
    func isTraditional(_ src: [Unicode.Scalar]) -> Bool {
        switch script {
        case .simplified: return false
        case .traditional: return true
        case .detect: break
        }
        var traditional = 0, simplified = 0
        table.flags.withUnsafeBufferPointer { flags in
            src.withUnsafeBufferPointer { scalars in
                for s in scalars where s.value >= 0x3400 && s.value < 0x10000 {
                    let f = flags[Int(s.value)]
                    if f.contains(.traditional) { traditional += 1 } else if f.contains(.simplified) { simplified += 1 }
                    // Once one script leads ten to one over thousands of characters, the rest cannot turn it.
                    if traditional + simplified >= 4096
                        && (traditional > 10 * simplified || simplified > 10 * traditional)
                    {
                        break
                    }
                }
            }
        }
        return traditional >= 3 && traditional > 2 * simplified
    }

    /// The scalars of a string in one pass over its UTF-8 (counted first, so the array is allocated once).
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { utf8 in
            var count = 0
            for byte in utf8 where byte & 0xC0 != 0x80 { count += 1 }
            return [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
                var i = 0, n = 0
                while i < utf8.count, n < count {
                    let b0 = UInt32(utf8[i])
                    var v: UInt32
                    var length: Int
                    if b0 < 0x80 {
                        v = b0
                        length = 1
                    } else if b0 < 0xE0 {
                        v = b0 & 0x1F
                        length = 2
                    } else if b0 < 0xF0 {
                        v = b0 & 0x0F
                        length = 3
                    } else {
                        v = b0 & 0x07
                        length = 4
                    }
                    // A Swift String is valid UTF-8, so the continuation bytes are there.
                    for k in 1..<length where i + k < utf8.count { v = v << 6 | UInt32(utf8[i + k] & 0x3F) }
                    buffer[n] = Unicode.Scalar(v) ?? "\u{FFFD}"
                    n += 1
                    i += length
                }
                initialized = n
            }
        }
    }

    /// Longest piece of a line sent to ICU in one call (a 50 MB file without line breaks must not make ICU
    /// allocate a buffer four times its size).
    static let icuChunk = 4096

    /// ICU's conversion of one line with its word context, or nil when the line has nothing to convert or ICU
    /// fails. ICU's rules map one character to one, so position `i` of the result belongs to source `i`.
    /// Long lines go in pieces cut after a non-Han character, so no word rule is cut in two.
    func convertThroughICU(_ src: [Unicode.Scalar], _ range: Range<Int>) -> [Unicode.Scalar]? {
        var needed = false
        for i in range {
            let v = src[i].value
            if v < 0x10000, !table.flags[Int(v)].isDisjoint(with: [.traditional, .ambiguous]) {
                needed = true
                break
            }
        }
        guard needed else { return nil }
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(range.count)
        var start = range.lowerBound
        while start < range.upperBound {
            var end = min(range.upperBound, start + Self.icuChunk)
            if end < range.upperBound {
                var cut = end
                while cut > start + Self.icuChunk / 2, table.flags(src[cut - 1].value).contains(.han) { cut -= 1 }
                if cut > start + Self.icuChunk / 2 { end = cut }
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: src[start..<end])
            let piece = String(view)
            let converted = Self.traditionalPool.with { t in try? t.transliterate(piece) }
            guard let text = converted ?? nil else { return nil }
            let scalars = Array(text.unicodeScalars)
            guard scalars.count == end - start else { return nil }
            result.append(contentsOf: scalars)
            start = end
        }
        return result
    }

    /// Appends one line's normalized scalars and their source offsets.
    func normalizeLine(
        _ src: [Unicode.Scalar], _ range: Range<Int>, _ converted: [Unicode.Scalar]?, _ traditional: Bool,
        _ out: inout [Unicode.Scalar], _ offsets: inout [Int], _ cleanup: inout Cleanup
    ) {
        let convertMask: ChineseScript.Flags = traditional ? [.traditional, .ambiguous] : [.traditional]
        var i = range.lowerBound
        while i < range.upperBound {
            let s = src[i]
            var v = s.value
            if v < 0x80 {
                // ASCII fast path: only `(` can start something to remove.
                if v == 0x28, let end = annotationEnd(src, open: i, table: table), end <= range.upperBound {
                    cleanup.pinyinAnnotationsRemoved += 1
                    i = end
                    continue
                }
                out.append(s)
                offsets.append(i)
                i += 1
                continue
            }
            if Self.isInvisible(v) {
                cleanup.invisibleCharactersRemoved += 1
                i += 1
                continue
            }
            if v == 0xFF08, let end = annotationEnd(src, open: i, table: table), end <= range.upperBound {
                cleanup.pinyinAnnotationsRemoved += 1
                i = end
                continue
            }
            if v < 0x10000 {
                let f = table.flags[Int(v)]
                if f.contains(.compatibility) {
                    v = table.simplified(v)
                    cleanup.compatibilityIdeographsFolded += 1
                } else if let converted, converted[i - range.lowerBound] != s {
                    // ICU in context: count what it really changed (沈 → 沉 in 沈重, nothing in 顯著's 著).
                    v = converted[i - range.lowerBound].value
                    cleanup.traditionalConverted += 1
                } else if converted == nil && !f.isDisjoint(with: convertMask) {
                    v = table.simplified(v)
                    cleanup.traditionalConverted += 1
                } else if let folded = Self.foldWidth(v, src, i, range) {
                    v = folded
                    cleanup.widthFolded += 1
                }
            }
            out.append(Unicode.Scalar(v) ?? s)
            offsets.append(i)
            i += 1
        }
    }

    /// Zero-width space, zero-width no-break space (a BOM inside text), word joiner, soft hyphen.
    @inline(__always) static func isInvisible(_ v: UInt32) -> Bool {
        v == 0x200B || v == 0xFEFF || v == 0x2060 || v == 0x00AD
    }

    /// Full-width digits, Latin letters, ％ ＋ －, ideographic and no-break spaces to ASCII; a full-width full stop
    /// next to a digit (`５．５％`, `1．坚持`) to `.`. Chinese punctuation (，。、；：“”（）！？) stays.
    @inline(__always) static func foldWidth(_ v: UInt32, _ src: [Unicode.Scalar], _ i: Int, _ range: Range<Int>)
        -> UInt32?
    {
        switch v {
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A, 0xFF05, 0xFF0B, 0xFF0D: return v - 0xFEE0
        case 0x3000, 0x00A0: return 0x20
        case 0xFF0E:
            let before = i > range.lowerBound && isDigit(src[i - 1].value)
            let after = i + 1 < range.upperBound && isDigit(src[i + 1].value)
            return before || after ? 0x2E : nil
        default: return nil
        }
    }

    @inline(__always) static func isDigit(_ v: UInt32) -> Bool { (0x30...0x39).contains(v) || (0xFF10...0xFF19).contains(v) }
}
