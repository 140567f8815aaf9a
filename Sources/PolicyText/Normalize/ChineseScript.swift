/// Per-character facts about Chinese text, looked up in one step per scalar: the Traditional→Simplified mapping
/// ICU's `Traditional-Simplified` gives a character on its own, and the character's class (GB2312 level, symbols
/// that mis-decoded GBK bytes tend to produce).
///
/// ICU transliteration costs microseconds per call, so the table is built once per process by transliterating
/// every BMP Han character in a few batched calls (one character per line) and cached in `shared`.
/// Building takes 50–120 ms in a release build on this 2-core machine (0.1 s in debug, checked in
/// `NormalizeScriptTests`), small enough not to be worth a generated resource file.
public struct ChineseScript: Sendable {
    /// Flag bits per BMP scalar.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        /// ICU maps it to another character and it is not a character Simplified text uses: always convert.
        static let traditional = Flags(rawValue: 1 << 0)
        /// ICU maps it to another character, but Simplified text uses it too (著, 乾, 於, 後, 俱, 「…):
        /// convert only in a Traditional document.
        static let ambiguous = Flags(rawValue: 1 << 1)
        /// A Simplified form that differs from its Traditional one (国, 这): evidence of Simplified text.
        static let simplified = Flags(rawValue: 1 << 2)
        /// A CJK compatibility ideograph with a canonical unified equivalent (mapped through NFC).
        static let compatibility = Flags(rawValue: 1 << 3)
        /// GB2312 level 1: the 3,755 common characters (after simplification).
        static let common = Flags(rawValue: 1 << 4)
        /// GB2312 level 2: less common characters, many used in names and places.
        static let level2 = Flags(rawValue: 1 << 5)
        /// A symbol that prose hardly uses but GBK bytes read out of step often produce (∥, kana, box drawing…).
        static let oddSymbol = Flags(rawValue: 1 << 6)
        /// A Han ideograph (any block).
        static let han = Flags(rawValue: 1 << 7)
    }

    /// Replacement per BMP scalar; 0 means unchanged.
    let mapping: [UInt16]
    let flags: [Flags]
    /// Whether ICU could build the tables; without it the normalizer still folds widths and strips chrome.
    public let available: Bool

    /// The process-wide table, built on first use.
    public static let shared = ChineseScript.build()

    /// Ranges sent through ICU when the table is built.
    static let transliteratedRanges: [ClosedRange<UInt32>] = [
        0x2E80...0x2FDF, 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F,
        0xFF00...0xFFEF,
    ]

    @inline(__always) func flags(_ v: UInt32) -> Flags { v < 0x10000 ? flags[Int(v)] : (Self.isHan(v) ? .han : []) }

    /// The Simplified form of a character taken on its own (ICU, no context), converting ambiguous characters too.
    @inline(__always) func simplified(_ v: UInt32) -> UInt32 {
        guard v < 0x10000 else { return v }
        let m = mapping[Int(v)]
        return m == 0 ? v : UInt32(m)
    }

    static func isHan(_ v: UInt32) -> Bool {
        (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xF900...0xFAFF).contains(v)
            || (0x20000...0x323AF).contains(v) || v == 0x3007
    }

    /// Builds the tables; on an ICU failure returns tables without ICU facts (`available == false`).
    static func build() -> ChineseScript {
        let keepList = (try? bundledKeepList.get()) ?? []
        var mapping = [UInt16](repeating: 0, count: 0x10000)
        var flags = [Flags](repeating: [], count: 0x10000)
        for v in 0..<UInt32(0x10000) where isHan(v) { flags[Int(v)].insert(.han) }
        markOddSymbols(&flags)
        let gb = (try? gb2312Levels()) ?? ([], [])
        for v in gb.0 { flags[Int(v)].insert(.common) }
        for v in gb.1 { flags[Int(v)].insert(.level2) }
        let gb2312 = Set(gb.0).union(gb.1)
        guard let pairs = try? icuMappings() else {
            return ChineseScript(mapping: mapping, flags: flags, available: false)
        }
        for (from, to) in pairs {
            mapping[Int(from)] = UInt16(to)
            if (0xF900...0xFAFF).contains(from) {
                flags[Int(from)].insert(.compatibility)
            } else if gb2312.contains(from) || !isHan(from) {
                flags[Int(from)].insert(.ambiguous)
            } else {
                flags[Int(from)].insert(.traditional)
            }
        }
        for v in keepList {
            if flags[Int(v)].contains(.traditional) { flags[Int(v)].subtract(.traditional); flags[Int(v)].insert(.ambiguous) }
        }
        let sources = Set(pairs.map(\.0))
        for (_, to) in pairs where !sources.contains(to) { flags[Int(to)].insert(.simplified) }
        // Rarity is judged on the simplified form: 確 is as common as 确.
        for (from, to) in pairs where !(flags[Int(from)].contains(.compatibility)) {
            flags[Int(from)].formUnion(flags[Int(to)].intersection([.common, .level2]))
        }
        return ChineseScript(mapping: mapping, flags: flags, available: true)
    }

    /// Characters Simplified text uses as they are although ICU converts them (`normalize-simplified-keep.txt`).
    static let bundledKeepList: Result<[UInt32], DataFile.LoadError> = Result { () throws(DataFile.LoadError) in
        let file = try DataFile(resource: "normalize-simplified-keep.txt")
        var result: [UInt32] = []
        for line in file.lines {
            let text = line.text.split(separator: "#", maxSplits: 1).first ?? ""
            for s in text.unicodeScalars where s != " " && s != "\t" {
                guard isHan(s.value), s.value < 0x10000 else { throw file.error(line, "not a BMP Han character: \(s)") }
                result.append(s.value)
            }
        }
        return result
    }

    /// (from, to) for every BMP scalar in `transliteratedRanges` that ICU changes to exactly one other scalar.
    /// Compatibility ideographs first go through NFC to their unified form.
    static func icuMappings() throws(ICU.Error) -> [(UInt32, UInt32)] {
        let toSimplified = try ICU.Transliterator(id: "Traditional-Simplified")
        let nfc = try ICU.Transliterator(id: "Any-NFC")
        var result: [(UInt32, UInt32)] = []
        for range in transliteratedRanges {
            let inputs = range.compactMap(Unicode.Scalar.init).filter { $0 != "\n" }
            var unified = inputs
            if range.lowerBound == 0xF900 {
                guard let out = try lines(of: inputs, through: nfc), out.count == inputs.count else { continue }
                unified = out.map { $0.count == 1 ? $0[0] : Unicode.Scalar(0) }
            }
            guard let out = try lines(of: unified, through: toSimplified), out.count == inputs.count else { continue }
            for (i, scalars) in out.enumerated() {
                // A character that does not come back as one BMP scalar keeps its own form (none do in ICU 72).
                guard scalars.count == 1, unified[i].value != 0, scalars[0].value < 0x10000 else { continue }
                if scalars[0] != inputs[i] { result.append((inputs[i].value, scalars[0].value)) }
            }
        }
        return result
    }

    /// Transliterates the scalars one per line in a single ICU call; nil if the line count changed.
    private static func lines(of scalars: [Unicode.Scalar], through t: ICU.Transliterator) throws(ICU.Error)
        -> [[Unicode.Scalar]]?
    {
        var view = String.UnicodeScalarView()
        for (i, s) in scalars.enumerated() {
            if i > 0 { view.append("\n") }
            view.append(s)
        }
        let out = try t.transliterate(String(view))
        let parts = out.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        return parts.count == scalars.count ? parts : nil
    }

    /// GB2312 level 1 (rows B0–D7) and level 2 (rows D8–F7) characters, decoded by ICU in one call each.
    static func gb2312Levels() throws(ICU.Error) -> ([UInt32], [UInt32]) {
        let converter = try ICU.Converter(charset: "GB18030")
        func decodeRows(_ rows: ClosedRange<UInt8>) throws(ICU.Error) -> [UInt32] {
            var bytes: [UInt8] = []
            for lead in rows { for trail in UInt8(0xA1)...0xFE { bytes += [lead, trail] } }
            let result = bytes.withUnsafeBytes { raw in Result { () throws(ICU.Error) in try converter.decode(raw).text } }
            let text = try result.get()
            // Unassigned cells (D7FA–D7FE) come back as private-use or U+FFFD; only Han counts.
            return text.unicodeScalars.map(\.value).filter { isHan($0) }
        }
        return (try decodeRows(0xB0...0xD7), try decodeRows(0xD8...0xF7))
    }

    /// Symbols from GBK's symbol rows that Chinese prose rarely uses but shifted GBK bytes produce.
    static func markOddSymbols(_ flags: inout [Flags]) {
        let ranges: [ClosedRange<UInt32>] = [
            0x0391...0x03C9,  // Greek (GBK row A6)
            0x0401...0x0451,  // Cyrillic (row A7)
            0x3041...0x30FF,  // kana (rows A4–A5)
            0x3105...0x3129,  // zhuyin (row A8)
            0x2500...0x257F,  // box drawing (row A9)
            0xE000...0xF8FF,  // private use: GBK's user-defined rows
        ]
        for r in ranges { for v in r { flags[Int(v)].insert(.oddSymbol) } }
        let singles: [UInt32] = [
            0x2225, 0x2236, 0x02C7, 0x02C9, 0x00A8, 0x3003, 0x2016, 0x220F, 0x222A, 0x2229, 0x2208, 0x2237,
            0x22A5, 0x2220, 0x2312, 0x2299, 0x222B, 0x222E, 0x2261, 0x224C, 0x223D, 0x221D, 0x226E, 0x226F,
            0x2235, 0x2234, 0x2642, 0x2640, 0x2032, 0x2033, 0x00A4, 0xFFE0, 0x3013, 0x2573, 0x02CA, 0x02CB,
            0x02D9, 0x2215, 0x2223, 0x2252, 0x2266, 0x2267, 0x22BF, 0x2550, 0x3021, 0xFE35, 0xFE36,
        ]
        for v in singles { flags[Int(v)].insert(.oddSymbol) }
    }
}
