extension Normalizer {
    /// Longest annotation body, in scalars, between the parentheses.
    static let maxAnnotationLength = 32
    /// How many Han characters before the parenthesis one annotation may read (發展(fāzhǎn)).
    static let maxAnnotatedCharacters = 4

    /// If `src[open]` opens a pinyin annotation that reads the Han character(s) just before it, such as the `(yè)`
    /// of `業(yè)`, returns the index just past its closing parenthesis.
    ///
    /// ASCII or full-width parentheses, in any pairing. Only a reading of the character(s) before counts, so
    /// `動(2023—2026年)`, `值(GDP)` and `M(jìn)` (after a Latin letter) stay.
    func annotationEnd(_ src: [Unicode.Scalar], open: Int, table: ChineseScript) -> Int? {
        guard open > 0, table.flags(src[open - 1].value).contains(.han) else { return nil }
        var close = open + 1
        let limit = min(src.count, open + 2 + Self.maxAnnotationLength)
        while close < limit, src[close] != ")" && src[close] != "）" {
            let v = src[close].value
            // Cheap early exit on what cannot be pinyin: Han, CJK punctuation, line breaks.
            if v >= 0x2E80 || v == 0x0A || v == 0x0D || v == 0x28 { return nil }
            close += 1
        }
        guard close < limit, close > open + 1 else { return nil }
        guard let target = PinyinReadings.fold(src[(open + 1)..<close]), Self.couldBePinyin(target) else { return nil }
        var chars: [UInt32] = []
        var k = open - 1
        while k >= 0, chars.count < Self.maxAnnotatedCharacters, table.flags(src[k].value).contains(.han) {
            chars.append(src[k].value)
            k -= 1
        }
        // The nearest character alone first, then 2, 3, 4 characters read together.
        for n in 1...chars.count {
            let group = chars[0..<n].reversed().map { readings.readings(of: $0, simplified: table.simplified($0)) }
            if Self.matches(target[...], group[...]) { return close + 1 }
        }
        return nil
    }

    /// Pinyin has a vowel (or is the syllabic m, n, ng); `(GDP)` and `(PPP)` are not worth asking ICU about.
    static func couldBePinyin(_ folded: [UInt8]) -> Bool {
        guard !folded.isEmpty, folded.count <= 6 * maxAnnotatedCharacters else { return false }
        if folded == Array("m".utf8) || folded == Array("n".utf8) || folded == Array("ng".utf8) { return true }
        return folded.contains { $0 == 0x61 || $0 == 0x65 || $0 == 0x69 || $0 == 0x6F || $0 == 0x75 || $0 == 0x76 }
    }

    /// Fetches, in one ICU call, the readings of every character that stands before a parenthesis in the
    /// document (cheap scan; nothing happens in documents without annotations).
    func prefetchReadings(_ src: [Unicode.Scalar]) {
        var chars: Set<UInt32> = []
        for i in 1..<max(1, src.count) where src[i] == "(" || src[i] == "（" {
            guard i + 2 < src.count, PinyinReadings.fold(src[(i + 1)...(i + 1)]) != nil else { continue }
            var k = i - 1
            while k >= 0, i - k <= Self.maxAnnotatedCharacters, table.flags(src[k].value).contains(.han) {
                chars.insert(src[k].value)
                k -= 1
            }
        }
        if chars.count > 1 { readings.prefetch(chars) }
    }

    /// Whether `target` is one reading of each character in order, concatenated.
    static func matches(_ target: ArraySlice<UInt8>, _ group: ArraySlice<[[UInt8]]>) -> Bool {
        guard let first = group.first else { return target.isEmpty }
        for reading in first where !reading.isEmpty && target.starts(with: reading) {
            if matches(target.dropFirst(reading.count), group.dropFirst()) { return true }
        }
        return false
    }
}
