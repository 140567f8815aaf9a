/// A run of ICU's Han words between other tokens, re-cut by the rules and the lexicon when flushed.
struct HanRun {
    let tokenizer: Tokenizer
    let s: UnsafeBufferPointer<UInt32>
    /// The tokenizer's rules and trie, held here so that hot loops do not copy them out of `tokenizer`.
    let rules: CompiledRules
    let trie: LexiconTrie
    private var pieces: [Span] = []
    // Scratch buffers reused from run to run (a chunk has hundreds of thousands of runs).
    private var scratchA: [Span] = []
    private var scratchB: [Span] = []
    var routeBest: [Int] = []
    var routeBack: [Int32] = []
    var routePieceEnd: [Int32] = []
    var routeEdges: [Int32] = []

    /// A stretch `a..<b` of the scalars.
    struct Span {
        var a: Int
        var b: Int
        var length: Int { b - a }
    }

    init(tokenizer: Tokenizer, s: UnsafeBufferPointer<UInt32>) {
        self.tokenizer = tokenizer
        self.s = s
        self.rules = tokenizer.rules
        self.trie = tokenizer.trie
    }

    mutating func append(_ a: Int, _ b: Int) { pieces.append(Span(a: a, b: b)) }

    /// Re-cuts the run, appends its words to `out` and empties the run.
    mutating func flush(into out: inout [Piece]) {
        guard !pieces.isEmpty else { return }
        defer { pieces.removeAll(keepingCapacity: true) }
        if pieces.count == 1, pieces[0].length == 1 {
            out.append(Piece(start: pieces[0].a, end: pieces[0].b, kind: kind(pieces[0])))
            return
        }
        var a = scratchA
        var b = scratchB
        scratchA = []
        scratchB = []
        a.removeAll(keepingCapacity: true)
        split(pieces, into: &a)
        // Most runs need few of the joining passes: one look at the pieces says which can apply at all. After
        // the numerals (which may cut 第 一部 into 第一 部), joins only merge pieces, so a pass that finds nothing
        // to do here finds nothing later either.
        var numeral = false
        for span in a.dropFirst() where rules.isHanNumeral(s[span.a]) {
            numeral = true
            break
        }
        if numeral {
            b.removeAll(keepingCapacity: true)
            joinNumerals(a, into: &b)
            swap(&a, &b)
        }
        var singles: UInt32 = 0  // the class bits of all single-character pieces
        var suffixWord = false
        for span in a {
            if span.length == 1 { singles |= rules.bits(s[span.a]) }
            // A suffix word (主义) can only be made of pieces the first of which starts like it.
            if !suffixWord, rules.suffixWords.contains(where: { $0.first == s[span.a] }) { suffixWord = true }
        }
        if singles & CompiledRules.bit(.translit) != 0 {
            b.removeAll(keepingCapacity: true)
            joinTransliterations(a, into: &b)
            swap(&a, &b)
        }
        if singles & CompiledRules.bit(.surname) != 0 {
            b.removeAll(keepingCapacity: true)
            joinNames(a, into: &b)
            swap(&a, &b)
        }
        if suffixWord || singles & (CompiledRules.bit(.suffix) | CompiledRules.bit(.placeSuffix)) != 0 {
            b.removeAll(keepingCapacity: true)
            joinSuffixes(a, into: &b)
            swap(&a, &b)
        }
        if tokenizer.options.convention == .msr {
            b.removeAll(keepingCapacity: true)
            joinOrganizations(a, into: &b)
            swap(&a, &b)
        }
        b.removeAll(keepingCapacity: true)
        route(a, into: &b)
        for span in b { out.append(Piece(start: span.a, end: span.b, kind: kind(span))) }
        scratchA = a
        scratchB = b
    }

    @inline(__always)
    private func has(_ cls: SegmentRules.CharClass, _ i: Int) -> Bool { rules.has(cls, s[i]) }

    private func isLexiconWord(_ a: Int, _ b: Int) -> Bool { trie.lookup(s, a..<b) > 0 }

    private func kind(_ span: Span) -> Token.Kind {
        var i = span.a
        if s[i] == 0x7B2C, span.length > 1 { i += 1 }  // 第 + numerals is an ordinal
        for k in i..<span.b where !rules.isHanNumeral(s[k]) { return .word }
        return .number
    }

    // MARK: Splitting ICU words

    /// ICU words that join a particle, the copula, a clitic, an adverb, or a numeral and classifier are split,
    /// unless the word is in a lexicon.
    private func split(_ input: [Span], into out: inout [Span]) {
        for span in input { split(span.a, span.b, into: &out) }
    }

    private func split(_ a: Int, _ b: Int, into out: inout [Span]) {
        let n = b - a
        guard n >= 2 else {
            out.append(Span(a: a, b: b))
            return
        }
        let pku = tokenizer.options.convention == .pku
        // MSR keeps the copula on (这是, 特别是) but splits particles (新 的).
        let detachEnd = has(.detachEnd, b - 1) && (pku || s[b - 1] != 0x662F)
        let detachStart = !detachEnd && has(.detachStart, a) && (pku || s[a] != 0x662F)
        let localizer = !detachEnd && !detachStart && n == 3 && has(.detachLocalizer, b - 1)
        let pair = !detachEnd && !detachStart && n == 2
            && ((pku && has(.numeral, a) && has(.classifier, a + 1))
                || (has(.adverb, a) && (pku || s[b - 1] != 0x662F))
                || has(.clitic, a) || has(.clitic, a + 1))
        // The lexicon is asked only when a rule would cut: most ICU words match no rule.
        guard detachEnd || detachStart || pair || localizer, !isLexiconWord(a, b) else {
            out.append(Span(a: a, b: b))
            return
        }
        if detachEnd || localizer {
            split(a, b - 1, into: &out)
            out.append(Span(a: b - 1, b: b))
        } else if detachStart {
            out.append(Span(a: a, b: a + 1))
            split(a + 1, b, into: &out)
        } else {
            out.append(Span(a: a, b: a + 1))
            out.append(Span(a: a + 1, b: b))
        }
    }

    // MARK: Joining

    private func allNumerals(_ span: Span) -> Bool {
        for i in span.a..<span.b where !rules.isHanNumeral(s[i]) { return false }
        return true
    }

    /// 第 alone or followed by numerals only.
    private func isOrdinal(_ span: Span) -> Bool {
        guard s[span.a] == 0x7B2C else { return false }  // 第
        for i in (span.a + 1)..<span.b where !rules.isHanNumeral(s[i]) { return false }
        return true
    }

    /// Consecutive Han-numeral pieces are one number (二十 一 → 二十一); 第 takes the numerals after it
    /// (第 三十 → 第三十, 第三 十二条 → 第三十二 条).
    private func joinNumerals(_ input: [Span], into out: inout [Span]) {
        for span in input {
            if let last = out.last, rules.isHanNumeral(s[span.a]) {
                if isOrdinal(last) {
                    var k = span.a
                    while k < span.b, rules.isHanNumeral(s[k]) { k += 1 }
                    out[out.count - 1].b = k
                    if k < span.b { out.append(Span(a: k, b: span.b)) }
                    continue
                }
                if allNumerals(last), allNumerals(span), span.length <= 3 {
                    out[out.count - 1].b = span.b
                    continue
                }
            }
            out.append(span)
        }
    }

    private func allTranslit(_ span: Span, _ cls: SegmentRules.CharClass) -> Bool {
        for i in span.a..<span.b where !has(cls, i) { return false }
        return true
    }

    /// A run of short pieces made only of transliteration characters, with at least one single character, is one
    /// foreign name (克 林 顿 → 克林顿); two characters only when both are from the strict set (布 什 → 布什).
    private func joinTransliterations(_ input: [Span], into out: inout [Span]) {
        var i = 0
        while i < input.count {
            var j = i
            var single = false
            while j < input.count, input[j].length <= 2, allTranslit(input[j], .translit) {
                if input[j].length == 1 { single = true }
                j += 1
            }
            if j - i >= 2, single {
                let joined = Span(a: input[i].a, b: input[j - 1].b)
                if joined.length >= 3 || allTranslit(joined, .translitStrict) {
                    out.append(joined)
                    i = j
                    continue
                }
            }
            out.append(input[i])
            i += 1
        }
    }

    /// Surname + two single characters that can be a given name: the given name becomes one word (江 泽民).
    private func joinNames(_ input: [Span], into out: inout [Span]) {
        var i = 0
        while i < input.count {
            if i + 2 < input.count, input[i].length == 1, input[i + 1].length == 1, input[i + 2].length == 1,
                has(.surname, input[i].a), !has(.notName, input[i + 1].a), !has(.notName, input[i + 2].a),
                i == 0 || input[i - 1].length > 1 || has(.notName, input[i - 1].a)
            {
                if tokenizer.options.convention == .pku {
                    out.append(input[i])
                    out.append(Span(a: input[i + 1].a, b: input[i + 2].b))
                } else {
                    out.append(Span(a: input[i].a, b: input[i + 2].b))
                }
                i += 3
                continue
            }
            // MSR also joins surname + one character standing alone between longer words (李 鹏 → 李鹏).
            if tokenizer.options.convention == .msr, i + 1 < input.count, input[i].length == 1,
                input[i + 1].length == 1, has(.surname, input[i].a), !has(.notName, input[i + 1].a),
                i == 0 || input[i - 1].length > 1 || has(.notName, input[i - 1].a),
                i + 2 == input.count || input[i + 2].length > 1
            {
                out.append(Span(a: input[i].a, b: input[i + 1].b))
                i += 2
                continue
            }
            out.append(input[i])
            i += 1
        }
    }

    private func isWord(_ span: Span, in words: [[UInt32]]) -> Bool {
        for word in words where word.count == span.length {
            if (0..<word.count).allSatisfy({ s[span.a + $0] == word[$0] }) { return true }
        }
        return false
    }

    /// MSR: an organization's head word joins the up to two words of two or more characters before it.
    private func joinOrganizations(_ input: [Span], into out: inout [Span]) {
        for span in input {
            if isWord(span, in: rules.organizations) {
                var k = out.count
                while k > 0, out.count - k < 2, out[k - 1].length >= 2, !has(.functionEnd, out[k - 1].b - 1),
                    !has(.functionStart, out[k - 1].a)
                {
                    k -= 1
                }
                if k < out.count {
                    let start = out[k].a
                    out.removeSubrange(k...)
                    out.append(Span(a: start, b: span.b))
                    continue
                }
            }
            out.append(span)
        }
    }

    private func isSuffixWord(_ span: Span) -> Bool {
        for word in rules.suffixWords where word.count == span.length {
            if (0..<word.count).allSatisfy({ s[span.a + $0] == word[$0] }) { return true }
        }
        return false
    }

    /// A word of two or more characters takes a following suffix (现代 化 → 现代化, 江苏 省 → 江苏省);
    /// two single characters take a place suffix (水 心 村 → 水心村).
    private func joinSuffixes(_ input: [Span], into out: inout [Span]) {
        var i = 0
        while i < input.count {
            let span = input[i]
            if i + 1 < input.count, span.length >= 2, !has(.functionEnd, span.b - 1) {
                let next = input[i + 1]
                if (next.length == 1 && has(.suffix, next.a)) || isSuffixWord(next) {
                    out.append(Span(a: span.a, b: next.b))
                    i += 2
                    continue
                }
            }
            if i + 2 < input.count, span.length == 1, input[i + 1].length == 1, input[i + 2].length == 1,
                has(.placeSuffix, input[i + 2].a), !has(.notName, span.a), !has(.modifier, span.a),
                !has(.notName, input[i + 1].a)
            {
                out.append(Span(a: span.a, b: input[i + 2].b))
                i += 3
                continue
            }
            out.append(span)
            i += 1
        }
    }
}
