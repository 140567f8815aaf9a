/// One left-to-right pass over a text: at each trigger scalar (a numeral character, a sign, or the first scalar of a
/// time or multiplier phrase) it tries times, then multiplier phrases, then figures, and jumps past whatever it read.
/// Every attempt reads forward a bounded or consumed stretch, and the pass never revisits consumed text, so the
/// whole pass is linear in the input.
struct RecognitionPass {
    let c: ScanContext
    let documentDate: CivilDate?
    var out: [Entity] = []
    /// End of the last entity: look-behind for cue words stops here so entities never overlap.
    var floor = 0

    enum Step {
        case none
        case skip(Int)
        case entity(Entity)
    }

    init(_ c: ScanContext, documentDate: CivilDate?) {
        self.c = c
        self.documentDate = documentDate
    }

    mutating func run() {
        var i = 0
        let n = c.n
        let s = c.s
        let lex = c.lex
        while i < n {
            if !lex.isTrigger(s[i]) { i += 1; continue }
            switch step(at: i) {
            case .none:
                i += 1
            case .skip(let end):
                i = max(end, i + 1)
            case .entity(let e):
                append(e)
                floor = e.span.end
                i = max(e.span.end, i + 1)
            }
        }
    }

    func step(at i: Int) -> Step {
        if let end = urlEnd(at: i) { return .skip(end) }
        if let d = discountPhrase(at: i) { return d }
        if let t = timePhrase(at: i) { return t }
        if let m = multiplierPhrase(at: i) { return m }
        guard let expr = c.parseExpression(at: i) else { return .none }
        if !expr.valid { return .skip(expr.end) }
        if let t = timeFromNumber(expr) { return t }
        if let end = notNumberWordEnd(at: expr.firstNumeralStart, exprEnd: expr.end) { return .skip(end) }
        if expr.form == .plain, expr.numeral.length == 1, c.lex.table.isAmbiguous(c.s[expr.numeral.start]) {
            return .skip(expr.end)
        }
        // A lone 零/〇 is a word (零部件, 零距离), never a figure of its own.
        if expr.form == .plain, expr.numeral.length == 1, expr.numeral.hasChinese, expr.value == 0 { return .skip(expr.end) }
        return figure(expr)
    }

    /// If a numeral starting at `i` lies inside a listed non-numeral word (一切, 四川, 进一步) and the figure does not
    /// reach past that word, the word's end.
    func notNumberWordEnd(at i: Int, exprEnd: Int) -> Int? {
        var candidates: [(word: [Unicode.Scalar], offset: Int)] = []
        if i + 1 < c.n, let e = c.lex.notNumbers[RecognizerLexicon.pairKey(c.s[i], c.s[i + 1], before: false)] { candidates += e }
        if i > 0, let e = c.lex.notNumbers[RecognizerLexicon.pairKey(c.s[i - 1], c.s[i], before: true)] { candidates += e }
        guard !candidates.isEmpty else { return nil }
        for (word, offset) in candidates {
            let start = i - offset
            guard start >= 0, start + word.count <= c.n else { continue }
            var k = 0
            while k < word.count && c.s[start + k] == word[k] { k += 1 }
            if k == word.count && exprEnd <= start + word.count { return start + word.count }
        }
        return nil
    }

    /// A web address at `i` (`http://`, `https://`, `www.`): its end. Its digits (`%28`, `?id=2020`) are no figures.
    func urlEnd(at i: Int) -> Int? {
        let ch = c.s[i]
        guard ch == "h" || ch == "w" || ch == "H" || ch == "W" else { return nil }
        guard c.match("http://", at: i) != nil || c.match("https://", at: i) != nil || c.match("www.", at: i) != nil
        else { return nil }
        var p = i
        while p < c.n, c.s[p].value > 32, c.s[p].value < 127 { p += 1 }
        return p
    }

    /// Numerals read lexically, for `Recognizer.numbers(in:)`.
    mutating func lexicalNumbers() -> [NumberMatch] {
        var result: [NumberMatch] = []
        var i = 0
        while i < c.n {
            if !c.lex.isTrigger(c.s[i]) { i += 1; continue }
            if let end = urlEnd(at: i) { i = end; continue }
            guard let expr = c.parseExpression(at: i) else { i += 1; continue }
            if !expr.valid { i = max(expr.end, i + 1); continue }
            if let end = notNumberWordEnd(at: expr.firstNumeralStart, exprEnd: expr.end) { i = max(end, i + 1); continue }
            if expr.form == .plain, expr.numeral.length == 1, c.lex.table.isAmbiguous(c.s[expr.numeral.start]) {
                i = expr.end
                continue
            }
            if case .plain = expr.form, !expr.numeral.hasDigit { i = expr.end; continue }
            var start = expr.start
            if case .perDenominator = expr.form { start = expr.numeratorStart }
            // A lone Chinese digit before money, a percent sign or a discount (一美元, 二％, 一折) is part of that
            // expression, not a number of its own, in this reading.
            if expr.form == .plain, expr.numeral.hasChinese, expr.numeral.length == 1, expr.end < c.n {
                let u = c.lex.units.longest(c.s, at: expr.end)
                if u?.payload.category == "currency" || "%％折".unicodeScalars.contains(c.s[expr.end]) { i = expr.end; continue }
            }
            result.append(NumberMatch(span: c.span(start..<expr.end), value: expr.value))
            i = max(expr.end, i + 1)
        }
        return result
    }
}
