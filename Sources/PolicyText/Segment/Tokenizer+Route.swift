extension HanRun {
    /// Costs of the best route, in thousandths of a word: the route with the fewest words wins, lexicon words
    /// are cheaper than the pieces the rules made, and a single character that is neither is dear (it is only
    /// there to reach a lexicon word that starts inside a piece: 比上 年 → 比 上年).
    enum Cost {
        static let piece = 950
        static let lexicon = 700
        static let both = 650
        static let stray = 1500
    }

    /// The best route through a DAG whose edges are the pieces and every lexicon word found in the run.
    /// Linear in the run's length (each position tries at most the lexicon's longest word).
    func route(_ pieces: [Span]) -> [Span] {
        guard let first = pieces.first, let last = pieces.last else { return [] }
        let base = first.a
        let length = last.b - base
        if tokenizer.trie.count == 0 { return pieces }
        var pieceEnd = [Int32](repeating: -1, count: length + 1)
        for p in pieces { pieceEnd[p.a - base] = Int32(p.b - base) }
        var best = [Int](repeating: Int.max, count: length + 1)
        var back = [Int32](repeating: 0, count: length + 1)
        best[0] = 0
        let trie = tokenizer.trie
        for i in 0..<length {
            let here = best[i]
            if here == Int.max { continue }
            let pe = Int(pieceEnd[i])
            if pe > 0 {
                let c = here + Cost.piece
                if c < best[pe] {
                    best[pe] = c
                    back[pe] = Int32(i)
                }
            } else {
                let c = here + Cost.stray
                if c < best[i + 1] {
                    best[i + 1] = c
                    back[i + 1] = Int32(i)
                }
            }
            trie.forEachWord(in: s, from: base + i, limit: base + length) { end, _ in
                let j = end - base
                let c = here + (j == pe ? Cost.both : Cost.lexicon)
                if c < best[j] {
                    best[j] = c
                    back[j] = Int32(i)
                }
            }
        }
        var out: [Span] = []
        var j = length
        while j > 0 {
            let i = Int(back[j])
            out.append(Span(a: base + i, b: base + j))
            j = i
        }
        out.reverse()
        return out
    }
}
