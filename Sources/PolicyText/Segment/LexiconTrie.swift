/// A read-only trie over scalar sequences, stored as one open-addressing hash table of edges
/// `(node, scalar) → child`. One multiply and usually one probe per step; no per-node allocations.
final class LexiconTrie: @unchecked Sendable {
    /// Edge slots, key and child side by side so that a probe touches one cache line. Key 0 = empty slot;
    /// else (node << 21 | scalar) + 1. Immutable after `init`; owned by this object.
    private let slots: UnsafeMutablePointer<Slot>
    private let mask: Int
    /// The root's children by BMP scalar, so that the first step (taken at every position) is one load.
    private let rootChildren: UnsafeMutablePointer<Int32>
    /// A 2^18-bit (32 KiB, cache-sized) filter of the words' first two scalars: most positions of a text start no
    /// word, and one bit in a small table says so faster than a probe into the edge table.
    private let pairBits: UnsafeMutablePointer<UInt64>
    /// Per node: the word's weight (≥ 1; the tokenizer's lexicon class) when the path spells a word, else 0.
    private let wordWeight: UnsafeMutablePointer<Int32>
    private let nodeCount: Int

    private struct Slot {
        var key: UInt64
        var child: Int32
    }

    /// The longest word, in scalars.
    let maxLength: Int
    /// The number of words.
    let count: Int

    /// Builds a trie of `words` (scalar sequences) with their weights; duplicates keep the largest weight.
    init(_ words: [([UInt32], Int)]) {
        var edges: [UInt64: Int32] = [:]
        var frequency: [Int32] = [0]
        var maxLength = 0
        var count = 0
        for (word, freq) in words where !word.isEmpty {
            var node: Int32 = 0
            for v in word {
                let key = UInt64(node) << 21 | UInt64(v & 0x1F_FFFF)
                if let child = edges[key] {
                    node = child
                } else {
                    let child = Int32(frequency.count)
                    frequency.append(0)
                    edges[key] = child
                    node = child
                }
            }
            if frequency[Int(node)] == 0 { count += 1 }
            frequency[Int(node)] = max(frequency[Int(node)], Int32(clamping: max(freq, 1)))
            maxLength = max(maxLength, word.count)
        }
        var capacity = 16
        while capacity < edges.count * 2 { capacity <<= 1 }
        let slots = UnsafeMutablePointer<Slot>.allocate(capacity: capacity)
        slots.initialize(repeating: Slot(key: 0, child: 0), count: capacity)
        let mask = capacity - 1
        for (key, child) in edges {
            var slot = Self.slot(key, mask)
            while slots[slot].key != 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(key: key + 1, child: child)
        }
        let pairBits = UnsafeMutablePointer<UInt64>.allocate(capacity: 1 << 12)
        pairBits.initialize(repeating: 0, count: 1 << 12)
        for (word, _) in words where word.count >= 2 {
            let h = Self.pairHash(word[0], word[1])
            pairBits[h >> 6] |= 1 << UInt64(h & 63)
        }
        self.pairBits = pairBits
        let rootChildren = UnsafeMutablePointer<Int32>.allocate(capacity: 0x10000)
        rootChildren.initialize(repeating: 0, count: 0x10000)
        for (key, child) in edges where key >> 21 == 0 && key & 0x1F_FFFF < 0x10000 {
            rootChildren[Int(key & 0x1F_FFFF)] = child
        }
        self.rootChildren = rootChildren
        self.slots = slots
        self.mask = mask
        let wordWeight = UnsafeMutablePointer<Int32>.allocate(capacity: frequency.count)
        wordWeight.initialize(from: frequency, count: frequency.count)
        self.wordWeight = wordWeight
        self.nodeCount = frequency.count
        self.maxLength = maxLength
        self.count = count
    }

    deinit {
        slots.deallocate()
        rootChildren.deallocate()
        pairBits.deallocate()
        wordWeight.deallocate()
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 29) & mask
    }

    /// The child of `node` along scalar `v`, or nil.
    @inline(__always)
    func child(_ node: Int32, _ v: UInt32) -> Int32? {
        if node == 0, v < 0x10000 {
            let c = rootChildren[Int(v)]
            return c == 0 ? nil : c
        }
        let key = (UInt64(node) << 21 | UInt64(v & 0x1F_FFFF)) + 1
        var slot = Self.slot(key - 1, mask)
        while true {
            let k = slots[slot].key
            if k == key { return slots[slot].child }
            if k == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// The weight of the word ending at `node`, or 0 when the path is only a prefix.
    @inline(__always)
    func weight(at node: Int32) -> Int32 { wordWeight[Int(node)] }

    @inline(__always)
    private static func pairHash(_ a: UInt32, _ b: UInt32) -> Int {
        Int(truncatingIfNeeded: ((a &* 0x9E37_79B1) ^ (b &* 0x85EB_CA6B)) >> 14)
    }

    /// Calls `body(end, weight)` for every word of at least `minLength` scalars that starts at `start` in `s`
    /// and ends at or before `limit`.
    @inline(__always)
    func forEachWord(
        in s: UnsafeBufferPointer<UInt32>, from start: Int, limit: Int, minLength: Int = 2,
        _ body: (Int, Int32) -> Void
    ) {
        var node: Int32 = 0
        var i = start
        let end = min(limit, start + maxLength)
        if start + 1 < end {
            let h = Self.pairHash(s[start], s[start + 1])
            if pairBits[h >> 6] & (1 << UInt64(h & 63)) == 0 {
                // No word of two or more starts here; a single-character word still may.
                if minLength <= 1, let only = child(0, s[start]), wordWeight[Int(only)] > 0 {
                    body(start + 1, wordWeight[Int(only)])
                }
                return
            }
        }
        while i < end {
            guard let next = child(node, s[i]) else { return }
            node = next
            i += 1
            let f = wordWeight[Int(node)]
            if f > 0, i - start >= minLength { body(i, f) }
        }
    }

    /// Whether `s[range]` is a word: its weight, or 0.
    func lookup(_ s: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) -> Int32 {
        var node: Int32 = 0
        for i in range {
            guard let next = child(node, s[i]) else { return 0 }
            node = next
        }
        return wordWeight[Int(node)]
    }
}
