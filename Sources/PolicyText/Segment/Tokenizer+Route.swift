extension HanRun {
    /// Costs of the best route, in thousandths of a word: the route with the fewest words wins, lexicon words
    /// are cheaper than the pieces the rules made, and a single character that is neither is dear (it is only
    /// there to reach a lexicon word that starts inside a piece: 比上 年 → 比 上年).
    /// A user word costs less than half a built-in word, so two user words beat one built-in word.
    enum Cost {
        static let piece = 950
        static let lexicon = 700
        static let user = 300
        /// A single-character user word: two of them cost more than one piece, one with a user word less.
        static let userSingle = 480
        /// Discount when a lexicon word is also one of the pieces.
        static let agreement = 50
        static let stray = 1500

        @inline(__always)
        static func of(weight: Int32, length: Int) -> Int {
            weight >= LexiconWeight.user ? (length == 1 ? userSingle : user) : lexicon
        }
    }

    /// The best route through a DAG whose edges are the pieces and every lexicon word found in the run.
    /// Linear in the run's length (each position tries at most the lexicon's longest word).
    mutating func route(_ pieces: [Span], into out: inout [Span]) {
        guard let first = pieces.first, let last = pieces.last else { return }
        let base = first.a
        let length = last.b - base
        if trie.count == 0 || (pieces.count == 1 && length < 2) {
            out.append(contentsOf: pieces)
            return
        }
        // Lexicon words in the run; when each of them is one of the pieces, the pieces are the route.
        var edges = routeEdges
        routeEdges = []
        defer { routeEdges = edges }
        edges.removeAll(keepingCapacity: true)
        var pieceIndex = 0
        var novel = false
        for i in 0..<length {
            while pieceIndex < pieces.count, pieces[pieceIndex].b - base <= i { pieceIndex += 1 }
            let pieceStartsHere = pieceIndex < pieces.count && pieces[pieceIndex].a - base == i
            let pieceEndHere = pieceStartsHere ? pieces[pieceIndex].b - base : -1
            // Built-in words are looked up where a piece starts; user words everywhere (a user word list may
            // cut across ICU's words: 比上 年 → 比 上年).
            if !pieceStartsHere, !tokenizer.crossesPieces { continue }
            trie.forEachWord(in: s, from: base + i, limit: base + length, minLength: 1) { end, weight in
                let j = end - base
                edges.append(Int32(i))
                edges.append(Int32(j))
                edges.append(weight)
                if j != pieceEndHere || weight >= LexiconWeight.user { novel = true }
            }
        }
        guard novel else {
            out.append(contentsOf: pieces)
            return
        }
        var pieceEnd = routePieceEnd
        var best = routeBest
        var back = routeBack
        routePieceEnd = []
        routeBest = []
        routeBack = []
        defer {
            routePieceEnd = pieceEnd
            routeBest = best
            routeBack = back
        }
        pieceEnd.removeAll(keepingCapacity: true)
        pieceEnd.append(contentsOf: repeatElement(-1, count: length + 1))
        best.removeAll(keepingCapacity: true)
        best.append(contentsOf: repeatElement(Int.max, count: length + 1))
        back.removeAll(keepingCapacity: true)
        back.append(contentsOf: repeatElement(0, count: length + 1))
        for p in pieces { pieceEnd[p.a - base] = Int32(p.b - base) }
        best[0] = 0
        var e = 0
        for i in 0..<length {
            let here = best[i]
            let pe = Int(pieceEnd[i])
            if here == Int.max {
                while e < edges.count, Int(edges[e]) == i { e += 3 }
                continue
            }
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
            while e < edges.count, Int(edges[e]) == i {
                let j = Int(edges[e + 1])
                let c = here + Cost.of(weight: edges[e + 2], length: j - i) - (j == pe ? Cost.agreement : 0)
                e += 3
                if c < best[j] {
                    best[j] = c
                    back[j] = Int32(i)
                }
            }
        }
        let firstOut = out.count
        var j = length
        while j > 0 {
            let i = Int(back[j])
            out.append(Span(a: base + i, b: base + j))
            j = i
        }
        out[firstOut...].reverse()
    }
}
