/// A figure with sign and fraction forms on top of `Numeral`: `负三十二`, `-3/2`, `五分之一`, `三百五又三分之一`,
/// `1 3/5`, and the per-hundred forms `百分之十五` / `千分之三` / `万分之三` (kept apart because they read as percentages).
struct NumberExpression: Sendable {
    enum Form: Sendable, Equatable {
        case plain
        case fraction
        /// 百分之X (100), 千分之X (1000), 万分之X (10000), 百万分之X …: `value` is X, the written numerator.
        case perDenominator(Double)
    }

    var start: Int
    var end: Int
    var value: Double
    var form: Form
    /// The numeral that carries the magnitude and the written value (the numerator for per-denominator forms).
    var numeral: Numeral
    var valid: Bool
    /// Where the numerator starts in a per-denominator form.
    var numeratorStart: Int
    /// Where the first numeral starts (after any sign).
    var firstNumeralStart: Int

    /// The value in the unit as written (magnitude stripped for plain figures).
    var written: Double { form == .plain ? value / numeral.scale : value }
    var scale: Double { form == .plain ? numeral.scale : 1 }
    var isPlainInteger: Bool { form == .plain && numeral.isInteger && value >= 0 }
}

extension ScanContext {
    /// A sign at `i`: 负/負 (not inside a listed word: 减负, 担负, 胜负), or `-`/`－` not glued to a preceding letter
    /// or digit. Returns where the figure starts.
    func signEnd(at i: Int) -> Int? {
        guard i < n else { return nil }
        if lex.table.cls(s[i]) == .minus { return listedWordEnd(around: i) == nil ? i + 1 : nil }
        if s[i] == "-" || s[i] == "－" {
            if i > 0 && (isAlnum(s[i - 1]) || s[i - 1] == "-" || s[i - 1] == "－") { return nil }
            guard i + 1 < n else { return nil }
            if NumeralTable.arabicDigit(s[i + 1]) != nil { return i + 1 }
            if (s[i + 1] == "." || s[i + 1] == "．"), i + 2 < n, NumeralTable.arabicDigit(s[i + 2]) != nil { return i + 1 }
        }
        return nil
    }

    /// A signed numeral (no fraction forms).
    func signedNumeral(at i: Int) -> (numeral: Numeral, negative: Bool, start: Int)? {
        var p = i
        var negative = false
        if let e = signEnd(at: i) { p = e; negative = true }
        if p < n, s[p] == "." || s[p] == "．" {
            // `.5`: a leading decimal point (not after a digit).
            guard p + 1 < n, NumeralTable.arabicDigit(s[p + 1]) != nil, p == 0 || NumeralTable.arabicDigit(s[p - 1]) == nil,
                  let a = readArabic(p) else { return nil }
            var num = Numeral(start: p, end: a.end, value: a.value, scaleStart: a.end)
            num.hasArabic = true
            num.hasDigit = true
            num.isInteger = false
            num.onlyDigits = false
            num.valid = !a.overflow
            return (num, negative, i)
        }
        guard let num = parseNumeral(at: p) else { return nil }
        return (num, negative, i)
    }

    /// The figure starting at `i`, or nil.
    func parseExpression(at i: Int) -> NumberExpression? {
        guard let (a, negA, start) = signedNumeral(at: i) else { return nil }
        let signA = negA ? -1.0 : 1.0
        var expr = NumberExpression(start: start, end: a.end, value: signA * a.value, form: .plain, numeral: a,
                                    valid: a.valid, numeratorStart: a.start, firstNumeralStart: a.start)
        guard a.valid else { return expr }

        // X分之Y: a fraction, or per-hundred when X is a bare unit (百分之, 千分之, 万分之).
        if let (numerator, negB, numStart, end) = fractionTail(after: a.end) {
            let signB = negB ? -1.0 : 1.0
            if !a.hasDigit {
                expr.form = .perDenominator(a.value)
                expr.value = signB * numerator.value
                expr.numeral = numerator
                expr.numeratorStart = numStart
            } else {
                guard a.value != 0 else { expr.valid = false; expr.end = end; return expr }
                expr.form = .fraction
                expr.value = signA * signB * numerator.value / a.value
                if negA && negB { expr.value = abs(expr.value) }
            }
            expr.end = end
            expr.valid = numerator.valid
            return expr
        }
        guard a.hasDigit else { return expr }

        // A又B分之C: a mixed number.
        var r = skipSpaces(a.end)
        if r < n, s[r] == "又" {
            r = skipSpaces(r + 1)
            if let b = parseNumeral(at: r), b.valid, b.hasDigit, b.value != 0,
               let (c, _, _, end) = fractionTail(after: b.end) {
                expr.form = .fraction
                expr.value = signA * (a.value + c.value / b.value)
                expr.end = end
                return expr
            }
        }

        // Arabic a/b and a b/c (not in dates like 2024/1/5).
        if a.hasArabic && !a.hasChinese && a.isInteger {
            if a.end + 1 < n, s[a.end] == "/" || s[a.end] == "／", !(start > 0 && (s[start - 1] == "/" || s[start - 1] == "／")),
               let b = readArabic(a.end + 1), b.isInteger, b.value != 0, !slashFollows(b.end) {
                expr.form = .fraction
                expr.value = signA * a.value / b.value
                expr.end = b.end
                return expr
            }
            if a.end + 1 < n, s[a.end] == " ", let b = readArabic(a.end + 1), b.isInteger,
               b.end + 1 < n, s[b.end] == "/" || s[b.end] == "／", let c = readArabic(b.end + 1), c.isInteger, c.value != 0,
               !slashFollows(c.end) {
                expr.form = .fraction
                expr.value = signA * (a.value + b.value / c.value)
                expr.end = c.end
                return expr
            }
        }
        return expr
    }

    private func slashFollows(_ p: Int) -> Bool { p < n && (s[p] == "/" || s[p] == "／") }

    /// `分之Y` (spaces allowed) after a denominator ending at `p`: the numerator.
    func fractionTail(after p: Int) -> (Numeral, Bool, Int, Int)? {
        var r = skipSpaces(p)
        guard r < n, s[r] == "分" else { return nil }
        r = skipSpaces(r + 1)
        guard r < n, s[r] == "之" else { return nil }
        r = skipSpaces(r + 1)
        // The numerator may be a bare unit: 百分之百.
        guard let (b, neg, _) = signedNumeral(at: r), b.hasDigit || b.value >= 100 else { return nil }
        return (b, neg, r, b.end)
    }
}
