extension GoldDocument {
    /// Spans whose `text` does not read as the source at their offsets; empty when all agree. The commitment
    /// window's `text` is only its beginning (`…` at the end): the source stretch must start with it.
    ///
    /// `source` is the decoded source text. With `exact`, the scalars at `start..<end` must equal the span text.
    /// Otherwise (the seed: Traditional text with pinyin annotations and some GBK mojibake) the source stretch is
    /// read after dropping pinyin annotations like `(yè)`, converting Traditional to Simplified with ICU, and letting
    /// a `?` of mojibake stand for any one character.
    public func spanProblems(in source: String, exact: Bool) -> [String] {
        let scalars = Array(source.unicodeScalars)
        let transliterator = exact ? nil : try? ICU.Transliterator(id: "Traditional-Simplified")
        var problems: [String] = []
        /// The source at `span` as written; nil, with a problem, when the span is outside the text.
        func written(_ span: Span, _ item: String) -> String? {
            guard span.start >= 0, span.end <= scalars.count, span.start < span.end else {
                problems.append("\(item): span \(span.start)..<\(span.end) outside the text (\(scalars.count) scalars)")
                return nil
            }
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: scalars[span.start..<span.end])
            return String(piece)
        }
        /// Source text as the gold writes it: unchanged when `exact`, else without pinyin annotations, simplified.
        func reading(_ raw: String) -> String {
            guard !exact else { return raw }
            let read = Self.droppingPinyinAnnotations(raw)
            if let transliterator, let simplified = try? transliterator.transliterate(read) { return simplified }
            return read
        }
        func check(_ span: Span, _ item: String) {
            guard let raw = written(span, item), raw != span.text else { return }
            if !exact, Self.matchesWithMojibake(reading(raw), span.text) { return }
            problems.append("\(item): source reads \"\(raw)\" at \(span.start)..<\(span.end), gold says \"\(span.text)\"")
        }
        for (i, t) in targets.enumerated() { check(t.span, "targets[\(i)]") }
        for (i, t) in times.enumerated() {
            check(t.span, "times[\(i)]")
            if t.text != t.span.text { problems.append("times[\(i)]: text \"\(t.text)\" differs from span text") }
        }
        for (i, s) in slogans.enumerated() { check(s.span, "slogans[\(i)]") }
        // The window's text is its first characters and `…`: the source stretch must begin with them.
        func checkWindow(_ span: Span) {
            guard let raw = written(span, "commitmentWindow") else { return }
            let prefix = span.text.hasSuffix("…") ? String(span.text.dropLast()) : span.text
            let read = reading(raw)
            var head = String.UnicodeScalarView()
            head.append(contentsOf: read.unicodeScalars.prefix(prefix.unicodeScalars.count))
            if String(head) == prefix || (!exact && Self.matchesWithMojibake(String(head), prefix)) { return }
            problems.append("commitmentWindow: source reads \"\(String(head))\" at \(span.start), gold says \"\(prefix)…\"")
        }
        for (i, c) in commitments.enumerated() { check(c.span, "commitments[\(i)]") }
        if let window = commitmentWindow { checkWindow(window) }
        return problems
    }

    /// Removes `(pinyin)` annotations: a parenthesis holding only Latin letters (with tone marks) and spaces.
    static func droppingPinyinAnnotations(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if scalars[i] == "(" {
                var j = i + 1
                while j < scalars.count, scalars[j] != ")", isPinyinScalar(scalars[j]) { j += 1 }
                if j < scalars.count, scalars[j] == ")", j > i + 1 {
                    i = j + 1
                    continue
                }
            }
            out.append(scalars[i])
            i += 1
        }
        return String(out)
    }

    private static func isPinyinScalar(_ s: Unicode.Scalar) -> Bool {
        (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || s == " " || (s.value >= 0xC0 && s.value <= 0x24F)
    }

    /// Equal scalar by scalar, where a `?` on the source side matches any one scalar.
    static func matchesWithMojibake(_ source: String, _ gold: String) -> Bool {
        let a = Array(source.unicodeScalars), b = Array(gold.unicodeScalars)
        guard a.count == b.count else { return false }
        for (x, y) in zip(a, b) where x != y && x != "?" { return false }
        return true
    }
}
