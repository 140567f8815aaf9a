import Foundation

/// Tone-insensitive pinyin readings of Han characters: ICU's `Han-Latin` reading, plus extra readings of
/// polyphonic characters from `Resources/normalize-readings.txt`.
///
/// ICU's Han-Latin is slow to open (≈80 ms) and per call, so readings are computed lazily, one character at a
/// time, and cached for the process. The cache and the transliterator sit behind a lock: ICU handles are not
/// thread-safe, and annotations are rare enough that contention does not matter.
public final class PinyinReadings: @unchecked Sendable {
    private let lock = NSLock()
    private var cache: [UInt32: [[UInt8]]] = [:]
    private var transliterator: ICU.Transliterator?
    private var transliteratorFailed = false
    private let extra: [UInt32: [[UInt8]]]

    /// The bundled extra readings, parsed once.
    static let bundled: Result<[UInt32: [[UInt8]]], DataFile.LoadError> = Result {
        () throws(DataFile.LoadError) in try parse(DataFile(resource: "normalize-readings.txt"))
    }

    /// ICU readings plus the bundled extra readings (none if that file failed to load; see `bundledError`).
    public static let shared = PinyinReadings(extra: (try? bundled.get()) ?? [:])

    /// The load error of the bundled readings file, if any.
    public static var bundledError: DataFile.LoadError? {
        if case .failure(let error) = bundled { return error }
        return nil
    }

    /// Readings from ICU plus the extra readings of a `CHARACTER READING…` file.
    public convenience init(file: DataFile) throws(DataFile.LoadError) {
        self.init(extra: try Self.parse(file))
    }

    init(extra: [UInt32: [[UInt8]]]) {
        self.extra = extra
    }

    /// Parses `CHARACTER READING…` lines into folded readings.
    static func parse(_ file: DataFile) throws(DataFile.LoadError) -> [UInt32: [[UInt8]]] {
        var result: [UInt32: [[UInt8]]] = [:]
        for line in file.lines {
            let parts = line.text.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard parts.count >= 2, parts[0].unicodeScalars.count == 1, let char = parts[0].unicodeScalars.first,
                ChineseScript.isHan(char.value)
            else { throw file.error(line, "expected `CHARACTER READING…` with one Han character") }
            for reading in parts.dropFirst() {
                let folded = fold(Array(reading.unicodeScalars))
                guard let folded, !folded.isEmpty else { throw file.error(line, "not a pinyin reading: \(reading)") }
                result[char.value, default: []].append(folded)
            }
        }
        return result
    }

    /// Readings of a character (folded: lowercase ASCII, no tones, ü as v); empty if it has none.
    /// `simplified` is the character's Simplified form, whose extra readings apply too.
    func readings(of char: UInt32, simplified: UInt32) -> [[UInt8]] {
        lock.lock()
        defer { lock.unlock() }
        var result: [[UInt8]]
        if let cached = cache[char] {
            result = cached
        } else {
            result = icuReading(char).map { [$0] } ?? []
            cache[char] = result
        }
        for r in extra[char] ?? [] where !result.contains(r) { result.append(r) }
        if simplified != char { for r in extra[simplified] ?? [] where !result.contains(r) { result.append(r) } }
        return result
    }

    /// Computes the ICU readings of characters not yet cached in one ICU call (one character per line), so a
    /// document with hundreds of annotations costs one call, not hundreds.
    func prefetch(_ chars: Set<UInt32>) {
        lock.lock()
        defer { lock.unlock() }
        let missing = chars.filter { cache[$0] == nil }.sorted().compactMap(Unicode.Scalar.init)
        guard missing.count > 1 else { return }
        if transliterator == nil && !transliteratorFailed {
            transliterator = try? ICU.Transliterator(id: "Han-Latin")
            transliteratorFailed = transliterator == nil
        }
        var view = String.UnicodeScalarView()
        for (i, s) in missing.enumerated() {
            if i > 0 { view.append("\n") }
            view.append(s)
        }
        guard let transliterator, let latin = try? transliterator.transliterate(String(view)) else { return }
        let lines = latin.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count == missing.count else { return }  // leave them to the one-by-one path
        for (s, line) in zip(missing, lines) { cache[s.value] = Self.fold(line).map { [$0] } ?? [] }
    }

    private func icuReading(_ char: UInt32) -> [UInt8]? {
        if transliterator == nil && !transliteratorFailed {
            transliterator = try? ICU.Transliterator(id: "Han-Latin")
            transliteratorFailed = transliterator == nil
        }
        guard let transliterator, let scalar = Unicode.Scalar(char) else { return nil }
        guard let latin = try? transliterator.transliterate(String(Character(scalar))) else { return nil }
        return Self.fold(Array(latin.unicodeScalars))
    }

    /// Folds pinyin for a tone-insensitive compare: lowercase ASCII letters, tone marks and tone digits dropped,
    /// ü/ǖ/ǘ/ǚ/ǜ/u: as `v`, spaces and apostrophes dropped. Nil if a scalar is not part of pinyin.
    static func fold(_ scalars: some Collection<Unicode.Scalar>) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(scalars.count)
        var previous: UInt8 = 0
        for s in scalars {
            let v = s.value
            var letter: UInt8
            switch v {
            case 0x61...0x7A: letter = UInt8(v)
            case 0x41...0x5A: letter = UInt8(v + 0x20)
            case 0x31...0x35 where previous >= 0x61:  // tone digit after a letter (ye4)
                continue
            case 0x20, 0x27, 0x2019, 0x0300...0x0307, 0x0309...0x030C:  // spaces, apostrophes, tone marks
                continue
            case 0x0308 where previous == 0x75:  // u + combining diaeresis → v
                out[out.count - 1] = 0x76
                previous = 0x76
                continue
            case 0x3A where previous == 0x75:  // u: → v
                out[out.count - 1] = 0x76
                previous = 0x76
                continue
            default:
                guard let base = toneless[v] else { return nil }
                letter = base
            }
            out.append(letter)
            previous = letter
        }
        return out
    }

    /// Tone-marked and other pinyin letters → base letter.
    static let toneless: [UInt32: UInt8] = {
        var map: [UInt32: UInt8] = [:]
        let groups: [(String, Character)] = [
            ("āáǎàÀÁÂÃÄÅàáâãäåĀ", "a"), ("ēéěèÈÉÊËèéêëĒĚ", "e"), ("īíǐìÌÍÎÏìíîïĪǏ", "i"), ("ōóǒòÒÓÔÕÖòóôõöŌǑ", "o"),
            ("ūúǔùÙÚÛùúûŪǓ", "u"), ("üǖǘǚǜÜǕǗǙǛ", "v"), ("ńňǹŃŇǸ", "n"), ("ḿḾ", "m"),
        ]
        for (letters, base) in groups {
            for s in letters.unicodeScalars { map[s.value] = UInt8(base.asciiValue ?? 0x61) }
        }
        return map
    }()
}
