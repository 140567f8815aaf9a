/// The text being scanned plus the lexicon: the shared read-only state of one recognition pass.
struct ScanContext {
    let s: [Unicode.Scalar]
    let n: Int
    let lex: RecognizerLexicon

    init(_ s: [Unicode.Scalar], _ lex: RecognizerLexicon) {
        self.s = s
        self.n = s.count
        self.lex = lex
    }

    /// A measure unit that begins with a numeral character starts at `q` (千瓦, 千米, 兆瓦).
    @inline(__always) func measureUnitStarts(_ s: [Unicode.Scalar], at q: Int) -> Bool {
        lex.numeralInitialUnits.longest(s, at: q) != nil
    }

    @inline(__always) func at(_ i: Int) -> Unicode.Scalar? { i >= 0 && i < n ? s[i] : nil }

    @inline(__always) func isChar(_ i: Int, _ c: Unicode.Scalar) -> Bool { i >= 0 && i < n && s[i] == c }

    /// Matches `word` at `i`; returns its end.
    func match(_ word: String, at i: Int) -> Int? {
        var p = i
        for c in word.unicodeScalars {
            guard p < n, s[p] == c else { return nil }
            p += 1
        }
        return p
    }

    /// The first of `words` that matches at `i` (list them longest first).
    func matchAny(_ words: [String], at i: Int) -> (word: String, end: Int)? {
        for w in words { if let e = match(w, at: i) { return (w, e) } }
        return nil
    }

    func skipSpaces(_ i: Int) -> Int {
        var p = i
        while p < n && NumeralTable.isSpace(s[p]) { p += 1 }
        return p
    }

    func text(_ r: Range<Int>) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s[max(0, r.lowerBound)..<min(n, r.upperBound)])
        return String(v)
    }

    func span(_ r: Range<Int>) -> Span { Span(start: r.lowerBound, end: r.upperBound, text: text(r)) }

    /// The end of a word of `recognize-not-numbers.txt` in which the numeral (or sign) character at `i` lies at one of
    /// the word's indexed places (its first character, or the first of a numeral run after a non-numeral one):
    /// 一切 at 一, 进一步 at 一, 减负 at 负. Two hash lookups whatever the list's length.
    func listedWordEnd(around i: Int) -> Int? {
        var candidates: [(word: [Unicode.Scalar], offset: Int)] = []
        if i + 1 < n, let e = lex.notNumbers[RecognizerLexicon.pairKey(s[i], s[i + 1], before: false)] { candidates += e }
        if i > 0, let e = lex.notNumbers[RecognizerLexicon.pairKey(s[i - 1], s[i], before: true)] { candidates += e }
        guard !candidates.isEmpty else { return nil }
        var best: Int?
        for (word, offset) in candidates {
            let start = i - offset
            guard start >= 0, start + word.count <= n else { continue }
            var k = 0
            while k < word.count && s[start + k] == word[k] { k += 1 }
            if k == word.count { best = max(best ?? 0, start + word.count) }
        }
        return best
    }

    /// Letters and digits that glue to a preceding `-` (so `A-3` or `2023-2026` has no minus sign).
    func isAlnum(_ c: Unicode.Scalar) -> Bool {
        NumeralTable.arabicDigit(c) != nil || NumeralTable.isLatinLetter(c)
    }

    /// Range connectors between two figures: — – - ～ ~ 至 到 (and ——).
    func connector(at i: Int) -> Int? {
        guard i < n else { return nil }
        switch s[i] {
        case "—", "―", "–", "‒", "－", "-", "～", "~", "〜", "至", "到":
            var p = i + 1
            if (s[i] == "—" || s[i] == "―") && p < n && (s[p] == "—" || s[p] == "―") { p += 1 }
            return p
        default:
            return nil
        }
    }
}
