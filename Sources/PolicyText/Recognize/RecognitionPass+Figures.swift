/// Figures: numbers, percentages, quantities with units, multipliers, with bounds and ranges.
extension RecognitionPass {
    /// A figure with what directly follows it: 多/余, a percent sign or 个百分点, 成/折, 倍, or a measure unit.
    struct Term {
        var start: Int
        var end: Int
        var kind: QuantityKind
        /// In the unit as written.
        var value: Double
        /// In the base unit.
        var base: Double
        /// Magnitude text plus unit (`万元`, `%`, `亿`), nil for a bare number.
        var unit: String?
        var baseUnit: String?
        var category: String?
        /// Magnitude × unit factor: base = value × factorToBase.
        var factorToBase: Double
        var more: Bool
        var expr: NumberExpression
    }

    /// Characters after 成 that make it a word, not tenths (成为, 成立, 成本 …).
    static let chengVeto = Set("为立果本效功员都交绩就长熟型品套片网链规体群批绩熟家像年真".unicodeScalars.map(\.value))
    /// Characters after 折 that make it a word, not a discount (折旧, 折算, 折合 …).
    static let zheVeto = Set("旧算合射线叠腾返中扣价服".unicodeScalars.map(\.value))

    func term(_ expr: NumberExpression) -> Term {
        let s = c.s
        var p = expr.end
        let magnitudeText = expr.form == .plain && expr.numeral.scale != 1 ? c.text(expr.numeral.scaleStart..<expr.numeral.end) : ""
        var t = Term(start: expr.start, end: p, kind: .number, value: expr.written, base: expr.value,
                     unit: magnitudeText.isEmpty ? nil : magnitudeText, baseUnit: nil, category: nil,
                     factorToBase: expr.scale, more: expr.numeral.approxMore, expr: expr)
        if case .perDenominator(let d) = expr.form {
            t.kind = .percent
            switch d {
            case 100: t.unit = "%"
            case 1000: t.unit = "‰"
            case 10000: t.unit = "‱"
            default:
                t.unit = "%"
                t.value = expr.value * 100 / d
            }
            t.base = expr.value * 100 / d
            t.factorToBase = 100 / d
            t.baseUnit = "%"
            return t
        }
        // 300多家, 10余项: "and more" before the unit.
        if expr.form == .plain, expr.numeral.isInteger, p < c.n, s[p] == "多" || s[p] == "余",
           c.lex.units.longest(s, at: p + 1) != nil || c.isChar(p + 1, "个") {
            t.more = true
            p += 1
        }
        guard p < c.n else { return t }
        // Percent forms may follow after spaces (`一百五十 个百分点`, `十 成`).
        let p0 = p
        let q = c.skipSpaces(p)
        if q > p, q < c.n, s[q] == "%" || s[q] == "％" || s[q] == "成" || s[q] == "折" || s[q] == "个" || s[q] == "個" { p = q }
        if s[p] == "%" || s[p] == "％" {
            // `%28` in a URL-encoded string is no percent sign.
            if p + 2 < c.n, Self.isHex(s[p + 1]), Self.isHex(s[p + 2]), NumeralTable.arabicDigit(s[p + 1]) != nil { return t }
            t.kind = .percent
            t.unit = "%"; t.baseUnit = "%"
            t.value = expr.value; t.base = expr.value; t.factorToBase = 1
            t.end = p + 1
            return t
        }
        if let (e, _) = Self.percentagePoints.longestSpaced(s, at: p) {
            t.kind = .percentagePoint
            t.unit = "个百分点"; t.baseUnit = "个百分点"
            t.value = expr.value; t.base = expr.value; t.factorToBase = 1
            t.end = e
            return t
        }
        if s[p] == "成", expr.form == .plain, expr.value > 0, expr.value <= 10, expr.numeral.scale == 1,
           p + 1 >= c.n || !Self.chengVeto.contains(s[p + 1].value) {
            var v = expr.value * 10
            var e = p + 1
            if c.isChar(e, "半") { v += 5; e += 1 }
            else {
                // 七成六 (76%): one more digit after 成.
                let r = c.skipSpaces(e)
                if r < c.n, c.lex.table.cls(s[r]) == .chineseDigit, r + 1 >= c.n || c.lex.table.cls(s[r + 1]) == .none {
                    v += Double(c.lex.table.value(s[r]))
                    e = r + 1
                }
            }
            t.kind = .percent; t.unit = "%"; t.baseUnit = "%"
            t.value = v; t.base = v; t.factorToBase = 1
            t.end = e
            return t
        }
        if s[p] == "折", expr.form == .plain, expr.value > 0, expr.numeral.scale == 1,
           p + 1 >= c.n || !Self.zheVeto.contains(s[p + 1].value) {
            // 9.9折 = 99%, 75折 / 三八折 = 75% / 38% (two written digits); 十折 is nothing.
            let twoDigits = expr.numeral.onlyDigits && expr.numeral.digitCount == 2
            let v: Double? = expr.value < 10 ? expr.value * 10 : (twoDigits ? expr.value : nil)
            if let v {
                t.kind = .percent; t.unit = "%"; t.baseUnit = "%"
                t.value = v; t.base = v; t.factorToBase = 1
                t.end = p + 1
                return t
            }
        }
        if s[p] == "倍", expr.form == .plain, expr.value > 0 {
            t.kind = .multiplier
            t.unit = "倍"; t.baseUnit = "倍"
            t.value = expr.value; t.base = expr.value; t.factorToBase = 1
            t.end = p + 1
            return t
        }
        let arabic = expr.numeral.hasArabic, magnitude = expr.form == .plain && expr.numeral.scale != 1
        if let (e, unit) = c.lex.units.longest(s, at: p, where: { e, unit in
            !(unit.latin && e < c.n && NumeralTable.isLatinLetter(s[e])) && unit.accepts(arabic: arabic, magnitude: magnitude, next: c.at(e))
        }) {
            t.kind = .measure
            t.unit = magnitudeText + unit.text
            t.baseUnit = unit.baseUnit
            t.category = unit.category
            t.factorToBase = expr.scale * unit.factor
            t.base = expr.value * unit.factor
            t.end = e
            // A rate: 30万元/人, 3万元/亩, 80公里/小时. The denominator is one of a unit (no magnitude, no numeral).
            if e + 1 < c.n, s[e] == "/" || s[e] == "／", let (de, per) = c.lex.units.longest(s, at: e + 1),
               NumeralTable.arabicDigit(s[e + 1]) == nil
            {
                let denominator = c.text((e + 1)..<de)
                t.unit = (t.unit ?? "") + "/" + denominator
                t.baseUnit = unit.baseUnit + "/" + per.baseUnit
                t.category = "rate"
                t.factorToBase = expr.scale * unit.factor / per.factor
                t.base = expr.value * unit.factor / per.factor
                t.end = de
                return t
            }
            // 人民币50元, 人民币 8千元: the currency named before the figure belongs to it.
            if unit.category == "currency" {
                var b = expr.start
                while b > floor && b > 0 && NumeralTable.isSpace(s[b - 1]) { b -= 1 }
                if b - 3 >= floor, b >= 3, s[b - 3] == "人", s[b - 2] == "民", s[b - 1] == "币" { t.start = b - 3 }
            }
            // 一吨半, 两米半: and a half (of the unit), for whole figures without a magnitude.
            if c.isChar(e, "半"), expr.form == .plain, expr.numeral.isInteger, expr.numeral.scale == 1 {
                t.value += 0.5
                t.base = t.value * unit.factor
                t.end = e + 1
            }
            return t
        }
        t.end = p0
        // $20, ￥300: a currency sign just before the figure.
        if expr.start > 0, expr.form == .plain, let unit = Self.currencySigns[s[expr.start - 1].value] {
            t.kind = .measure
            t.start = expr.start - 1
            t.unit = magnitudeText + unit
            t.baseUnit = unit
            t.category = "currency"
        }
        return t
    }

    /// Currency signs before a figure and the unit they stand for.
    static let currencySigns: [UInt32: String] = [
        0x24: "美元", 0xFF04: "美元", 0xFFE5: "元", 0xA5: "元", 0x20AC: "欧元", 0xA3: "英镑",
    ]

    static func isHex(_ c: Unicode.Scalar) -> Bool {
        NumeralTable.arabicDigit(c) != nil || ("A"..."F").contains(c) || ("a"..."f").contains(c)
    }

    /// Fixed discount and tenths words without a numeral: 打对折 (50%), 半成 (5%), 半折 (50%).
    func discountPhrase(at i: Int) -> Step? {
        let first = c.s[i]
        guard first == "对" || first == "對" || first == "半" || first == "一", i + 1 < c.n else { return nil }
        let value: Double
        let end: Int
        if let e = c.match("对折", at: i) ?? c.match("對折", at: i), i > 0, c.s[i - 1] == "打" { value = 50; end = e }
        else if let e = c.match("半成", at: i) { value = 5; end = e }
        else if let e = c.match("半折", at: i) { value = 50; end = e }
        else if let e = c.match("一半", at: i) { value = 50; end = e }   // 近一半, 一半以上
        else { return nil }
        let (start, to, bound, inclusive) = bounds(from: i, to: end, bound: .exact)
        let q = Quantity(kind: .percent, value: value, unit: "%", bound: bound, base: value, baseUnit: "%", inclusive: inclusive)
        return .entity(Entity(span: c.span(start..<to), quantity: q))
    }

    /// Widens `start..<end` over a preceding and a following bound cue; a suffix cue wins over a prefix cue.
    func bounds(from start: Int, to end: Int, bound: Bound) -> (Int, Int, Bound, Bool?) {
        var start = start, end = end, bound = bound
        var inclusive: Bool?
        var suffix = false
        if let (e, cue) = c.lex.suffixBounds.longest(c.s, at: end) { end = e; bound = cue.bound; inclusive = cue.inclusive; suffix = true }
        if let (ps, cue) = c.lex.prefixBounds.longestEnding(c.s, before: start, floor: floor),
           c.lex.notBoundWords.longestEnding(c.s, before: start, floor: floor).map({ $0.start >= ps }) ?? true {
            start = ps
            if !suffix { bound = cue.bound; inclusive = cue.inclusive }
        }
        return (start, end, bound, inclusive)
    }

    static let percentagePoints: PhraseTable<Bool> = {
        var t = PhraseTable<Bool>()
        for w in ["个百分点", "個百分點", "个百分點", "個百分点", "百分点"] { t.add(w, true) }
        return t
    }()

    /// Whether `b` can close a range opened by `a` (same kind and unit, or `a` bare taking `b`'s unit).
    func rangeCompatible(_ a: Term, _ b: Term) -> Bool {
        guard b.expr.form != .fraction else { return false }
        if a.kind == b.kind && a.unit == b.unit { return true }
        if a.kind == .number && a.expr.form == .plain && (a.expr.numeral.scale == 1 || a.unit.map { b.unit?.hasPrefix($0) ?? false } ?? false) {
            return b.kind != .number || b.unit != nil
        }
        return false
    }

    func figure(_ expr: NumberExpression) -> Step {
        var t = term(expr)
        var upper: Double?
        var baseUpper: Double?
        var end = t.end
        // Range: 5%—5.5%, 10—15万人, 5%至6%.
        if let ce = c.connector(at: t.end) ?? spacedConnector(at: t.end), t.kind != .multiplier {
            let q = c.skipSpaces(ce)
            if let e2 = c.parseExpression(at: q), e2.valid, !(e2.numeral.start == q && c.s[q] == "-" ),
               !isTimeAhead(e2) {
                let t2 = term(e2)
                if rangeCompatible(t, t2), t2.value >= 0 {
                    if t.kind == .number && t2.kind != .number || t.unit != t2.unit {
                        // The bare lower end takes the upper end's unit and magnitude.
                        let lowerWritten = t.expr.value
                        t.kind = t2.kind
                        t.unit = t2.unit
                        t.baseUnit = t2.baseUnit
                        t.category = t2.category
                        t.value = lowerWritten
                        t.base = lowerWritten * t2.factorToBase
                    }
                    upper = t2.value
                    baseUpper = t2.base
                    end = t2.end
                    t.more = t.more || t2.more
                }
            }
        }
        var (start, to, cueBound, cueInclusive) = bounds(from: t.start, to: end, bound: .exact)
        end = to
        var bound: Bound = upper != nil ? .range : (t.more ? .atLeast : .exact)
        var inclusive: Bool? = t.more ? false : nil
        if upper == nil && cueBound != .exact { bound = cueBound; inclusive = cueInclusive }
        if t.kind == .multiplier {
            if let (vs, mode) = c.lex.multiplierVerbs.longestEnding(c.s, before: start, floor: floor) {
                start = vs
                if mode == .by {
                    t.value += 1
                    t.base += 1
                    if let u = upper { upper = u + 1; baseUpper = (baseUpper ?? u) + 1 }
                }
            }
        }
        // Bare single Chinese digits (一是, 三农), Chinese digit strings (三四, 一二三产业), enumeration markers
        // (十一是, （二）, 3、) and ordinals (第一) are words here, not figures.
        if t.kind == .number && bound == .exact {
            let num = t.expr.numeral
            if t.expr.form == .plain && num.hasChinese && !num.hasArabic && num.length == 1 { return .skip(end) }
            if t.expr.form == .plain && num.hasChinese && num.onlyDigits { return .skip(end) }
            if isEnumerationMarker(t.expr) { return .skip(end) }
            if isGlued(t.expr) { return .skip(end) }
            if t.expr.start > 0 && c.s[t.expr.start - 1] == "第" { return .skip(end) }
            if c.isChar(end, "届") { return .skip(end + 1) }   // 二十届: an ordinal without 第
            if t.expr.form == .plain && !num.hasDigit && num.value != 10 { return .skip(end) }
        }
        if t.expr.start > 0 && c.s[t.expr.start - 1] == "第" && t.kind == .number { return .skip(end) }
        let q = Quantity(kind: t.kind, value: t.value, upper: upper, unit: t.unit, bound: bound, base: t.base,
                         baseUpper: baseUpper, baseUnit: t.baseUnit, category: t.category, inclusive: inclusive)
        return .entity(Entity(span: c.span(start..<end), quantity: q))
    }

    /// `十一是`, `（二）`, `(3)`, `3、`, `2.` at a line start: a list marker.
    func isEnumerationMarker(_ e: NumberExpression) -> Bool {
        guard e.form == .plain, e.numeral.isInteger, e.value < 100, e.end < c.n else { return false }
        let next = c.s[e.end]
        let prev: Unicode.Scalar = e.start > 0 ? c.s[e.start - 1] : "\n"
        if next == "、" { return true }
        if "（(".unicodeScalars.contains(prev) && "）)".unicodeScalars.contains(next) { return true }
        let boundary = "\n\r：:；;。，,、 \u{3000}\t".unicodeScalars.contains(prev)
        if next == "是" && e.numeral.hasChinese && boundary { return true }
        if (next == "." || next == "．") && e.numeral.hasArabic && (prev == "\n" || e.start == 0) { return true }
        return false
    }

    /// Part of a name or formula rather than a figure: glued to Latin letters (PM2.5, 5G, 5A级, C919, hex ids) or
    /// to `+`/`·` (“1+2+4+N”, “5·18”).
    func isGlued(_ e: NumberExpression) -> Bool {
        let glue = "+＋·•".unicodeScalars
        if e.start > 0 {
            let p = c.s[e.start - 1]
            if NumeralTable.isLatinLetter(p) || glue.contains(p) { return true }
        }
        if e.end < c.n {
            let q = c.s[e.end]
            if NumeralTable.isLatinLetter(q) || glue.contains(q) { return true }
        }
        return false
    }

    /// A connector with spaces on both sides (`20 - 100`).
    func spacedConnector(at p: Int) -> Int? {
        let q = c.skipSpaces(p)
        guard q > p, let e = c.connector(at: q), e < c.n, NumeralTable.isSpace(c.s[e]) else { return nil }
        return e
    }

    /// The figure is a year or a date (`5%到2025年`): no range across it.
    func isTimeAhead(_ e: NumberExpression) -> Bool {
        guard e.end < c.n else { return false }
        return isYearLike(e.numeral) || c.s[e.end] == "月" || c.match("季度", at: e.end) != nil
    }

    /// Fixed multiplier phrases (翻一番, 倍增, 减半) and 翻N番.
    func multiplierPhrase(at i: Int) -> Step? {
        var factor: Double
        var end: Int
        if let (e, f) = c.lex.multiplierPhrases.longest(c.s, at: i) {
            factor = f
            end = e
        } else if c.s[i] == "翻", let num = c.parseNumeral(at: c.isChar(i + 1, "了") ? i + 2 : i + 1), num.valid, num.isInteger,
                  num.value >= 1, num.value <= 10, c.isChar(num.end, "番") {
            factor = pow10(0)
            for _ in 0..<Int(num.value) { factor *= 2 }
            end = num.end + 1
        } else {
            return nil
        }
        // 成倍增长, 数倍增加: "several-fold", not a doubling; 倍增长 is N倍 + 增长.
        if c.s[i] == "倍" {
            if i > 0, c.lex.multiplierVetoBefore.contains(c.s[i - 1].value) { return nil }
            if c.isChar(end, "长") || c.isChar(end, "加") { return nil }
        }
        let (start, to, bound, inclusive) = bounds(from: i, to: end, bound: .exact)
        end = to
        let q = Quantity(kind: .multiplier, value: factor, unit: "倍", bound: bound, base: factor, baseUnit: "倍", inclusive: inclusive)
        return .entity(Entity(span: c.span(start..<end), quantity: q))
    }
}
