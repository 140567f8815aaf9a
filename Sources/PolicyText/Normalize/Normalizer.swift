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
        let src = Array(source.text.unicodeScalars)
        var cleanup = Cleanup()
        cleanup.invalidBytes = source.invalidBytes
        let traditional = isTraditional(src)
        cleanup.traditionalDocument = traditional

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
    /// Simplified-only ones (a Simplified document quoting a Traditional name stays Simplified).
    func isTraditional(_ src: [Unicode.Scalar]) -> Bool {
        switch script {
        case .simplified: return false
        case .traditional: return true
        case .detect: break
        }
        var traditional = 0, simplified = 0
        for s in src where s.value >= 0x3400 && s.value < 0x10000 {
            let f = table.flags[Int(s.value)]
            if f.contains(.traditional) { traditional += 1 } else if f.contains(.simplified) { simplified += 1 }
        }
        return traditional >= 3 && traditional > 2 * simplified
    }

    /// ICU's conversion of one line with its word context, or nil when the line has nothing to convert or ICU
    /// fails. ICU's rules map one character to one, so position `i` of the result belongs to source `i`.
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
        var view = String.UnicodeScalarView()
        view.append(contentsOf: src[range])
        let line = String(view)
        let result = Self.traditionalPool.with { t in try? t.transliterate(line) }
        guard let text = result ?? nil else { return nil }
        let scalars = Array(text.unicodeScalars)
        return scalars.count == range.count ? scalars : nil
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
