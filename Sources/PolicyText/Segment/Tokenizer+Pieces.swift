import Foundation

extension Tokenizer {
    /// All pieces of `s`, in order, covering it without gaps. Long texts are cut into chunks at line or sentence
    /// ends and the chunks are done concurrently.
    /// The pieces of `s` chunk by chunk: each chunk's pieces have offsets relative to its `base`.
    func pieceChunks(of s: UnsafeBufferPointer<UInt32>) -> [(base: Int, pieces: [Piece])] {
        let chunks = Self.chunks(s, target: chunkTarget)
        return concurrentMap(chunks) { range in
            (range.lowerBound, pieces(of: UnsafeBufferPointer(rebasing: s[range])))
        }
    }

    /// Scalars per chunk: at least 1024, at most 2^26 (so that a chunk's offsets fit `Piece`'s 32 bits).
    var chunkTarget: Int { min(max(options.parallelThreshold, 1024), 1 << 26) }

    /// `body` applied to each chunk, on up to `maximumConcurrency` threads; results in chunk order.
    func concurrentMap<T>(_ chunks: [Range<Int>], _ body: (Range<Int>) -> T) -> [T] {
        let workers = options.maximumConcurrency > 0
            ? options.maximumConcurrency : ProcessInfo.processInfo.activeProcessorCount
        return PolicyText.concurrentMap(count: chunks.count, workers: workers) { body(chunks[$0]) }
    }

    /// Cuts `0..<s.count` into ranges of about `target` scalars that end just after a line break or, failing that,
    /// a sentence end (。！？；), so that no token can straddle a cut. A line with neither for `4 × target`
    /// scalars is cut anyway (only such pathological lines can have a word cut in two).
    static func chunks(_ s: UnsafeBufferPointer<UInt32>, target: Int) -> [Range<Int>] {
        cutChunks(count: s.count, target: target, canCut: { _ in true }) { i in
            switch s[i] {
            case 0x0A: (i + 1, true)
            case 0x3002, 0xFF01, 0xFF1F, 0xFF1B: (i + 1, false)
            default: nil
            }
        }
    }

    /// The chunking of `chunks` over any sequence: `boundary(i)` tells whether a line (`true`) or a sentence ends
    /// at `i` and where the chunk would end; `canCut(i)` whether a forced cut may fall before `i`.
    static func cutChunks(
        count: Int, target: Int, canCut: (Int) -> Bool, boundary: (Int) -> (end: Int, line: Bool)?
    ) -> [Range<Int>] {
        guard count > target else { return [0..<count] }
        let hardLimit = 4 * target
        var result: [Range<Int>] = []
        var start = 0
        while count - start > target {
            var cut = -1
            var sentence = -1
            var i = start + target
            while i < count {
                if let b = boundary(i) {
                    if b.line {
                        cut = b.end
                        break
                    }
                    if sentence < 0 { sentence = b.end }
                }
                if sentence >= 0, i >= start + 2 * target {
                    cut = sentence
                    break
                }
                if i - start >= hardLimit, canCut(i) {
                    cut = i
                    break
                }
                i += 1
            }
            if cut < 0 { cut = sentence >= 0 ? sentence : count }
            if cut >= count { break }
            result.append(start..<cut)
            start = cut
        }
        result.append(start..<count)
        return result
    }

    /// The pieces of one chunk `s`, covering it without gaps.
    func pieces(of s: UnsafeBufferPointer<UInt32>) -> [Piece] {
        let range = 0..<s.count
        guard !range.isEmpty else { return [] }
        let icuBreak = icuBoundaries(s, range)  // index i - range.lowerBound, count + 1 entries
        var scanner = UnitScanner(s: s, range: range, icuBreak: icuBreak, rules: rules)
        scanner.msr = options.convention == .msr
        var units = scanner.scan()
        units.reverse()  // pop from the end in order
        var out: [Piece] = []
        out.reserveCapacity(range.count / 2)
        var run = HanRun(tokenizer: self, s: s)
        var pos = range.lowerBound
        let end = range.upperBound
        while pos < end {
            if let unit = units.last, unit.start == pos {
                run.flush(into: &out)
                out.append(unit)
                units.removeLast()
                pos = unit.end
                continue
            }
            // The next ICU boundary, stopped early by the next unit.
            let stop = units.last?.start ?? end
            var next = pos + 1
            while next < stop, !icuBreak[next - range.lowerBound] { next += 1 }
            let cls = rules.scalarClass(s[pos])
            if cls == .han, allHan(s, pos, next) {
                run.append(pos, next)
            } else {
                run.flush(into: &out)
                out.append(Piece(start: pos, end: next, kind: Self.kind(of: cls)))
            }
            pos = next
        }
        run.flush(into: &out)
        FormulaJoiner.join(&out, s, rules)
        return out
    }

    func allHan(_ s: UnsafeBufferPointer<UInt32>, _ a: Int, _ b: Int) -> Bool {
        for i in a..<b where rules.scalarClass(s[i]) != .han { return false }
        return true
    }

    static func kind(of cls: ScalarClass) -> Token.Kind {
        switch cls {
        case .han, .letter, .mark: .word
        case .digit: .number
        case .latin: .latin
        case .space: .space
        case .punct: .punct
        case .control, .other: .symbol
        }
    }

    /// ICU's word boundaries over `s[range]` as a flag per scalar offset (relative to `range`), both ends set.
    /// If ICU fails (it should not), every scalar is its own piece: degraded but never wrong about offsets.
    func icuBoundaries(_ s: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) -> [Bool] {
        let n = range.count
        var flags = [Bool](repeating: false, count: n + 1)
        flags[0] = true
        flags[n] = true
        var utf16: [UInt16] = []
        utf16.reserveCapacity(n + 16)
        var supplementary = false
        for i in range {
            let v = s[i]
            if v < 0x10000 {
                utf16.append(UInt16(truncatingIfNeeded: v))
            } else {
                supplementary = true
                let u = v - 0x10000
                utf16.append(UInt16(truncatingIfNeeded: 0xD800 + (u >> 10)))
                utf16.append(UInt16(truncatingIfNeeded: 0xDC00 + (u & 0x3FF)))
            }
        }
        // UTF-16 offset → scalar offset, only needed when some scalar took two units.
        var scalarAt: [Int32] = []
        if supplementary {
            scalarAt.reserveCapacity(utf16.count + 1)
            var k: Int32 = 0
            for i in range {
                scalarAt.append(k)
                if s[i] >= 0x10000 { scalarAt.append(k) }
                k += 1
            }
            scalarAt.append(k)
        }
        do {
            try pool.withBreaker { breaker throws(ICU.Error) in
                try utf16.withUnsafeBufferPointer { buffer throws(ICU.Error) in
                    try breaker.enumerateSegments(buffer) { segment, _ in
                        let b = segment.upperBound
                        flags[supplementary ? Int(scalarAt[b]) : b] = true
                    }
                }
            }
        } catch {
            for i in 0...n { flags[i] = true }
        }
        return flags
    }
}

