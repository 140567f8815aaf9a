/// The character and word classes the tokenizer's Han-run rules and the lexicon learner use, read from
/// `Resources/lexicon-rules.txt` (lines `NAME: ITEM ITEM …`; see lexicon-README.md).
public struct SegmentRules: Sendable {
    /// The character classes a rules file may define.
    enum CharClass: String, CaseIterable {
        case detachEnd = "detach-end", detachStart = "detach-start", clitic, adverb, numeral, classifier
        case suffix, placeSuffix = "place-suffix"
        case functionStart = "function-start", functionEnd = "function-end", conjunction, modifier, localizer
        case translit, translitStrict = "translit-strict", surname, notName = "not-name"
        case detachLocalizer = "detach-localizer"
    }

    /// The word classes a rules file may define.
    enum WordClass: String, CaseIterable {
        case suffixWord = "suffix-word", unit, organization
    }

    private var charClasses: [CharClass: Set<UInt32>] = [:]
    private var wordClasses: [WordClass: [[UInt32]]] = [:]

    /// Reads a rules file; errors name the file and line.
    public init(_ file: DataFile) throws(DataFile.LoadError) {
        for line in file.lines {
            guard let colon = line.text.firstIndex(of: ":") else {
                throw file.error(line, "expected `NAME: ITEM …`")
            }
            let name = line.text[..<colon].trimmingCharacters(in: .whitespaces)
            let items = line.text[line.text.index(after: colon)...].split(whereSeparator: \.isWhitespace)
            if let cls = CharClass(rawValue: name) {
                for item in items { charClasses[cls, default: []].formUnion(item.unicodeScalars.map(\.value)) }
            } else if let cls = WordClass(rawValue: name) {
                wordClasses[cls, default: []].append(contentsOf: items.map { $0.unicodeScalars.map(\.value) })
            } else {
                throw file.error(line, "unknown class \"\(name)\"")
            }
        }
        // Longest units first, so that 千瓦时 wins over 千瓦.
        wordClasses[.unit]?.sort { $0.count > $1.count }
    }

    /// The rules shipped in `Resources/lexicon-rules.txt`.
    public static func builtIn() throws(DataFile.LoadError) -> SegmentRules { try cachedBuiltIn.get() }

    private static let cachedBuiltIn: Result<SegmentRules, DataFile.LoadError> = {
        do throws(DataFile.LoadError) {
            return .success(try SegmentRules(DataFile(resource: "lexicon-rules.txt")))
        } catch {
            return .failure(error)
        }
    }()

    func contains(_ cls: CharClass, _ v: UInt32) -> Bool { charClasses[cls]?.contains(v) ?? false }

    func members(_ cls: CharClass) -> Set<UInt32> { charClasses[cls] ?? [] }

    func words(_ cls: WordClass) -> [[UInt32]] { wordClasses[cls] ?? [] }

    /// A flattened copy for the hot path: one bit per class per BMP scalar.
    func compiled() -> CompiledRules { CompiledRules(self) }
}

/// `SegmentRules` as bit masks over the BMP, for constant-time membership tests in hot loops. The same table
/// holds each scalar's `ScalarClass`, so that the tokenizer's loops need one load per scalar for both.
struct CompiledRules: Sendable {
    private let table: MaskTable
    private let supplementary: [UInt32: UInt32]
    let suffixWords: [[UInt32]]
    let units: [[UInt32]]
    let organizations: [[UInt32]]

    /// The masks in memory read through a plain pointer (no array bounds or uniqueness checks, no lazy-global
    /// checks in the loops that read it for every scalar).
    private final class MaskTable: @unchecked Sendable {
        let bits: UnsafeMutablePointer<UInt32>
        init(_ masks: [UInt32]) {
            bits = .allocate(capacity: 0x10000)
            bits.initialize(from: masks, count: 0x10000)
        }
        deinit { bits.deallocate() }
    }

    init(_ rules: SegmentRules) {
        var masks = [UInt32](repeating: 0, count: 0x10000)
        var supplementary: [UInt32: UInt32] = [:]
        for v in 0..<0x10000 {
            if Numerals.isHanNumeral(UInt32(v)) { masks[v] |= Self.hanNumeralBit }
            masks[v] |= UInt32(ScalarClass.of(UInt32(v)).rawValue) << Self.classShift
        }
        for cls in SegmentRules.CharClass.allCases {
            for v in rules.members(cls) {
                if v < 0x10000 { masks[Int(v)] |= Self.bit(cls) } else { supplementary[v, default: 0] |= Self.bit(cls) }
            }
        }
        self.table = MaskTable(masks)
        self.supplementary = supplementary
        suffixWords = rules.words(.suffixWord)
        units = rules.words(.unit)
        organizations = rules.words(.organization)
    }

    @inline(__always)
    func has(_ cls: SegmentRules.CharClass, _ v: UInt32) -> Bool {
        let m = v < 0x10000 ? table.bits[Int(v)] : (supplementary[v] ?? 0)
        return m & Self.bit(cls) != 0
    }

    /// All class bits of `v` (test them with `bit(_:)`).
    @inline(__always)
    func bits(_ v: UInt32) -> UInt32 { v < 0x10000 ? table.bits[Int(v)] : (supplementary[v] ?? 0) }

    /// `ScalarClass.of(v)` as a table lookup.
    @inline(__always)
    func scalarClass(_ v: UInt32) -> ScalarClass {
        guard v < 0x10000 else { return ScalarClass.of(v) }
        // The table holds only raw values of ScalarClass cases (0…8, declared in order), which are its tags.
        return unsafeBitCast(UInt8(truncatingIfNeeded: table.bits[Int(v)] >> Self.classShift & 0xF), to: ScalarClass.self)
    }

    private static let classShift: UInt32 = 24

    private static let hanNumeralBit: UInt32 = 1 << 31

    /// `Numerals.isHanNumeral` as a table lookup.
    @inline(__always)
    func isHanNumeral(_ v: UInt32) -> Bool {
        v < 0x10000 ? table.bits[Int(v)] & Self.hanNumeralBit != 0 : false
    }

    @inline(__always)
    static func bit(_ cls: SegmentRules.CharClass) -> UInt32 {
        switch cls {
        case .detachEnd: 1 << 0
        case .detachStart: 1 << 1
        case .clitic: 1 << 2
        case .adverb: 1 << 3
        case .numeral: 1 << 4
        case .classifier: 1 << 5
        case .suffix: 1 << 6
        case .placeSuffix: 1 << 7
        case .functionStart: 1 << 8
        case .functionEnd: 1 << 9
        case .conjunction: 1 << 10
        case .modifier: 1 << 11
        case .localizer: 1 << 12
        case .translit: 1 << 13
        case .translitStrict: 1 << 14
        case .surname: 1 << 15
        case .notName: 1 << 16
        case .detachLocalizer: 1 << 17
        }
    }
}
