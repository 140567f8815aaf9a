/// Mojibake from GBK bytes decoded one byte out of step.
///
/// How the seed's runs arose: `重中之重。”省委明確提出` is, in GBK, `D6D8 … A1A3 A1B1 CAA1 CEAF C3F7 B45F CCE1`.
/// Read one byte late, the pairs become `A1|A3A1|B1CA|A1CE|AFC3|F7B4|5F`: a lone lead byte (shown as `?`),
/// `！` (width-folded to `!`), `笔`, `∥`, a user-defined cell (lost), `鞔`, and the ASCII trail byte `_`,
/// after which the reading is back in step at `提`. `兩個確?!?、` is `確保”、` the same way (`保” = B1A3 A1B1`
/// read as `B1|A3A1|B1…`). The third run, `鏈?zhǔn)健保七M(jìn)`, is `鏈式”，推進` shifted (`CDC6 DF4D` read as
/// `C6DF|4D` gives `七M`), with pinyin annotations caught in it.
///
/// Detection scores the cues such runs leave, in units of ½: a `?` between Han and more text (4), `!`/`?` next
/// to each other (2), `！` between Han (1), `_` or a lone capital letter between Han (2), GBK symbol-row characters prose does not use
/// (`∥`, kana, box drawing: 2; private-use cells next to Han: 4), stray pinyin with tone marks (2), characters outside
/// GB2312 (2) or in its rarer level 2 (1). Cues at most 3 characters apart on one line form a run; a run scoring
/// 6 or more, with at least one cue that is not a Han character, counts.
///
/// Repair re-encodes the run's source text to GBK and reads it again one byte over. It is done only when that
/// gives plausible text: no `?` or lone ASCII byte inside the run (those stand for lost bytes), a clean decoding,
/// and only common characters and punctuation. The character whose byte was lost stays lost: nothing is invented.
extension Normalizer {
    static let runThreshold = 6
    static let maxCueGap = 3

    func findMojibake(
        _ src: [Unicode.Scalar], _ traditional: Bool, _ out: inout [Unicode.Scalar], _ offsets: inout [Int],
        _ cleanup: inout Cleanup
    ) -> [MojibakeRun] {
        let candidates = detectRuns(out)
        guard !candidates.isEmpty else { return [] }
        var runs: [MojibakeRun] = []
        var repairs: [(range: Range<Int>, scalars: [Unicode.Scalar])] = []
        var converter: ICU.Converter?
        for (n, detected) in candidates.enumerated() {
            if converter == nil { converter = try? ICU.Converter(charset: "GBK") }
            // Repairs may widen the run up to, not into, its neighbours.
            let floor = runs.last?.end ?? 0
            let ceiling = n + 1 < candidates.count ? candidates[n + 1].lowerBound : out.count
            var range = detected
            var repaired: [Unicode.Scalar]?
            if let converter,
                let found = repairWidening(detected, within: floor..<ceiling, src, offsets, traditional, converter)
            {
                range = found.range
                repaired = found.scalars
            }
            let sourceRange = offsets[range.lowerBound]..<offsets[range.upperBound]
            if let repaired { repairs.append((range, repaired)) }
            runs.append(
                MojibakeRun(
                    start: range.lowerBound, end: range.upperBound, sourceStart: sourceRange.lowerBound,
                    sourceEnd: sourceRange.upperBound, original: Self.string(src[sourceRange]), repaired: repaired != nil))
        }
        cleanup.mojibakeSpans = runs.count
        cleanup.mojibakeRepaired = repairs.count
        if !repairs.isEmpty { splice(repairs, &runs, &out, &offsets) }
        return runs
    }

    static func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    // MARK: Detection

    /// Normalized ranges of likely mojibake runs, in order.
    func detectRuns(_ out: [Unicode.Scalar]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var current: (start: Int, end: Int, score: Int, cue: Bool)?
        var lineStart = 0

        func close() {
            if let c = current, c.score >= Self.runThreshold, c.cue { runs.append(c.start..<c.end) }
            current = nil
        }
        func add(_ range: Range<Int>, _ score: Int, cue: Bool) {
            if var c = current, range.lowerBound - c.end <= Self.maxCueGap, range.lowerBound >= lineStart {
                c.end = max(c.end, range.upperBound)
                c.score += score
                c.cue = c.cue || cue
                current = c
            } else {
                close()
                current = (range.lowerBound, range.upperBound, score, cue)
            }
        }
        func value(_ i: Int) -> UInt32 { i >= 0 && i < out.count ? out[i].value : 0x0A }
        func isHan(_ i: Int) -> Bool { table.flags(value(i)).contains(.han) }

        var i = 0
        while i < out.count {
            let v = out[i].value
            if v == 0x0A {
                close()
                lineStart = i + 1
                i += 1
                continue
            }
            if v >= 0x4E00 && v <= 0x9FFF {
                // Common characters are the bulk of the text: one lookup.
                let f = table.flags[Int(v)]
                if !f.contains(.common) { add(i..<(i + 1), f.contains(.level2) ? 1 : 2, cue: false) }
                i += 1
                continue
            }
            switch v {
            case 0x3F:  // ?
                let l = value(i - 1), r = value(i + 1)
                if isHan(i - 1) && !Self.endsPhrase(r) {
                    add(i..<(i + 1), 4, cue: true)
                } else if l == 0x21 || r == 0x21 || l == 0x3F || r == 0x3F {
                    add(i..<(i + 1), 2, cue: true)
                }
            case 0x21:  // !
                let l = value(i - 1), r = value(i + 1)
                if l == 0x3F || r == 0x3F || (isHan(i - 1) && isHan(i + 1)) { add(i..<(i + 1), 2, cue: true) }
            case 0x5F:  // _ : an ASCII trail byte read on its own
                if (isHan(i - 1) || isHan(i + 1)) && value(i - 1) != 0x5F && value(i + 1) != 0x5F {
                    add(i..<(i + 1), 2, cue: true)
                }
            case 0x41...0x5A:  // a lone capital letter between Han: a trail byte read on its own (七M)
                if isHan(i - 1), isHan(i + 1) || value(i + 1) == 0x28, !Self.isASCIIAlnum(value(i + 1)) {
                    add(i..<(i + 1), 2, cue: true)
                }
            case 0xFF01:  // ！ between Han: fine alone, but a shifted `A3A1` where other cues follow
                if isHan(i - 1) && isHan(i + 1) { add(i..<(i + 1), 1, cue: true) }
            case 0xFFFD:
                if isHan(i - 1) || isHan(i + 1) { add(i..<(i + 1), 2, cue: true) }
            case 0xE000...0xF8FF:  // GBK user-defined cells; next to Han only (icon-font glyphs sit alone)
                add(i..<(i + 1), isHan(i - 1) || isHan(i + 1) ? 4 : 1, cue: true)
            default:
                if PinyinReadings.toneless[v] != nil, v >= 0x80 {
                    // Stray pinyin with tone marks next to Han: an annotation torn by the shift.
                    var a = i, b = i + 1
                    while a > 0, Self.isPinyinLetter(value(a - 1)) { a -= 1 }
                    while b < out.count, Self.isPinyinLetter(value(b)) { b += 1 }
                    if value(a - 1) == 0x28 { a -= 1 }
                    if value(b) == 0x29 { b += 1 }
                    if isHan(a - 1) || isHan(a - 2) || isHan(b) || isHan(b + 1) { add(a..<b, 2, cue: true) }
                    i = b
                    continue
                } else if v < 0x10000, table.flags[Int(v)].contains(.oddSymbol) {
                    if isHan(i - 1) || isHan(i + 1) { add(i..<(i + 1), 2, cue: true) }
                } else if v >= 0x3400, v < 0x10000, table.flags[Int(v)].contains(.han),
                    !table.flags[Int(v)].contains(.common)
                {
                    add(i..<(i + 1), table.flags[Int(v)].contains(.level2) ? 1 : 2, cue: false)
                }
            }
            i += 1
        }
        close()
        return runs
    }

    /// After a `?` these make it a question mark: end of line, space, closing quotes and brackets, punctuation.
    static func endsPhrase(_ v: UInt32) -> Bool {
        switch v {
        case 0x0A, 0x0D, 0x20, 0x09, 0x22, 0x27, 0x29, 0x5D, 0x201D, 0x2019, 0x300D, 0x300F, 0xFF09, 0x3011, 0x300B,
            0x3002, 0xFF0C, 0x3001, 0xFF1B, 0xFF1A, 0x3000:
            true
        default: false
        }
    }

    static func isASCIIAlnum(_ v: UInt32) -> Bool {
        (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
    }

    static func isPinyinLetter(_ v: UInt32) -> Bool {
        (0x61...0x7A).contains(v) || (v >= 0x80 && PinyinReadings.toneless[v] != nil)
    }

    // MARK: Repair

    /// Repairs a detected run, widening it to the right up to the ASCII byte where the reading came back in step
    /// (detection may end early, at the last odd character). It is never widened to the left: re-reading one more
    /// character there would pair a byte of correct text with the run's first byte and could make up a character.
    /// Returns the (possibly widened) normalized range.
    func repairWidening(
        _ run: Range<Int>, within bounds: Range<Int>, _ src: [Unicode.Scalar], _ offsets: [Int], _ traditional: Bool,
        _ gbk: ICU.Converter
    ) -> (range: Range<Int>, scalars: [Unicode.Scalar])? {
        let start = offsets[run.lowerBound], end = offsets[run.upperBound]
        let sourceCeiling = offsets[bounds.upperBound]
        var ends = [end]
        if end > start, src[end - 1].value >= 0x80 {
            var e = end
            while e < sourceCeiling, e - end < 16, src[e].value >= 0x80 { e += 1 }
            if e < sourceCeiling, (0x40...0x7E).contains(src[e].value) { ends.insert(e + 1, at: 0) }
        }
        for end in ends {
            guard let scalars = repair(src[start..<end], traditional, gbk) else { continue }
            // Back to normalized indices; the widened edge is plain characters, one scalar each.
            var hi = run.upperBound
            while hi < bounds.upperBound, offsets[hi] < end { hi += 1 }
            guard offsets[hi] == end else { continue }
            return (run.lowerBound..<hi, scalars)
        }
        return nil
    }

    /// The run's text re-read one byte over, normalized, or nil when that is not clean and plausible.
    func repair(_ run: ArraySlice<Unicode.Scalar>, _ traditional: Bool, _ gbk: ICU.Converter) -> [Unicode.Scalar]? {
        // A `?` or U+FFFD stands for lost bytes; an ASCII character can only be the run's last, re-synchronizing
        // byte. Otherwise the bytes cannot be recovered.
        for (k, s) in zip(run.indices, run) {
            if s == "?" || s.value == 0xFFFD || (s.value < 0x80 && k != run.index(before: run.endIndex)) { return nil }
        }
        guard run.count >= 2, let bytes = try? gbk.encode(Self.string(run)), bytes.count >= 3 else { return nil }
        guard let (text, invalid) = try? bytes.dropFirst().withUnsafeBytes({ try gbk.decode($0) }), invalid == 0
        else { return nil }
        let mask: ChineseScript.Flags = traditional ? [.traditional, .ambiguous, .compatibility] : [.traditional, .compatibility]
        var result: [Unicode.Scalar] = []
        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x80 {
                guard Self.isASCIIAlnum(v) || v == 0x20 else { return nil }
                result.append(s)
                continue
            }
            guard v < 0x10000 else { return nil }
            let f = table.flags[Int(v)]
            if f.contains(.han) {
                guard f.contains(.common) else { return nil }
                let mapped = f.isDisjoint(with: mask) ? v : table.simplified(v)
                result.append(Unicode.Scalar(mapped) ?? s)
            } else if Self.plainPunctuation.contains(v) {
                result.append(s)
            } else {
                return nil
            }
        }
        return result.count >= 2 ? result : nil
    }

    /// Punctuation a repaired run may contain: ，。、；：？！“”‘’（）《》—…
    static let plainPunctuation: Set<UInt32> = [
        0xFF0C, 0x3002, 0x3001, 0xFF1B, 0xFF1A, 0xFF1F, 0xFF01, 0x201C, 0x201D, 0x2018, 0x2019, 0xFF08, 0xFF09,
        0x300A, 0x300B, 0x2014, 0x2026,
    ]

    /// Replaces repaired runs in the text; offsets inside a repaired run are spread proportionally over its
    /// source range.
    func splice(
        _ repairs: [(range: Range<Int>, scalars: [Unicode.Scalar])], _ runs: inout [MojibakeRun],
        _ out: inout [Unicode.Scalar], _ offsets: inout [Int]
    ) {
        var newOut: [Unicode.Scalar] = []
        var newOffsets: [Int] = []
        newOut.reserveCapacity(out.count)
        newOffsets.reserveCapacity(offsets.count)
        var copied = 0
        var shift = 0
        var next = 0
        for n in runs.indices {
            runs[n].start += shift
            runs[n].end += shift
            guard next < repairs.count, runs[n].repaired else { continue }
            let (range, scalars) = repairs[next]
            next += 1
            newOut.append(contentsOf: out[copied..<range.lowerBound])
            newOffsets.append(contentsOf: offsets[copied..<range.lowerBound])
            let sourceStart = offsets[range.lowerBound], sourceLength = offsets[range.upperBound] - sourceStart
            for (j, s) in scalars.enumerated() {
                newOut.append(s)
                newOffsets.append(sourceStart + j * sourceLength / scalars.count)
            }
            copied = range.upperBound
            let delta = scalars.count - range.count
            runs[n].end += delta
            shift += delta
        }
        newOut.append(contentsOf: out[copied...])
        newOffsets.append(contentsOf: offsets[copied...])
        out = newOut
        offsets = newOffsets
    }
}
