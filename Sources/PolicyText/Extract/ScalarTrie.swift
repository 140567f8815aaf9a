/// A dictionary of words over Unicode scalars with longest-match lookup at a position of a scalar array.
///
/// Lexicons of the extractor (cue words, slogans, actors, metric heads) are matched at many positions of long
/// documents: a bitmap of first scalars lets most positions be skipped with one load, and the nodes are plain
/// dictionaries keyed by scalar value so a lookup costs one hash per scalar of the match.
struct ScalarTrie<Value: Sendable>: Sendable {
    private var children: [[UInt32: Int32]] = [[:]]
    private var values: [Value?] = [nil]
    /// One bit per BMP scalar that starts a word; scalars above the BMP are always tried.
    private var firstBits = [UInt64](repeating: 0, count: 1024)
    /// The longest word, in scalars: bounds every lookup.
    private(set) var maxLength = 0
    private(set) var count = 0

    init() {}

    /// Adds `word`; a later value for the same word replaces the earlier one.
    mutating func insert(_ word: String, _ value: Value) {
        let scalars = Array(word.unicodeScalars)
        guard let first = scalars.first else { return }
        var node = 0
        for s in scalars {
            if let next = children[node][s.value] {
                node = Int(next)
            } else {
                children.append([:])
                values.append(nil)
                let next = children.count - 1
                children[node][s.value] = Int32(next)
                node = next
            }
        }
        if values[node] == nil { count += 1 }
        values[node] = value
        if first.value < 65536 { firstBits[Int(first.value >> 6)] |= 1 << UInt64(first.value & 63) }
        maxLength = max(maxLength, scalars.count)
    }

    /// Whether some word starts with `s` (cheap pre-check).
    @inline(__always)
    func mayStart(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v >= 65536 { return true }
        return firstBits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0
    }

    /// The longest word starting at `position` and ending at or before `limit`.
    func longestMatch(in text: [Unicode.Scalar], at position: Int, limit: Int? = nil) -> (length: Int, value: Value)? {
        let end = min(limit ?? text.count, text.count)
        guard position >= 0, position < end, mayStart(text[position]) else { return nil }
        var node = 0
        var best: (length: Int, value: Value)?
        var i = position
        while i < end, let next = children[node][text[i].value] {
            node = Int(next)
            i += 1
            if let v = values[node] { best = (i - position, v) }
        }
        return best
    }

    func child(of node: Int, _ scalar: UInt32) -> Int? { children[node][scalar].map(Int.init) }

    /// Values of the words one scalar longer than the prefix at `node`.
    func childValues(of node: Int) -> [Value] { children[node].values.compactMap { values[Int($0)] } }

    /// Whether `word` is in the dictionary, and its value.
    func lookup(_ word: some Sequence<Unicode.Scalar>) -> Value? {
        var node = 0
        for s in word {
            guard let next = children[node][s.value] else { return nil }
            node = Int(next)
        }
        return values[node]
    }

    /// The longest word ending exactly at `end` (exclusive) and starting at or after `lowerLimit`. Costs one
    /// trie walk per candidate start: callers keep `end - lowerLimit` small (bounded by `maxLength`).
    func longestMatch(in text: [Unicode.Scalar], endingAt end: Int, lowerLimit: Int = 0) -> (start: Int, value: Value)? {
        guard end <= text.count else { return nil }
        var start = max(lowerLimit, end - maxLength, 0)
        while start < end {
            if let m = longestMatchExact(in: text, from: start, to: end) { return (start, m) }
            start += 1
        }
        return nil
    }

    private func longestMatchExact(in text: [Unicode.Scalar], from: Int, to: Int) -> Value? {
        guard mayStart(text[from]) else { return nil }
        var node = 0
        for i in from..<to {
            guard let next = children[node][text[i].value] else { return nil }
            node = Int(next)
        }
        return values[node]
    }
}

extension ScalarTrie {
    /// Words read through one lost character: the text matches each word except that its last character is a
    /// `?` or U+FFFD (a byte lost to mojibake: `两个确?` for 两个确保 or 两个确立). Empty when none.
    func damagedMatches(in text: [Unicode.Scalar], at position: Int) -> (length: Int, values: [Value])? {
        guard position < text.count, mayStart(text[position]) else { return nil }
        var node = 0
        var i = position
        while i < text.count {
            let c = text[i].value
            if c == 0x3F || c == 0xFFFD || c == 0xFF1F {
                guard i > position else { return nil }
                let completions = childValues(of: node)
                return completions.isEmpty ? nil : (i + 1 - position, completions)
            }
            guard let next = child(of: node, c) else { return nil }
            node = next
            i += 1
        }
        return nil
    }
}

extension ScalarTrie {
    /// Whether some word occurs inside `range` of `text`.
    func firstMatch(in text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            if longestMatch(in: text, at: i, limit: range.upperBound) != nil { return true }
            i += 1
        }
        return false
    }
}
