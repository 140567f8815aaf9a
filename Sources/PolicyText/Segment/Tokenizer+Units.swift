/// Finds the stretches that stay whole whatever ICU says: numbers with their unit or percent, Han-numeral
/// dates, Latin words, URLs and e-mail addresses, and runs of dashes or dots.
///
/// Number grammar (digits ASCII or full-width):
/// `sign? digits (,ddd)* (.digits)? magnitude* ( % | —number% | —year年 | 年 (3+ digits) | 月日时分秒 | unit after
/// a magnitude )?` where a magnitude is 十百千万亿 and the units come from the rules file (元, 人, 吨 …).
/// Han numerals: a run of Han digits + 年 (二〇三五年), a month or day (十二月, 三十一日), 百分之… (百分之三十).
struct UnitScanner {
    let s: UnsafeBufferPointer<UInt32>
    let range: Range<Int>
    let icuBreak: [Bool]
    let rules: CompiledRules
    /// MSR's convention: a number keeps its classifier (８个, ２０多个, ５年), and an ellipsis is one … per token.
    var msr = false

    func scan() -> [Piece] {
        var units: [Piece] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            if let unit = unit(at: i) {
                units.append(unit)
                i = unit.end
            } else {
                i += 1
            }
        }
        return units
    }

    private var end: Int { range.upperBound }

    private func at(_ i: Int) -> UInt32 { i < end ? s[i] : 0 }

    private func unit(at i: Int) -> Piece? {
        let v = s[i]
        switch rules.scalarClass(v) {
        case .latin, .digit:
            if let e = url(at: i) ?? email(at: i) { return Piece(start: i, end: e, kind: .url) }
            return alphanumeric(at: i)
        case .han:
            guard rules.isHanNumeral(v), icuBreak[i - range.lowerBound] || isHanNumeralStartAfterUnit(i) else {
                return nil
            }
            if let e = hanNumber(at: i) { return Piece(start: i, end: e, kind: .number) }
            return nil
        case .punct, .other:
            if isSign(v), Numerals.isDigit(at(i + 1)), !followsOperand(i), let n = number(at: i + 1) {
                return Piece(start: i, end: n, kind: .number)
            }
            if Self.isRunPunct(v), at(i + 1) == v, !(msr && (v == 0x2026 || v == 0x22EF)) {
                var j = i + 2
                while j < end, s[j] == v { j += 1 }
                return Piece(start: i, end: j, kind: .punct)
            }
            return nil
        default:
            return nil
        }
    }

    /// A Han numeral right after a scanned unit or a non-Han scalar starts a token even without an ICU boundary.
    private func isHanNumeralStartAfterUnit(_ i: Int) -> Bool {
        i > range.lowerBound && rules.scalarClass(s[i - 1]) != .han
    }

    // MARK: Latin, digits, URLs

    /// A run of letters and digits with inner `-` `.` `'` `&` `_` between them. With a letter it is a Latin word
    /// (`5G`, `COVID-19`, `iPhone`); with digits only it goes to the number grammar.
    private func alphanumeric(at i: Int) -> Piece? {
        var j = i
        var letters = false
        while j < end {
            let c = rules.scalarClass(s[j])
            if c == .latin {
                letters = true
                j += 1
            } else if c == .digit {
                j += 1
            } else if j > i, Self.isInnerConnector(s[j]), j + 1 < end, isAlnum(s[j + 1]),
                // a dot or comma between digits belongs to the number grammar
                !(Numerals.isDigit(s[j - 1]) && Numerals.isDigit(s[j + 1]) && !letters)
            {
                j += 1
            } else {
                break
            }
        }
        if letters {
            // Mixed runs that end in digits followed by a number unit are still Latin words (5G); keep it simple.
            return Piece(start: i, end: j, kind: .latin)
        }
        guard let e = number(at: i) else { return nil }
        return Piece(start: i, end: e, kind: .number)
    }

    private func isAlnum(_ v: UInt32) -> Bool {
        let c = rules.scalarClass(v)
        return c == .latin || c == .digit
    }

    private static func isInnerConnector(_ v: UInt32) -> Bool {
        switch v {
        case 0x2D, 0x2E, 0x27, 0x26, 0x5F, 0x2019: true  // - . ' & _ ’
        default: false
        }
    }

    /// `http://`, `https://`, `ftp://` or `www.` followed by URL characters; trailing sentence punctuation is
    /// left out.
    private func url(at i: Int) -> Int? {
        if i > range.lowerBound, rules.scalarClass(s[i - 1]) == .latin { return nil }
        let prefixes: [String] = ["https://", "http://", "ftp://", "www."]
        var matched = 0
        for prefix in prefixes where hasPrefix(prefix, at: i, caseInsensitive: true) {
            matched = prefix.unicodeScalars.count
            break
        }
        guard matched > 0 else { return nil }
        var j = i + matched
        while j < end, Self.isURLScalar(s[j]) { j += 1 }
        while j > i + matched, Self.isTrailingURLPunct(s[j - 1]) { j -= 1 }
        return j > i + matched ? j : nil
    }

    /// `local@domain.tld` in ASCII (local part at most 64 characters, domain at most 255, as in RFC 5321;
    /// the limits also keep the scan from going over the same text again and again).
    private func email(at i: Int) -> Int? {
        if i > range.lowerBound, Self.isEmailLocal(s[i - 1]) { return nil }
        var j = i
        while j < end, j - i <= 64, Self.isEmailLocal(s[j]) { j += 1 }
        guard j > i, at(j) == 0x40 else { return nil }  // @
        var k = j + 1
        var lastDot = -1
        while k < end, k - j <= 255,
            Self.isASCIIAlnum(s[k]) || s[k] == 0x2D || (s[k] == 0x2E && k + 1 < end && Self.isASCIIAlnum(s[k + 1]))
        {
            if s[k] == 0x2E { lastDot = k }
            k += 1
        }
        guard lastDot > j + 1, k - lastDot > 2 else { return nil }
        return k
    }

    private func hasPrefix(_ prefix: String, at i: Int, caseInsensitive: Bool) -> Bool {
        var j = i
        for p in prefix.unicodeScalars {
            guard j < end else { return false }
            var v = s[j]
            if caseInsensitive, (0x41...0x5A).contains(v) { v += 0x20 }
            if v != p.value { return false }
            j += 1
        }
        return true
    }

    private static func isASCIIAlnum(_ v: UInt32) -> Bool {
        (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
    }

    private static func isEmailLocal(_ v: UInt32) -> Bool {
        isASCIIAlnum(v) || v == 0x2E || v == 0x5F || v == 0x25 || v == 0x2B || v == 0x2D
    }

    private static func isURLScalar(_ v: UInt32) -> Bool {
        guard v > 0x20, v < 0x7F else { return false }
        switch v {
        case 0x22, 0x3C, 0x3E, 0x5C, 0x5E, 0x60, 0x7B, 0x7C, 0x7D: return false  // " < > \ ^ ` { | }
        default: return true
        }
    }

    private static func isTrailingURLPunct(_ v: UInt32) -> Bool {
        switch v {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x27: true  // . , ; : ! ? ) ] '
        default: false
        }
    }

    // MARK: Numbers

    /// `+`/`-` (ASCII or full-width) as a sign: only when it does not follow something it could be an operator for.
    private func isSign(_ v: UInt32) -> Bool { v == 0x2D || v == 0xFF0D || v == 0x2B || v == 0xFF0B }

    private func followsOperand(_ i: Int) -> Bool {
        guard i > range.lowerBound else { return false }
        let p = s[i - 1]
        let c = rules.scalarClass(p)
        if c == .digit || c == .latin { return true }
        switch p {
        case 0x29, 0xFF09, 0x5D, 0x25, 0xFF05, 0x2030: return true  // ) ） ] % ％ ‰
        default: return false
        }
    }

    private static func isPercent(_ v: UInt32) -> Bool { v == 0x25 || v == 0xFF05 || v == 0x2030 }

    private static func isRangeDash(_ v: UInt32) -> Bool {
        switch v {
        case 0x2014, 0x2013, 0xFF0D, 0x2D, 0x7E, 0xFF5E, 0x301C: true  // — – － - ~ ～ 〜
        default: false
        }
    }

    /// One number without range: digits, separators, decimals, magnitudes, percent.
    private struct Simple {
        var end: Int
        var integerDigits: Int
        var decimal: Bool
        var magnitude: Bool
        var percent: Bool
    }

    private func simple(at i: Int) -> Simple? {
        var j = i
        while j < end, Numerals.isDigit(s[j]) { j += 1 }
        guard j > i else { return nil }
        var integerDigits = j - i
        // Thousands separators: ASCII comma followed by exactly three digits.
        while at(j) == 0x2C, Numerals.isDigit(at(j + 1)), Numerals.isDigit(at(j + 2)), Numerals.isDigit(at(j + 3)),
            !Numerals.isDigit(at(j + 4))
        {
            j += 4
            integerDigits += 3
        }
        var decimal = false
        if at(j) == 0x2E || at(j) == 0xFF0E, Numerals.isDigit(at(j + 1)) {
            decimal = true
            j += 1
            while j < end, Numerals.isDigit(s[j]) { j += 1 }
        }
        var magnitude = false
        while j < end, Numerals.isMagnitude(s[j]) {
            magnitude = true
            j += 1
        }
        var percent = false
        if j < end, Self.isPercent(s[j]) {
            percent = true
            j += 1
        }
        return Simple(end: j, integerDigits: integerDigits, decimal: decimal, magnitude: magnitude, percent: percent)
    }

    /// The end of the number starting at digit `i`, with what follows it.
    func number(at i: Int) -> Int? {
        guard let first = simple(at: i) else { return nil }
        var last = first
        // A range: 5%—5.5%, 5—5.5%, 2023—2026年.
        if Self.isRangeDash(at(first.end)), let second = simple(at: first.end + 1) {
            let years = !first.decimal && !second.decimal && !first.magnitude && !second.magnitude
                && first.integerDigits >= 3 && second.integerDigits >= 3 && at(second.end) == 0x5E74  // 年
            if second.percent || years { last = second }
        }
        var e = last.end
        if last.percent { return e }
        let next = at(e)
        if !last.magnitude, !last.decimal {
            switch next {
            case 0x6708, 0x65E5, 0x65F6, 0x5206, 0x79D2: return e + 1  // 月 日 时 分 秒
            case 0x5E74 where last.integerDigits >= 3: return e + 1  // 年 after a year
            default: break
            }
        }
        if last.magnitude, let unitEnd = unitWord(at: e) { e = unitEnd }
        if msr, !last.decimal, e == last.end {
            var k = e
            if at(k) == 0x591A || at(k) == 0x4F59 { k += 1 }  // 多 余: ２０多个
            if k < end, rules.has(.classifier, s[k]) || s[k] == 0x5E74 { return k + 1 }
        }
        return e
    }

    /// A unit word from the rules file starting at `i`, longest first.
    private func unitWord(at i: Int) -> Int? {
        for word in rules.units where i + word.count <= end {
            var ok = true
            for (k, v) in word.enumerated() where s[i + k] != v {
                ok = false
                break
            }
            if ok { return i + word.count }
        }
        return nil
    }

    /// Han-numeral years, months, days and percentages.
    private func hanNumber(at i: Int) -> Int? {
        // 百分之 + numerals (+ 点 + numerals)
        if s[i] == 0x767E, at(i + 1) == 0x5206, at(i + 2) == 0x4E4B, rules.isHanNumeral(at(i + 3)) {
            var j = i + 3
            while j < end, rules.isHanNumeral(s[j]) { j += 1 }
            if at(j) == 0x70B9, rules.isHanNumeral(at(j + 1)) {  // 点
                j += 1
                while j < end, rules.isHanNumeral(s[j]) { j += 1 }
            }
            return j
        }
        // A year typed with Han and Arabic digits mixed (二００一年).
        var k = i
        while k < end, k - i < 4, Numerals.hanDigitValue(s[k]) != nil || Numerals.isDigit(s[k]) { k += 1 }
        if k - i == 4, at(k) == 0x5E74, (i..<k).contains(where: { Numerals.isDigit(s[$0]) }) { return k + 1 }
        var j = i
        while j < end, rules.isHanNumeral(s[j]), j - i < 8 { j += 1 }
        let count = j - i
        guard count > 0 else { return nil }
        let next = at(j)
        if next == 0x5E74, count >= 2, (i..<j).allSatisfy({ Numerals.hanDigitValue(s[$0]) != nil }) {
            return j + 1  // 二〇三五年
        }
        if next == 0x6708 || next == 0x65E5, count <= 3, let value = Numerals.smallHanValue(s[i..<j]) {
            let limit = next == 0x6708 ? 12 : 31
            if (1...limit).contains(value) { return j + 1 }  // 十二月, 三十一日
        }
        return nil
    }

    /// Punctuation whose doubling reads as one mark: the Chinese dash —— and ellipsis ……, and their look-alikes
    /// (―― ── ⋯⋯ ……). ASCII and full-width hyphens stay one token each (MSR's gold: - - -).
    static func isRunPunct(_ v: UInt32) -> Bool {
        switch v {
        case 0x2014, 0x2015, 0x2500, 0x2026, 0x22EF:
            true
        default: false
        }
    }
}

/// Joins formula-like slogans: operands around `+` (ASCII or full-width) with nothing between them —
/// numbers (`1+14`, `8+4`), short Latin symbols (`1+N`) and Han words (`转型+增效`).
enum FormulaJoiner {
    static func join(_ pieces: inout [Piece], _ s: UnsafeBufferPointer<UInt32>, _ rules: CompiledRules) {
        guard pieces.count >= 3, var plus = pieces.firstIndex(where: { isPlus($0, s) }) else { return }
        // Only windows around the `+` signs are rebuilt (from two pieces before one to two after it; windows
        // closer than that are one window); the rest is copied.
        var out: [Piece] = []
        out.reserveCapacity(pieces.count)
        var copied = 0
        while true {
            let from = max(plus - 2, copied)
            var to = min(plus + 3, pieces.count)
            var k = plus + 1
            while k < min(to + 4, pieces.count) {
                if isPlus(pieces[k], s) { to = min(k + 3, pieces.count) }
                k += 1
            }
            out.append(contentsOf: pieces[copied..<from])
            out.append(contentsOf: rebuild(Array(pieces[from..<to]), s, rules))
            copied = to
            guard let next = pieces[to...].firstIndex(where: { isPlus($0, s) }) else { break }
            plus = next
        }
        out.append(contentsOf: pieces[copied...])
        pieces = out
    }

    /// Joins the formulas of a window: single characters paired, then chains operand (+ operand)+.
    private static func rebuild(_ window: [Piece], _ s: UnsafeBufferPointer<UInt32>, _ rules: CompiledRules) -> [Piece] {
        var tail = window
        pairSingles(&tail, s, rules)
        var out: [Piece] = []
        out.reserveCapacity(tail.count)
        var i = 0
        while i < tail.count {
            // A chain operand (+ operand)+ starting at i.
            var j = i
            if isOperand(tail[i], s, rules) {
                while j + 2 < tail.count, isPlus(tail[j + 1], s), isOperand(tail[j + 2], s, rules) { j += 2 }
            }
            if j > i {
                out.append(Piece(start: tail[i].start, end: tail[j].end, kind: .formula))
                i = j + 1
            } else {
                out.append(tail[i])
                i += 1
            }
        }
        return out
    }

    /// Two single Han characters next to a `+` (转型+增 效) make one operand word.
    private static func pairSingles(_ pieces: inout [Piece], _ s: UnsafeBufferPointer<UInt32>, _ rules: CompiledRules) {
        func single(_ i: Int) -> Bool {
            i >= 0 && i < pieces.count && pieces[i].kind == .word && pieces[i].end - pieces[i].start == 1
                && rules.scalarClass(s[pieces[i].start]) == .han
        }
        var i = 0
        var out: [Piece] = []
        while i < pieces.count {
            let afterPlus = i > 0 && isPlus(pieces[i - 1], s)
            let beforePlus = i + 2 < pieces.count && isPlus(pieces[i + 2], s)
            if single(i), single(i + 1), afterPlus || beforePlus {
                out.append(Piece(start: pieces[i].start, end: pieces[i + 1].end, kind: .word))
                i += 2
                continue
            }
            out.append(pieces[i])
            i += 1
        }
        if out.count != pieces.count { pieces = out }
    }

    private static func isPlus(_ p: Piece, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        p.end - p.start == 1 && (s[p.start] == 0x2B || s[p.start] == 0xFF0B)
    }

    private static func isOperand(_ p: Piece, _ s: UnsafeBufferPointer<UInt32>, _ rules: CompiledRules) -> Bool {
        let length = p.end - p.start
        switch p.kind {
        case .number: return length <= 4 && (p.start..<p.end).allSatisfy { Numerals.isDigit(s[$0]) }
        case .latin: return length <= 3
        case .word: return (2...4).contains(length) && rules.scalarClass(s[p.start]) == .han
        default: return false
        }
    }
}
