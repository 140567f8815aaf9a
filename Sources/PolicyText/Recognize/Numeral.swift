/// A numeral as written: Arabic (`1,100.5`), Chinese (`一千五百零几万`, `肆佰陆拾`), or mixed (`1.5万亿`, `3万4000`).
struct Numeral: Sendable, Equatable {
    var start: Int
    var end: Int
    /// The full value, magnitudes applied (`1.5万亿` → 1.5e12).
    var value: Double
    /// Product of the trailing magnitude characters (`万亿` → 1e12), 1 when none.
    var scale: Double = 1
    /// Where the trailing magnitude characters begin (`== end` when none).
    var scaleStart: Int
    var hasChinese = false
    var hasArabic = false
    /// Only digits, no 十百千万: `2035`, `二〇三五`, `九九`.
    var onlyDigits = true
    /// Number of integer digits of a pure digit string.
    var digitCount = 0
    var isInteger = true
    /// 多 / 余 / 几 inside (`十多万`, `二十几万`): "and some".
    var approxMore = false
    /// False for bare units (`百`, `千万`), which read as numbers only before a unit or in `百分之`.
    var hasDigit = false
    /// False when out of range or malformed: the caller skips `start..<end` and reports nothing.
    var valid = true
    /// Full-width digits were used (so a full-width comma may group them).
    var fullWidth = false

    /// The value as an Int when it is a whole number inside `range`; nil otherwise (infinite and huge values
    /// included, so no conversion can trap).
    func integer(in range: ClosedRange<Int>) -> Int? {
        guard isInteger, value.isFinite, value >= Double(range.lowerBound), value <= Double(range.upperBound) else { return nil }
        return Int(value)
    }

    /// The value in the unit as written: without the trailing magnitude (`1.5万亿` → 1.5).
    var written: Double { value / scale }
    var length: Int { end - start }
}

/// Values beyond this magnitude are rejected as out of range (no policy figure reaches 10¹⁸).
let numeralLimit = 1e18

private let powersOfTen: [Double] = (0...22).map { e in
    var x = 1.0
    for _ in 0..<e { x *= 10 }
    return x
}

@inline(__always) func pow10(_ e: Int) -> Double {
    if e >= 0 && e < powersOfTen.count { return powersOfTen[e] }
    if e < 0 && -e < powersOfTen.count { return 1 / powersOfTen[-e] }
    var x = 1.0
    let step = e >= 0 ? 10.0 : 0.1
    for _ in 0..<min(abs(e), 400) { x *= step }
    return x
}

extension ScanContext {
    /// An Arabic digit run at `q`: integer digits, optional thousands groups and decimals, optional exponent
    /// (`2e5`, `2^5`) and `k`/`M` suffix. Linear in its length; never traps (mantissa capped at 18 digits).
    func readArabic(_ q: Int) -> (value: Double, end: Int, intDigits: Int, isInteger: Bool, overflow: Bool, fullWidth: Bool)? {
        guard q < n, NumeralTable.arabicDigit(s[q]) != nil || s[q] == "." || s[q] == "．" else { return nil }
        let fullWidth = s[q].value >= 0xFF10
        var p = q
        var mantissa: UInt64 = 0
        var mantDigits = 0
        var intDigits = 0
        var dropped = 0   // integer digits beyond the mantissa cap
        @inline(__always) func push(_ d: Int) {
            if mantDigits < 18 {
                mantissa = mantissa &* 10 &+ UInt64(d)
                if mantissa > 0 { mantDigits += 1 }
            } else {
                dropped += 1
            }
        }
        while p < n, let d = NumeralTable.arabicDigit(s[p]) { push(d); intDigits += 1; p += 1 }
        // Thousands groups: `1,050,000` (and `４，５６５` in full width only: a Chinese comma after ASCII digits is a list).
        if intDigits >= 1 && intDigits <= 3 {
            while p + 3 < n || p + 3 == n - 0 {
                guard p + 3 < n + 0, p < n else { break }
                let sep = s[p]
                guard sep == "," || (fullWidth && (sep == "，" || sep == "，")) else { break }
                guard p + 3 < n,
                      let a = NumeralTable.arabicDigit(s[p + 1]), let b = NumeralTable.arabicDigit(s[p + 2]),
                      let c = NumeralTable.arabicDigit(s[p + 3]) else { break }
                if p + 4 < n, NumeralTable.arabicDigit(s[p + 4]) != nil { break }
                push(a); push(b); push(c)
                intDigits += 3
                p += 4
            }
        }
        var fracDigits = 0
        if p + 1 < n, s[p] == "." || s[p] == "．", NumeralTable.arabicDigit(s[p + 1]) != nil {
            p += 1
            while p < n, let d = NumeralTable.arabicDigit(s[p]) {
                if mantDigits < 18 { mantissa = mantissa &* 10 &+ UInt64(d); mantDigits += 1; fracDigits += 1 }
                p += 1
            }
        }
        guard intDigits > 0 || fracDigits > 0 else { return nil }
        let overflow = dropped > 0 && intDigits > 18
        var value = Double(mantissa) / pow10(fracDigits) * pow10(dropped)
        if overflow { value = .infinity }
        // Exponent `2e5`, `-127.32e13`, `2.7890e－1`; not when a letter follows (`3em`).
        if !overflow, p + 1 < n, s[p] == "e" || s[p] == "E" {
            var r = p + 1
            var negative = false
            if s[r] == "+" || s[r] == "-" || s[r] == "－" { negative = s[r] != "+"; r += 1 }
            var e = 0
            var ed = 0
            while r < n, let d = NumeralTable.arabicDigit(s[r]) { if e < 1000 { e = e * 10 + d }; ed += 1; r += 1 }
            if ed > 0, r >= n || !NumeralTable.isLatinLetter(s[r]) {
                value *= pow10(negative ? -e : e)
                p = r
                return (value, p, intDigits, false, !value.isFinite || value > numeralLimit, fullWidth)
            }
        }
        // Power `2^5`, `1.1^+23`, `2^-1`, `-1.1^--23`.
        if !overflow, p + 1 < n, s[p] == "^" {
            var r = p + 1
            var minus = 0
            while r < n, s[r] == "+" || s[r] == "-" { if s[r] == "-" { minus += 1 }; r += 1 }
            var e = 0
            var ed = 0
            while r < n, let d = NumeralTable.arabicDigit(s[r]) { if e < 1000 { e = e * 10 + d }; ed += 1; r += 1 }
            if ed > 0 {
                var result = 1.0
                let exponent = minus % 2 == 1 ? -e : e
                for _ in 0..<min(abs(exponent), 1000) { result *= value; if !result.isFinite { break } }
                if exponent < 0 { result = 1 / result }
                return (result, r, intDigits, false, !result.isFinite || result > numeralLimit, fullWidth)
            }
        }
        // `40k`, `15K`, `2.5M` at the end of a word: not `4K超高清`, `10kV`, `100M宽带` (and `12k个百分点` is allowed).
        if !overflow, p < n {
            let c = s[p]
            var factor = 0.0
            if c == "k" || c == "K" || c == "ｋ" || c == "Ｋ" { factor = 1e3 } else if c == "M" || c == "Ｍ" { factor = 1e6 }
            let next: Unicode.Scalar? = p + 1 < n ? s[p + 1] : nil
            let wordEnd = next.map { $0.value < 0x2E80 && !NumeralTable.isLatinLetter($0) && NumeralTable.arabicDigit($0) == nil } ?? true
            let percentAfter = next.map { $0 == "个" || $0 == "個" || $0 == "%" || $0 == "％" } ?? false
            if factor > 0, wordEnd || (factor == 1e3 && percentAfter) {
                return (value * factor, p + 1, intDigits, false, value * factor > numeralLimit, fullWidth)
            }
        }
        return (value, p, intDigits, fracDigits == 0, overflow || value > numeralLimit, fullWidth)
    }

    /// The numeral starting at `i` (no sign), or nil when none starts there.
    ///
    /// A single left-to-right pass: digits, units 十百千 (strictly decreasing within a 万-group), magnitudes
    /// 万亿兆 (multiplying what precedes when at least as large, else adding a group), 零 as a placeholder, an abridged
    /// last digit (`两千四百五` = 2450, `一万三` = 13000), Chinese decimals (`十点二三`), 多/余/几 before a magnitude,
    /// spaces between parts. Stops before a measure unit that begins with a numeral character (`千瓦`, `千米`, `兆瓦`).
    func parseNumeral(at i: Int) -> Numeral? {
        guard i < n else { return nil }
        let table = lex.table
        var num = Numeral(start: i, end: i, value: 0, scaleStart: i)
        var acc = 0.0            // completed magnitude groups
        var groupMag = 0.0       // magnitude of the lowest unit of `acc`
        var section = 0.0        // within the current group
        var digit: Double?       // pending digit (or Arabic run) not yet multiplied
        var digitIsChineseSingle = false
        var lastUnit = Double.infinity   // last 十百千 in this group (must decrease)
        var place = 0.0          // place value of the last unit/magnitude (for the abridged last digit)
        var zeroSeen = false     // 零 since the last unit: no abridging (`一千零五` = 1005)
        var lastWasMagnitude = false
        var decimal: Double?     // value fixed by a decimal part
        var p = i

        func total() -> Double {
            var t = acc + section
            if let d = digit {
                if digitIsChineseSingle && place >= 10 && !zeroSeen && !num.onlyDigits { t += d * place / 10 } else { t += d }
            }
            return t
        }

        loop: while p < n {
            var q = p
            if p > i { while q < n && NumeralTable.isSpace(s[q]) { q += 1 } }
            guard q < n else { break }
            let c = s[q]
            let spaced = q > p
            switch table.cls(c) {
            case .arabicDigit:
                if decimal != nil || digit != nil { break loop }
                if spaced && num.onlyDigits && num.hasDigit { break loop }   // `1, 234` are two numbers
                guard let a = readArabic(q) else { break loop }
                digit = a.value
                digitIsChineseSingle = false
                num.hasArabic = true
                num.hasDigit = true
                num.fullWidth = num.fullWidth || a.fullWidth
                if !a.isInteger { num.isInteger = false }
                if a.overflow { num.valid = false }
                if num.onlyDigits { num.digitCount = a.intDigits }
                p = a.end
            case .chineseDigit:
                if decimal != nil { break loop }
                let d = Double(table.value(c))
                if d == 0 && !num.onlyDigits {
                    zeroSeen = true
                    if digit != nil { break loop }
                    num.hasChinese = true
                    p = q + 1
                    lastWasMagnitude = false
                    num.end = p
                    continue loop
                }
                if let pending = digit {
                    // Consecutive digits: a digit string (`二〇三五`, `九九`) unless units came before (`十四五`).
                    guard num.onlyDigits, !spaced, !num.hasArabic else { break loop }
                    digit = pending * 10 + d
                    num.digitCount += 1
                    if num.digitCount > 18 { num.valid = false; digit = 0 }
                } else {
                    // A lone digit right after 万/亿 would be abridged (一万三 = 13000); but before a measure word it
                    // starts a new count (5万亿两个台阶), and 两 is always a count there.
                    if section == 0, place >= 1e4, !zeroSeen {
                        let next = q + 1 < n ? table.cls(s[q + 1]) : .none
                        if next == .none || next == .approx {
                            if "两兩俩倆".unicodeScalars.contains(c) { break loop }
                            if q + 1 < n, lex.units.longest(s, at: q + 1) != nil { break loop }
                        }
                    }
                    digit = d
                    if num.onlyDigits { num.digitCount = 1 }
                }
                digitIsChineseSingle = num.digitCount <= 1 || !num.onlyDigits
                num.hasChinese = true
                num.hasDigit = true
                p = q + 1
            case .unit:
                if decimal != nil { break loop }
                if measureUnitStarts(s, at: q) { break loop }
                let u = pow10(table.value(c))
                if u >= lastUnit { break loop }
                if num.onlyDigits && num.digitCount > 1 {
                    // `二三十`: two digits before a unit read "twenty or thirty"; not a single figure.
                    num.valid = false
                }
                var m = digit ?? 1
                if m == 0 { m = 1 }   // 零十 = 10
                if u == 10 { num.hasDigit = true }   // 十 alone is a number (一十)
                section += m * u
                digit = nil
                lastUnit = u
                place = u
                zeroSeen = false
                num.onlyDigits = false
                num.hasChinese = true
                p = q + 1
            case .magnitude:
                if decimal != nil && acc > 0 { break loop }
                if measureUnitStarts(s, at: q) { break loop }
                let m = pow10(table.value(c))
                if let d = decimal {
                    // `一点五亿`: the decimal value times the magnitude.
                    decimal = d * m
                } else {
                    // The group before the magnitude, unabridged (`五兆六十二亿四万` has no abridged 四).
                    var s0 = section + (digit ?? 0)
                    if s0 == 0 && acc == 0 {
                        // `万` alone is no number, except as a denominator: 万分之三, 万万分之七.
                        var r = q + 1
                        while r < n && (NumeralTable.isSpace(s[r]) || table.cls(s[r]) == .magnitude) { r += 1 }
                        guard r < n, s[r] == "分" else { break loop }
                        s0 = 1
                    }
                    if acc == 0 || m >= groupMag {
                        if s0 == 0 { acc *= m; groupMag *= m } else { acc = (acc + s0) * m; groupMag = m }
                    } else {
                        acc += s0 * m
                    }
                    section = 0
                    digit = nil
                    lastUnit = .infinity
                    place = m
                    zeroSeen = false
                }
                num.onlyDigits = false
                num.hasChinese = true
                if lastWasMagnitude { num.scale *= m } else { num.scale = m; num.scaleStart = q }
                if acc > numeralLimit || (decimal ?? 0) > numeralLimit { num.valid = false; acc = 0; decimal = nil; section = 0 }
                p = q + 1
                lastWasMagnitude = true
                num.end = p
                continue loop
            case .point:
                if decimal != nil || !num.hasDigit && section == 0 { break loop }
                // Decimal digits follow (not 两: `一点两小时` is not 1.2).
                var r = q + 1
                while r < n && NumeralTable.isSpace(s[r]) { r += 1 }
                var frac = 0.0
                var scaleF = 1.0
                var count = 0
                while r < n, table.cls(s[r]) == .chineseDigit, !"两兩俩倆".unicodeScalars.contains(s[r]) {
                    if count < 15 { frac = frac * 10 + Double(table.value(s[r])); scaleF *= 10 }
                    count += 1
                    r += 1
                }
                guard count > 0 else { break loop }
                let t = total()
                decimal = (t * scaleF + frac) / scaleF
                num.isInteger = false
                num.onlyDigits = false
                num.hasChinese = true
                p = r
            case .approx:
                guard num.hasDigit || section > 0, decimal == nil else { break loop }
                var r = q + 1
                while r < n && NumeralTable.isSpace(s[r]) { r += 1 }
                guard r < n, table.cls(s[r]) == .magnitude, !measureUnitStarts(s, at: r) else { break loop }
                num.approxMore = true
                if digit != nil && digitIsChineseSingle && num.onlyDigits == false && !zeroSeen {
                    // `一百 二 十 几亿`: the abridged digit is not meant here; keep it as is.
                }
                p = q + 1
            case .half:
                guard p == i else { break loop }
                let r = q + 1
                guard r < n, table.cls(s[r]) == .unit || table.cls(s[r]) == .magnitude else { break loop }
                digit = 0.5
                digitIsChineseSingle = false
                num.hasChinese = true
                num.hasDigit = true
                num.isInteger = false
                p = q + 1
            default:
                break loop
            }
            lastWasMagnitude = false
            num.scale = 1
            num.end = p
            num.scaleStart = p
        }
        guard num.end > i else { return nil }
        num.value = decimal ?? total()
        if num.scale != 1 && num.scaleStart == num.end { num.scale = 1 }
        if !num.value.isFinite || num.value > numeralLimit { num.valid = false }
        if !num.hasDigit {
            // Bare units: 十 alone is ten; 百/千/万 alone (百姓, 千方百计) are not numbers by themselves.
            num.hasDigit = false
        }
        return num
    }
}
