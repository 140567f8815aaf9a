/// Phrases keyed by their first scalar, longest first: the lookup the scanner does at a candidate position.
struct PhraseTable<Payload: Sendable>: Sendable {
    struct Entry: Sendable {
        let scalars: [Unicode.Scalar]
        let payload: Payload
    }

    private(set) var byFirst: [UInt32: [Entry]] = [:]
    /// Entries keyed by their LAST scalar, for look-behind matching of prefix cues (`约`, `不低于`, `到`).
    private(set) var byLast: [UInt32: [Entry]] = [:]

    init() {}

    mutating func add(_ phrase: String, _ payload: Payload) {
        let scalars = Array(phrase.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last else { return }
        let entry = Entry(scalars: scalars, payload: payload)
        byFirst[first.value, default: []].append(entry)
        byFirst[first.value]?.sort { $0.scalars.count > $1.scalars.count }
        byLast[last.value, default: []].append(entry)
        byLast[last.value]?.sort { $0.scalars.count > $1.scalars.count }
    }

    var firstScalars: [UInt32] { Array(byFirst.keys) }

    /// The longest phrase starting at `i`: its end and payload.
    func longest(_ s: [Unicode.Scalar], at i: Int, limit: Int? = nil) -> (end: Int, payload: Payload)? {
        let n = limit ?? s.count
        guard i < n, let entries = byFirst[s[i].value] else { return nil }
        for e in entries where i + e.scalars.count <= n {
            var k = 1
            while k < e.scalars.count && s[i + k] == e.scalars[k] { k += 1 }
            if k == e.scalars.count { return (i + k, e.payload) }
        }
        return nil
    }

    /// The longest phrase starting at `i` whose payload and end pass `accept` (a shorter one when a longer fails:
    /// `个县域` falls back from 个县 to 个).
    func longest(_ s: [Unicode.Scalar], at i: Int, where accept: (Int, Payload) -> Bool) -> (end: Int, payload: Payload)? {
        guard i < s.count, let entries = byFirst[s[i].value] else { return nil }
        for e in entries where i + e.scalars.count <= s.count {
            var k = 1
            while k < e.scalars.count && s[i + k] == e.scalars[k] { k += 1 }
            if k == e.scalars.count, accept(i + k, e.payload) { return (i + k, e.payload) }
        }
        return nil
    }

    /// Like `longest`, but spaces may separate the phrase's scalars (`个 百 分 点`, `分 之`).
    func longestSpaced(_ s: [Unicode.Scalar], at i: Int) -> (end: Int, payload: Payload)? {
        guard i < s.count, let entries = byFirst[s[i].value] else { return nil }
        for e in entries {
            var p = i + 1
            var k = 1
            while k < e.scalars.count {
                while p < s.count && NumeralTable.isSpace(s[p]) { p += 1 }
                guard p < s.count, s[p] == e.scalars[k] else { break }
                p += 1
                k += 1
            }
            if k == e.scalars.count { return (p, e.payload) }
        }
        return nil
    }

    /// The longest phrase ending just before `end` (exclusive) and starting at or after `floor`.
    func longestEnding(_ s: [Unicode.Scalar], before end: Int, floor: Int = 0) -> (start: Int, payload: Payload)? {
        guard end > floor, end <= s.count, let entries = byLast[s[end - 1].value] else { return nil }
        for e in entries where end - e.scalars.count >= floor {
            let start = end - e.scalars.count
            var k = 0
            while k < e.scalars.count - 1 && s[start + k] == e.scalars[k] { k += 1 }
            if k == e.scalars.count - 1 { return (start, e.payload) }
        }
        return nil
    }
}
