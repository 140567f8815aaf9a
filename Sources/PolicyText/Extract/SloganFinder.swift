/// Finds named slogans: knowledge-base entries anywhere, and quoted stretches shaped like a slogan (numbered,
/// formula, coined with a head noun). Quoted speech, metaphors and time names (“十四五”) are not slogans.
/// One left-to-right pass; every look-ahead is bounded, so the cost is linear in the text.
struct SloganFinder: Sendable {
    struct Found: Sendable {
        var range: Range<Int>
        var form: Slogan.Form
        var head: Range<Int>?
        var known: ExtractLexicon.KnownSlogan?
        /// The stretch lost a character to mojibake: report the known slogan's text.
        var damaged = false
        /// Known slogans the damaged stretch could be; the one from the document's own region wins.
        var alternatives: [ExtractLexicon.KnownSlogan] = []
        /// A quoted compound accepted on its shape alone (no head noun): kept only in policy prose, where quoted
        /// compounds name programmes, not in laws and judgments, where they are legal terms (“情节严重”).
        var loose = false
    }

    let lexicon: ExtractLexicon
    /// Longest quoted stretch read as a slogan.
    static let maxQuoted = 16
    /// Longest head noun looked at after a slogan.
    static let maxHead = 12

    /// `isTime(range)` says whether a range is (inside) a recognized time expression; `policyProse` whether the
    /// document reads as policy (a report, or a text without articles that names known slogans): only there do
    /// quoted compounds count without a head noun.
    func find(in s: [Unicode.Scalar], isTime: (Range<Int>) -> Bool, policyProse: (_ knownSlogans: Int) -> Bool = { _ in true }) -> [Found] {
        var found: [Found] = []
        var i = 0
        let n = s.count
        while i < n {
            let c = s[i].value
            if Scalars.isOpeningQuote(c) || c == 0x22 {
                if let close = closing(s, from: i) {
                    let content = (i + 1)..<close
                    if let f = quoted(s, content, isTime: isTime) {
                        found.append(f)
                        i = close + 1
                        continue
                    }
                } else if let m = lexicon.slogans.damagedMatches(in: s, at: i + 1) {
                    // Mojibake ate the last character and the closing quote: “两个确?!?、 is “两个确保”、.
                    let r = (i + 1)..<(i + 1 + m.length)
                    let sorted = m.values.sorted { $0.text < $1.text }
                    found.append(Found(range: r, form: sorted[0].form, head: nil, known: sorted[0], damaged: true,
                                       alternatives: sorted))
                    i = r.upperBound
                    continue
                }
                i += 1
                continue
            }
            if let m = lexicon.slogans.longestMatch(in: s, at: i), m.value.quoted != true {
                let r = i..<(i + m.length)
                found.append(Found(range: r, form: m.value.form, head: head(s, after: r.upperBound), known: m.value))
                i = r.upperBound
                continue
            }
            if Scalars.isDigit(c), i == 0 || !Self.isCodeScalar(s[i - 1].value),
               let end = formulaEnd(s, from: i) {
                let r = i..<end
                if !isTime(r) {
                    found.append(Found(range: r, form: .formula, head: head(s, after: end), known: nil))
                }
                i = end
                continue
            }
            i += 1
        }
        let known = found.reduce(0) { $0 + ($1.known != nil ? 1 : 0) }
        if found.contains(where: \.loose), !policyProse(known) { found.removeAll(where: \.loose) }
        return Self.resolveDamaged(found)
    }

    /// Picks, for each damaged stretch, the completion whose scope the document's other known slogans share most
    /// (a Henan text with 十大战略 and 万人助万企 reads `两个确?` as 两个确保, not 两个确立).
    static func resolveDamaged(_ found: [Found]) -> [Found] {
        guard found.contains(where: { $0.alternatives.count > 1 }) else { return found }
        var scopes: [String: Int] = [:]
        for f in found where !f.damaged { if let scope = f.known?.scope { scopes[scope, default: 0] += 1 } }
        return found.map { f in
            guard f.alternatives.count > 1 else { return f }
            var g = f
            let best = f.alternatives.max { a, b in
                (scopes[a.scope ?? ""] ?? 0, b.text) < (scopes[b.scope ?? ""] ?? 0, a.text)
            }
            if let best {
                g.known = best
                g.form = best.form
            }
            return g
        }
    }

    /// The closing quote of the quote opened at `open`, if it comes within `maxQuoted` scalars and before the
    /// sentence ends.
    private func closing(_ s: [Unicode.Scalar], from open: Int) -> Int? {
        let want = Scalars.closingQuote(for: s[open].value)
        var j = open + 1
        let limit = min(s.count, open + 2 + Self.maxQuoted)
        while j < limit {
            let c = s[j].value
            if c == want { return j }
            if c == 0x0A || c == 0x3002 || Scalars.isOpeningQuote(c) { return nil }
            j += 1
        }
        return nil
    }

    /// A quoted stretch as a slogan, or nil.
    private func quoted(_ s: [Unicode.Scalar], _ content: Range<Int>, isTime: (Range<Int>) -> Bool) -> Found? {
        guard content.count >= 2, content.count <= Self.maxQuoted else { return nil }
        var han = 0, digits = 0, latin = 0, plus = 0, other = 0, numerals = 0
        for k in content {
            let c = s[k].value
            if Scalars.isClausePunctuation(c) { return nil }   // quoted speech
            if Scalars.isHan(c) { han += 1; if Scalars.isNumeral(c) { numerals += 1 } }
            else if Scalars.isDigit(c) { digits += 1 }
            else if Scalars.isLatin(c) { latin += 1 }
            else if Scalars.isPlus(c) { plus += 1 }
            else if c != 0x3001 /* 、 */, c != 0x2014 /* — */, c != 0x00B7 /* · */ { other += 1 }
        }
        let text = Scalars.string(s[content])
        if lexicon.sloganRejects.contains(text) || isTime(content) { return nil }
        let headRange = head(s, after: content.upperBound + 1)
        if let known = lexicon.slogans.lookup(text.unicodeScalars) {
            return Found(range: content, form: known.form, head: headRange, known: known)
        }
        if other > 0 { return nil }
        if plus > 0, han + digits + latin > 0, !Self.hasEmptyInnerPart(s, content) {
            return Found(range: content, form: .formula, head: headRange, known: nil)
        }
        // Digit codes: “1650”产业体系, “315”, “415X”.
        if plus == 0, han == 0, digits >= 2, digits <= 6, latin <= 1, Scalars.isDigit(s[content.lowerBound].value) {
            return Found(range: content, form: .formula, head: headRange, known: nil)
        }
        guard plus == 0, digits == 0, latin == 0, han > 0 else { return nil }
        if Scalars.isNumeral(s[content.lowerBound].value), numerals < han {
            // “五日”, “三个月”: a quoted term of days or months, not a programme.
            if Self.isDuration(s, content) { return nil }
            return Found(range: content, form: .numbered, head: headRange, known: nil)
        }
        // Coined compounds: short ones count when they name something (“放管服效”改革, “两能”产业); from four
        // characters on, a quoted compound without function words is a name in itself (“稳拓调优”, “先用后转”,
        // “县城—中心镇—重点村”). Phrases with 的/是/了… are quoted speech or ordinary words.
        // A practice opposed (不搞“大水漫灌”) is no programme; numbered names keep their place (纠治“四风”).
        if Self.hasFunctionWord(s, content) || isOpposed(s, quote: content.lowerBound - 1) { return nil }
        if headRange != nil, content.count <= 10 {
            return Found(range: content, form: .coined, head: headRange, known: nil)
        }
        if content.count >= 4, content.count <= 12 {
            var f = Found(range: content, form: .coined, head: headRange, known: nil)
            f.loose = true
            return f
        }
        return nil
    }

    /// Whether a word that opposes what follows (不搞, 杜绝, 防止) stands in the clause before the quotation mark at
    /// `quote`, at most `maxOpposedGap` scalars back: `不搞“大水漫灌”`, `杜绝“形象工程”“政绩工程”`.
    private func isOpposed(_ s: [Unicode.Scalar], quote: Int) -> Bool {
        var start = quote
        while start > 0, quote - start < Self.maxOpposedGap, !Scalars.isClausePunctuation(s[start - 1].value) { start -= 1 }
        for k in start..<quote {
            if let m = lexicon.sloganOpposers.longestMatch(in: s, at: k, limit: quote), k + m.length <= quote { return true }
        }
        return false
    }

    /// How far back a word opposing a quoted compound is looked for.
    static let maxOpposedGap = 16

    /// Words that make a quoted stretch a phrase or a sentence rather than a name.
    static func hasFunctionWord(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        for k in r {
            switch s[k] {
            case "的", "了", "是", "就", "我", "你", "他", "她", "们", "吗", "呢", "吧", "把", "被", "都", "也", "很", "着", "过", "这", "那":
                return true
            default: continue
            }
        }
        return false
    }

    /// Numerals followed by a time unit only: 五日, 三个月, 十年.
    static func isDuration(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while k < r.upperBound, Scalars.isNumeral(s[k].value) { k += 1 }
        let rest = Scalars.string(s[k..<r.upperBound])
        return ["日", "天", "年", "月", "个月", "周", "小时", "分钟", "个工作日", "工作日"].contains(rest)
    }

    /// `1+14`, `1+N`, `8+4` written without quotation marks: digits, then one or more `+part`.
    private func formulaEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        var j = start
        while j < s.count, Scalars.isDigit(s[j].value) { j += 1 }
        var parts = 0
        while j < s.count, Scalars.isPlus(s[j].value) {
            var k = j + 1
            while k < s.count, k - j <= 4, Scalars.isDigit(s[k].value) || Scalars.isLatin(s[k].value) { k += 1 }
            if k == j + 1 { break }
            parts += 1
            j = k
        }
        guard parts > 0, j - start <= 12 else { return nil }
        if j < s.count, Self.isCodeScalar(s[j].value) || s[j].value == 0x25 /* % */ { return nil }
        return j
    }

    private static func isCodeScalar(_ c: UInt32) -> Bool {
        Scalars.isDigit(c) || Scalars.isLatin(c) || Scalars.isPlus(c) || c == 0x2E
    }

    /// True for `+` at the start or doubled (`++`): not a formula. A trailing `+` (`人工智能+`) is fine.
    private static func hasEmptyInnerPart(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        if Scalars.isPlus(s[r.lowerBound].value) { return true }
        for k in r.dropFirst() where Scalars.isPlus(s[k].value) && Scalars.isPlus(s[k - 1].value) { return true }
        return false
    }

    /// The head noun directly after a slogan: the longest stretch of Han characters (stopping at 的/和/等/与/及 and
    /// punctuation) that ends in a head word.
    func head(_ s: [Unicode.Scalar], after start: Int) -> Range<Int>? {
        guard start < s.count else { return nil }
        var end = start
        let limit = min(s.count, start + Self.maxHead)
        while end < limit {
            let c = s[end].value
            guard Scalars.isHan(c), !Self.isHeadStop(c) else { break }
            end += 1
        }
        var best: Range<Int>?
        var e = end
        while e > start {
            if let m = lexicon.sloganHeads.longestMatch(in: s, endingAt: e, lowerLimit: start) {
                _ = m
                best = start..<e
                break
            }
            e -= 1
        }
        return best
    }

    private static func isHeadStop(_ c: UInt32) -> Bool {
        switch c {
        case 0x7684, 0x548C, 0x7B49, 0x4E0E, 0x53CA, 0x662F, 0x4E3A, 0x5728, 0x66A8: true   // 的 和 等 与 及 是 为 在 暨
        default: false
        }
    }
}
