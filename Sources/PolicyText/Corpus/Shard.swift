/// A deterministic slice of a corpus, `index` of `count` (0-based), so that a cluster scheduler can split one run
/// over machines: a document belongs to the shard its path hashes to, whatever else is in the corpus.
public struct Shard: Sendable, Equatable {
    public let index: Int
    public let count: Int

    /// Parses `i/n` with `0 <= i < n`.
    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n > 0, (0..<n).contains(i) else { return nil }
        index = i
        count = n
    }

    public func contains(_ displayPath: String) -> Bool {
        // FNV-1a: stable across runs and platforms, unlike Hasher.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in displayPath.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return Int(hash % UInt64(count)) == index
    }
}
