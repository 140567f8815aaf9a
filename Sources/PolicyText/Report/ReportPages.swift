/// Where a document's normalized text is cut into pages, so a browser lays out one page of a long document at a
/// time. Cuts fall near every `pageSize` scalars: after a line break if one is within half a page, else after a
/// sentence end, else anywhere — and never inside a highlight when that can be avoided. Every page holds between
/// half and one and a half `pageSize` (the last one: up to one and a half).
struct ReportPages {
    /// Page boundaries: page `k` is `bounds[k]..<bounds[k + 1]`; first 0, last the text length.
    let bounds: [Int]

    var count: Int { bounds.count - 1 }

    func range(_ page: Int) -> Range<Int> { bounds[page]..<bounds[page + 1] }

    /// The page holding normalized offset `offset` (the last page for the text's end).
    func page(containing offset: Int) -> Int {
        var lo = 0, hi = count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if bounds[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    init(bounds: [Int]) { self.bounds = bounds }

    /// Cuts `s` into pages of about `pageSize` scalars (at least 1,000), linear in the text and highlights.
    init(_ s: [Unicode.Scalar], pageSize: Int, highlights: [ReportHighlight]) {
        let size = max(1_000, pageSize)
        let n = s.count
        // A last page of up to one and a half pages, rather than a stub page after a full one.
        guard n > size + size / 2 else {
            bounds = [0, n]
            return
        }
        // depth[p] > 0: a cut at p would fall strictly inside some highlight.
        var depth = [Int32](repeating: 0, count: n + 2)
        for h in highlights where h.range.count >= 2 {
            depth[h.range.lowerBound + 1] += 1
            depth[h.range.upperBound] -= 1
        }
        for p in 1...n { depth[p] += depth[p - 1] }

        var cuts = [0]
        var start = 0
        while n - start > size + size / 2 {
            let desired = start + size
            let window = (start + size / 2)...min(n - 1, start + size + size / 2)
            var best = desired, bestRank = (3, Int.max)
            for p in window {
                let before = s[p - 1].value
                let rank: Int
                if depth[p] > 0 { continue }
                else if before == 0x0A { rank = 0 }
                else if Self.endsSentence(before) { rank = 1 }
                else { rank = 2 }
                let candidate = (rank, abs(p - desired))
                if candidate < bestRank { bestRank = candidate; best = p }
            }
            cuts.append(best)
            start = best
        }
        cuts.append(n)
        bounds = cuts
    }

    private static func endsSentence(_ c: UInt32) -> Bool {
        switch c {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x21, 0x3F, 0x3B: true  // 。！？；!?;
        default: false
        }
    }
}
