/// The recognizers' data: units, bound cues, multiplier phrases, time words and non-numeral words, loaded once from
/// `Resources/recognize-*` (or from user files with the same formats) into lookup tables. Immutable, so it is shared
/// freely between tasks.
public final class RecognizerLexicon: Sendable {
    struct Unit: Sendable {
        let text: String
        let category: String
        let baseUnit: String
        let factor: Double
        let englishName: String
        /// Ends with a Latin letter: must not be followed by another one (`m` in `5min` is no metre).
        let latin: Bool
        /// Only after a figure in Arabic digits (`20期`, not `二期工程`) …
        var afterArabic = false
        /// … or, when also allowed, after a figure with a 万/亿 magnitude (`10亿方`, not `三方`).
        var afterMagnitude = false
        /// Not a unit when one of these scalars follows (`场所`, `期间`).
        var notBefore: Set<UInt32> = []

        /// Whether the unit reads as one after a figure with these properties, followed by `next`.
        func accepts(arabic: Bool, magnitude: Bool, next: Unicode.Scalar?) -> Bool {
            if afterArabic || afterMagnitude {
                guard afterArabic && arabic || afterMagnitude && magnitude else { return false }
            }
            if let next, notBefore.contains(next.value) { return false }
            return true
        }
    }

    enum TimeRule: Sendable {
        case year(offset: Int, length: Int)
        case years(from: Int, to: Int)
        case absolute(year: Int, approximate: Bool)
        case plan(name: String, first: Int, last: Int)
    }

    enum Horizon: Sendable { case past, future }
    enum TimePrefix: Sendable { case by, since, at }
    enum VerbMode: Sendable { case by, to }

    let table: NumeralTable
    let units: PhraseTable<Unit>
    /// Units whose first scalar is a numeral character (千瓦, 千米, 兆瓦): they end a numeral.
    let numeralInitialUnits: PhraseTable<Unit>
    struct BoundCue: Sendable {
        let bound: Bound
        /// nil for approx cues.
        let inclusive: Bool?
    }

    let prefixBounds: PhraseTable<BoundCue>
    let suffixBounds: PhraseTable<BoundCue>
    /// Words ending like a prefix cue that are no cue (节约, 通过).
    let notBoundWords: PhraseTable<Bool>
    let multiplierPhrases: PhraseTable<Double>
    let multiplierVerbs: PhraseTable<VerbMode>
    let multiplierVetoBefore: Set<UInt32>
    let timePhrases: PhraseTable<TimeRule>
    let horizonWords: PhraseTable<Horizon>
    let timePrefixes: PhraseTable<TimePrefix>
    let yearVetoBefore: Set<UInt32>
    /// Non-numeral words, keyed by a scalar pair around the place where a numeral would start (see `pairKey`), with
    /// that place's offset in the word: two hash lookups per numeral whatever the list's length.
    let notNumbers: [UInt64: [(word: [Unicode.Scalar], offset: Int)]]

    /// Offset 0: the numeral scalar and the next one (一切 → 一,切); offset k > 0: the scalar before and the numeral
    /// scalar (进一步 → 进,一), with a flag bit so the two kinds never collide.
    @inline(__always) static func pairKey(_ a: Unicode.Scalar, _ b: Unicode.Scalar, before: Bool) -> UInt64 {
        (UInt64(a.value) << 32) | UInt64(b.value) | (before ? 1 << 63 : 0)
    }
    /// Per-scalar trigger flags for the scanner: 1 = may start something (numeral, phrase, sign).
    let triggers: [UInt8]

    /// The bundled data.
    public static let bundled: Result<RecognizerLexicon, DataFile.LoadError> = Result { () throws(DataFile.LoadError) in
        try RecognizerLexicon(
            units: DataFile(resource: "recognize-units.tsv"),
            bounds: DataFile(resource: "recognize-bounds.tsv"),
            multipliers: DataFile(resource: "recognize-multipliers.tsv"),
            times: DataFile(resource: "recognize-times.tsv"),
            notNumbers: DataFile(resource: "recognize-not-numbers.txt"))
    }

    /// Builds the tables from data files in the bundled formats (see each file's header comment).
    public init(units unitFile: DataFile, bounds boundFile: DataFile, multipliers multiplierFile: DataFile,
                times timeFile: DataFile, notNumbers notNumberFile: DataFile) throws(DataFile.LoadError) {
        let table = NumeralTable()
        self.table = table

        var units = PhraseTable<Unit>()
        var numeralInitial = PhraseTable<Unit>()
        var seen = Set<String>()
        for line in unitFile.lines {
            let f = Self.fields(line)
            guard f.count == 5 || f.count == 6, !f[0].isEmpty else {
                throw unitFile.error(line, "expected 5 or 6 tab-separated fields: unit, category, base unit, factor, name[, conditions]")
            }
            guard seen.insert(f[0]).inserted else { throw unitFile.error(line, "duplicate unit \(f[0])") }
            guard let factor = Double(f[3]), factor > 0 else { throw unitFile.error(line, "factor must be a positive number: \(f[3])") }
            let last = f[0].unicodeScalars.last.map { NumeralTable.isLatinLetter($0) } ?? false
            var unit = Unit(text: f[0], category: f[1], baseUnit: f[2], factor: factor, englishName: f[4], latin: last)
            if f.count == 6 {
                for condition in f[5].split(separator: " ") {
                    if condition.hasPrefix("after=") {
                        for what in condition.dropFirst(6).split(separator: "|") {
                            switch what {
                            case "arabic": unit.afterArabic = true
                            case "magnitude": unit.afterMagnitude = true
                            default: throw unitFile.error(line, "after= takes arabic and/or magnitude (joined by |): \(condition)")
                            }
                        }
                    } else if condition.hasPrefix("not-before="), condition.count > 11 {
                        for c in condition.dropFirst(11).unicodeScalars { unit.notBefore.insert(c.value) }
                    } else {
                        throw unitFile.error(line, "unknown condition \(condition) (after=arabic|magnitude, not-before=CHARS)")
                    }
                }
            }
            units.add(f[0], unit)
            if let first = f[0].unicodeScalars.first, table.cls(first) != .none, f[0].unicodeScalars.count > 1 {
                numeralInitial.add(f[0], unit)
            }
        }
        self.units = units
        self.numeralInitialUnits = numeralInitial

        var prefix = PhraseTable<BoundCue>()
        var suffix = PhraseTable<BoundCue>()
        var notBound = PhraseTable<Bool>()
        for line in boundFile.lines {
            let f = Self.fields(line)
            if f.count == 4 && f[1] == "word" { notBound.add(f[0], true); continue }
            guard f.count == 4 else { throw boundFile.error(line, "expected 4 tab-separated fields: cue, prefix|suffix, bound, endpoint") }
            guard let bound = Bound(rawValue: f[2]), bound != .range, bound != .exact else {
                throw boundFile.error(line, "bound must be approx, atLeast or atMost: \(f[2])")
            }
            let inclusive: Bool?
            switch f[3] {
            case "inclusive": inclusive = true
            case "exclusive": inclusive = false
            case "-": inclusive = nil
            default: throw boundFile.error(line, "endpoint must be inclusive, exclusive or -: \(f[3])")
            }
            let cue = BoundCue(bound: bound, inclusive: inclusive)
            switch f[1] {
            case "prefix": prefix.add(f[0], cue)
            case "suffix": suffix.add(f[0], cue)
            default: throw boundFile.error(line, "position must be prefix, suffix or word: \(f[1])")
            }
        }
        self.prefixBounds = prefix
        self.suffixBounds = suffix
        self.notBoundWords = notBound

        var phrases = PhraseTable<Double>()
        var verbs = PhraseTable<VerbMode>()
        var veto = Set<UInt32>()
        for line in multiplierFile.lines {
            let f = Self.fields(line)
            switch f.first {
            case "phrase":
                guard f.count == 3, let factor = Double(f[2]), factor > 0 else { throw multiplierFile.error(line, "expected: phrase <TAB> text <TAB> factor") }
                phrases.add(f[1], factor)
            case "verb":
                guard f.count == 3, f[1] == "by" || f[1] == "to" else { throw multiplierFile.error(line, "expected: verb <TAB> by|to <TAB> word") }
                verbs.add(f[2], f[1] == "by" ? .by : .to)
            case "veto-before":
                guard f.count == 2 else { throw multiplierFile.error(line, "expected: veto-before <TAB> characters") }
                for c in f[1].unicodeScalars { veto.insert(c.value) }
            default:
                throw multiplierFile.error(line, "unknown line kind \(f.first ?? ""); expected phrase, verb or veto-before")
            }
        }
        self.multiplierPhrases = phrases
        self.multiplierVerbs = verbs
        self.multiplierVetoBefore = veto

        var times = PhraseTable<TimeRule>()
        var horizons = PhraseTable<Horizon>()
        var prefixes = PhraseTable<TimePrefix>()
        var yearVeto = Set<UInt32>()
        for line in timeFile.lines {
            let f = Self.fields(line)
            guard f.count >= 2 else { throw timeFile.error(line, "expected a phrase and a rule") }
            switch f[1] {
            case "year":
                guard f.count == 4, let offset = Int(f[2]), let length = Int(f[3]), (-100...100).contains(offset),
                      length >= 0, length <= f[0].unicodeScalars.count
                else { throw timeFile.error(line, "expected: phrase <TAB> year <TAB> offset <TAB> length") }
                times.add(f[0], .year(offset: offset, length: length))
            case "years":
                guard f.count == 4, let a = Int(f[2]), let b = Int(f[3]), (-100...100).contains(a), (a...100).contains(b)
                else { throw timeFile.error(line, "expected: phrase <TAB> years <TAB> from <TAB> to") }
                times.add(f[0], .years(from: a, to: b))
            case "absolute":
                guard f.count >= 3, let y = Int(f[2]), (1...9999).contains(y)
                else { throw timeFile.error(line, "expected: phrase <TAB> absolute <TAB> year [<TAB> approx]") }
                times.add(f[0], .absolute(year: y, approximate: f.count > 3 && f[3] == "approx"))
            case "plan":
                guard f.count == 4, let a = Int(f[2]), let b = Int(f[3]), (1...9999).contains(a), (a...9999).contains(b)
                else { throw timeFile.error(line, "expected: phrase <TAB> plan <TAB> first year <TAB> last year") }
                times.add(f[0], .plan(name: f[0], first: a, last: b))
            case "horizon-before":
                guard f.count == 3, f[2] == "past" || f[2] == "future"
                else { throw timeFile.error(line, "expected: word <TAB> horizon-before <TAB> past|future") }
                horizons.add(f[0], f[2] == "past" ? .past : .future)
            case "veto-before-年":
                for c in f[0].unicodeScalars { yearVeto.insert(c.value) }
            case "to-prefix":
                guard f.count == 3 else { throw timeFile.error(line, "expected: word <TAB> to-prefix <TAB> by|since|at") }
                switch f[2] {
                case "by": prefixes.add(f[0], .by)
                case "since": prefixes.add(f[0], .since)
                case "at": prefixes.add(f[0], .at)
                default: throw timeFile.error(line, "to-prefix must be by, since or at: \(f[2])")
                }
            default:
                throw timeFile.error(line, "unknown rule \(f[1])")
            }
        }
        self.timePhrases = times
        self.horizonWords = horizons
        self.timePrefixes = prefixes
        self.yearVetoBefore = yearVeto

        var notNumbers: [UInt64: [(word: [Unicode.Scalar], offset: Int)]] = [:]
        for line in notNumberFile.lines {
            let word = Array(line.text.unicodeScalars)
            guard word.count >= 2 else { throw notNumberFile.error(line, "a word needs at least two characters") }
            // Index the word at every numeral character that starts a numeral run inside it.
            var found = false
            for (k, c) in word.enumerated() where table.cls(c) != .none {
                if k > 0 && table.cls(word[k - 1]) != .none { continue }
                let key = k == 0 ? Self.pairKey(c, word[1], before: false) : Self.pairKey(word[k - 1], c, before: true)
                notNumbers[key, default: []].append((word, k))
                found = true
            }
            guard found else { throw notNumberFile.error(line, "word has no numeral character: \(line.text)") }
        }
        for key in notNumbers.keys { notNumbers[key]?.sort { $0.word.count > $1.word.count } }
        self.notNumbers = notNumbers

        var triggers = [UInt8](repeating: 0, count: 0x10000)
        for v in 0..<0x10000 {
            if let c = Unicode.Scalar(UInt32(v)), table.cls(c) != .none { triggers[v] = 1 }
        }
        for key in times.firstScalars + phrases.firstScalars where key < 0x10000 { triggers[Int(key)] = 1 }
        for c in "-－.．hHwW半对對一".unicodeScalars { triggers[Int(c.value)] = 1 }
        self.triggers = triggers
    }

    private static func fields(_ line: DataFile.Line) -> [String] {
        line.text.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    @inline(__always) func isTrigger(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x10000 && triggers[Int(c.value)] != 0
    }
}

import Foundation
