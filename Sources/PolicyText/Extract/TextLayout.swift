/// The reading units of a normalized document: paragraphs (lines), sentences (ended by 。！？ or a line break) and
/// clauses (sentences cut at ，；： and their ASCII twins). Built in one linear pass; every range is in normalized
/// scalar offsets.
struct TextLayout: Sendable {
    struct Paragraph: Sendable {
        var range: Range<Int>
        /// The text range without leading and trailing blanks.
        var content: Range<Int>
    }

    struct Sentence: Sendable {
        var range: Range<Int>
        var paragraph: Int
        /// Indexes into `clauses`.
        var clauses: Range<Int>
    }

    struct Clause: Sendable {
        var range: Range<Int>
        var sentence: Int
    }

    private(set) var paragraphs: [Paragraph] = []
    private(set) var sentences: [Sentence] = []
    private(set) var clauses: [Clause] = []

    init(_ s: [Unicode.Scalar]) {
        var paragraphStart = 0
        var sentenceStart = 0
        var clauseStart = 0
        var firstClause = 0
        var i = 0
        func closeClause(_ end: Int) {
            if end > clauseStart { clauses.append(Clause(range: clauseStart..<end, sentence: sentences.count)) }
            clauseStart = end
        }
        func closeSentence(_ end: Int) {
            closeClause(end)
            if end > sentenceStart {
                sentences.append(Sentence(range: sentenceStart..<end, paragraph: paragraphs.count,
                                          clauses: firstClause..<clauses.count))
            }
            sentenceStart = end
            clauseStart = end
            firstClause = clauses.count
        }
        while i < s.count {
            let c = s[i].value
            if c == 0x0A || c == 0x0D || c == 0x2029 || c == 0x2028 {
                closeSentence(i)
                paragraphs.append(Self.paragraph(s, paragraphStart..<i))
                paragraphStart = i + 1
                sentenceStart = i + 1
                clauseStart = i + 1
            } else if Self.isSentenceEnd(c) {
                // Keep closing quotes and repeated marks with the sentence: 。” ！！
                var j = i + 1
                while j < s.count, Self.isSentenceEnd(s[j].value) || Self.isClosingQuote(s[j].value) { j += 1 }
                closeSentence(j)
                i = j
                continue
            } else if Self.isClauseEnd(c) {
                closeClause(i + 1)
            }
            i += 1
        }
        closeSentence(s.count)
        if paragraphStart < s.count || paragraphs.isEmpty {
            paragraphs.append(Self.paragraph(s, paragraphStart..<max(paragraphStart, s.count)))
        }
    }

    private static func paragraph(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Paragraph {
        var a = r.lowerBound, b = r.upperBound
        while a < b, isBlank(s[a].value) { a += 1 }
        while b > a, isBlank(s[b - 1].value) { b -= 1 }
        return Paragraph(range: r, content: a..<b)
    }

    static func isBlank(_ c: UInt32) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x3000 || c == 0xA0 || c == 0xFEFF || c == 0x0D
    }

    static func isSentenceEnd(_ c: UInt32) -> Bool {
        c == 0x3002 /* 。 */ || c == 0xFF01 /* ！ */ || c == 0xFF1F /* ？ */ || c == 0x21 || c == 0x3F
    }

    static func isClauseEnd(_ c: UInt32) -> Bool {
        c == 0xFF0C /* ， */ || c == 0xFF1B /* ； */ || c == 0xFF1A /* ： */ || c == 0x2C || c == 0x3B || c == 0x3A
    }

    static func isClosingQuote(_ c: UInt32) -> Bool {
        c == 0x201D || c == 0x2019 || c == 0x300D || c == 0x300F || c == 0xFF09 || c == 0x29
    }

    /// The index of the clause containing `position`, by binary search (nil between units).
    func clauseIndex(at position: Int) -> Int? {
        var lo = 0, hi = clauses.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if clauses[mid].range.upperBound <= position { lo = mid + 1 } else { hi = mid }
        }
        return lo < clauses.count && clauses[lo].range.contains(position) ? lo : nil
    }

    /// The index of the sentence containing `position`, by binary search (nil between units).
    func sentenceIndex(at position: Int) -> Int? {
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].range.upperBound <= position { lo = mid + 1 } else { hi = mid }
        }
        return lo < sentences.count && sentences[lo].range.contains(position) ? lo : nil
    }
}
