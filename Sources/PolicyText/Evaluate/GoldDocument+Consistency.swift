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
        func check(_ span: Span, _ item: String) {
            guard span.start >= 0, span.end <= scalars.count, span.start < span.end else {
                problems.append("\(item): span \(span.start)..<\(span.end) outside the text (\(scalars.count) scalars)")
                return
            }
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: scalars[span.start..<span.end])
            let raw = String(piece)
            if raw == span.text { return }
            if !exact {
                var read = Self.droppingPinyinAnnotations(raw)
                if let transliterator, let simplified = try? transliterator.transliterate(read) { read = simplified }
                if Self.matchesWithMojibake(read, span.text) { return }
            }
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
            guard span.start >= 0, span.end <= scalars.count, span.start < span.end else {
                problems.append("commitmentWindow: span \(span.start)..<\(span.end) outside the text (\(scalars.count) scalars)")
                return
            }
            let prefix = span.text.hasSuffix("…") ? String(span.text.dropLast()) : span.text
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: scalars[span.start..<span.end])
            var read = String(piece)
            if !exact {
                read = Self.droppingPinyinAnnotations(read)
                if let transliterator, let simplified = try? transliterator.transliterate(read) { read = simplified }
            }
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
