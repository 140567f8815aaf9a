import Foundation

/// New-word discovery over a corpus, the classic way: a string of Han characters is a word candidate when it is
/// frequent, its parts stick together (pointwise mutual information of its weakest split) and it is free at both
/// ends (left and right branching entropy: many different characters precede and follow it).
///
/// `candidates(texts:)` gives the statistics of every candidate; `learn(texts:)` keeps the ones the tokenizer
/// needs: strings ICU cuts into several words, that do not begin or end with a function character, a numeral or
/// a classifier, that do not start with a lone suffix (化 手段), that are not a modifier plus a word (新 世纪) or
/// a word plus a localizer (基础 上), and that are
/// not two words of two characters or more (phrases such as 经济 发展 stay two words).
public struct LexiconLearner: Sendable {
    /// Thresholds.
    public struct Options: Sendable, Equatable {
        public var minLength = 2
        public var maxLength = 4
        /// Minimum number of occurrences.
        public var minFrequency = 5
        /// Minimum PMI (natural log) of the weakest binary split.
        public var minCohesion = 3.0
        /// Minimum of the left and right branching entropies (natural log).
        public var minFreedom = 1.0
        /// Maximum share of the occurrences that one neighbouring character may take on either side: above it
        /// the string is mostly a piece of a longer one (筑物 inside 建筑物), whatever its entropy.
        public var maxNeighborShare = 0.5
        /// Maximum share of the occurrences next to a digit on either side: above it a string that begins or ends
        /// with a lone character there is mostly a piece of a number expression (日起施行 in 1月1日起施行, 总量达 in
        /// 总量达500万吨).
        public var maxDigitShare = 0.5

        public init() {}

        /// Thresholds for learning from the text being segmented (`Tokenizer.adapted(to:)`): a document is small,
        /// so fewer occurrences suffice, a stronger cohesion keeps chance repeats out, and the neighbour-share
        /// test is off (a name a document repeats in one set phrase is still a name).
        public static var document: Options {
            var options = Options()
            options.minFrequency = 3
            options.minCohesion = 5
            options.maxNeighborShare = 1
            return options
        }
    }

    /// A candidate and its statistics.
    public struct Candidate: Sendable, Equatable {
        public var word: String
        public var frequency: Int
        /// PMI of the weakest split: `min log(p(w) / (p(a) p(b)))` over `w = ab`.
        public var cohesion: Double
        public var leftEntropy: Double
        public var rightEntropy: Double
        /// The largest share of occurrences one neighbouring character takes, on the left and on the right.
        public var leftMaxShare: Double = 0
        public var rightMaxShare: Double = 0
        /// The share of occurrences with a digit right before it, and right after it.
        public var leftDigitShare: Double = 0
        public var rightDigitShare: Double = 0
        /// ICU's cut of the word on its own (filled by `learn`).
        public var icuParts: [String] = []
    }

    public var options: Options
    let tokenizer: Tokenizer
    let rules: CompiledRules
    /// Neighbours that do not count towards the largest-share test: function characters before a word,
    /// function characters and localizers after it.
    let leftIgnored: Set<UInt32>
    let rightIgnored: Set<UInt32>

    /// A learner that judges candidates with `rules` and ICU's boundaries (from `tokenizer`'s break iterators).
    public init(options: Options = Options(), rules: SegmentRules, tokenizer: Tokenizer) {
        self.options = options
        self.rules = rules.compiled()
        leftIgnored = rules.members(.functionEnd)
        rightIgnored = rules.members(.functionStart).union(rules.members(.localizer))
        self.tokenizer = tokenizer
    }

    /// A learner with the built-in rules.
    public init(options: Options = Options()) throws(DataFile.LoadError) {
        let rules = try SegmentRules.builtIn()
        self.init(options: options, rules: rules, tokenizer: Tokenizer(lexicons: [], rules: rules))
    }

    /// New words for the tokenizer's lexicon with their frequencies, most frequent first.
    public func learn(texts: [String]) -> [(word: String, frequency: Int)] {
        accepted(candidates(texts: texts)).map { ($0.word, $0.frequency) }
    }

    /// Reads every `.txt` and `.md` file under `paths` (files or directories, recursively, UTF-8) and learns.
    /// Files that cannot be read as UTF-8 are skipped and returned in `skipped`.
    public func learn(contentsOf paths: [String])
        -> (words: [(word: String, frequency: Int)], files: Int, skipped: [String])
    {
        let (texts, skipped) = Self.readTexts(paths)
        return (learn(texts: texts), texts.count, skipped)
    }

    /// The candidates that pass `learn`'s filters, with ICU's parts filled in.
    public func accepted(_ candidates: [Candidate]) -> [Candidate] {
        var out: [Candidate] = []
        // How often each string occurs, for the localizer test in `keep` (every tail of a candidate is one).
        var frequency: [String: Int] = [:]
        for candidate in candidates { frequency[candidate.word] = candidate.frequency }
        for var candidate in candidates {
            let s = candidate.word.unicodeScalars.map(\.value)
            let parts = s.withUnsafeBufferPointer { buffer -> [Range<Int>] in
                let flags = tokenizer.icuBoundaries(buffer, 0..<buffer.count)
                var parts: [Range<Int>] = []
                var start = 0
                for i in 1...buffer.count where flags[i] {
                    parts.append(start..<i)
                    start = i
                }
                return parts
            }
            guard keep(s, parts, candidate, frequency) else { continue }
            candidate.icuParts = parts.map { String(String.UnicodeScalarView(s[$0].compactMap(Unicode.Scalar.init))) }
            out.append(candidate)
        }
        return out
    }

    private func keep(_ w: [UInt32], _ parts: [Range<Int>], _ c: Candidate, _ frequency: [String: Int]) -> Bool {
        guard parts.count >= 2, let first = w.first, let last = w.last else { return false }
        guard c.frequency >= options.minFrequency, c.cohesion >= options.minCohesion,
            min(c.leftEntropy, c.rightEntropy) >= options.minFreedom,
            max(c.leftMaxShare, c.rightMaxShare) <= options.maxNeighborShare
        else { return false }
        if rules.has(.functionStart, first) || rules.has(.functionEnd, last) { return false }
        if rules.has(.numeral, first) || Numerals.isHanNumeral(first) || rules.has(.classifier, first) { return false }
        if rules.has(.numeral, last) || Numerals.isHanNumeral(last) { return false }
        if w.contains(where: { rules.has(.conjunction, $0) }) { return false }
        let lengths = parts.map(\.count)
        // Pieces of number expressions: a lone unit or date character a number owns at the front (1月1日 起 施行:
        // 日起施行; units such as 兆瓦 stay), a lone verb of quantity at the end (总量 达 500万吨).
        if c.leftDigitShare > options.maxDigitShare, w.count > 2, lengths[0] == 1 { return false }
        if c.rightDigitShare > options.maxDigitShare, lengths[lengths.count - 1] == 1 { return false }
        if lengths[0] == 1, w.count > 2, rules.has(.modifier, first) { return false }
        if lengths[0] == 1, rules.has(.suffix, first) { return false }  // a suffix belongs to the word before: 化 手段
        // So does a localizer of place or time (过程中 发现, 期限内 完成): 中 发现 is no word, unless the rest
        // rarely goes without it (中医药, 中关村, 内蒙古: the tail is there with the localizer 30% of the time or more).
        if lengths[0] == 1, w.count > 2, Self.positional.contains(first) {
            let tail = String(String.UnicodeScalarView(w.dropFirst().compactMap(Unicode.Scalar.init)))
            if let t = frequency[tail], t > 0, Double(c.frequency) < 0.3 * Double(t) { return false }
        }
        if lengths[lengths.count - 1] == 1, rules.has(.localizer, last) { return false }
        if lengths == [1, 1], rules.has(.modifier, first) { return false }
        if lengths.count == 2, lengths[0] >= 2, lengths[1] >= 2 { return false }  // two words: a phrase
        return true
    }

    /// 上 下 中 内 外 里 前 后: localizers that end a phrase of place or time.
    static let positional: Set<UInt32> = Set("上下中内外里前后".unicodeScalars.map(\.value))

    // MARK: Statistics

    /// Every string of `minLength…maxLength` Han characters occurring at least `minFrequency` times, with its
    /// cohesion and branching entropies. Time and memory grow linearly with the corpus (n-grams are counted
    /// level by level, only extending frequent ones).
    public func candidates(texts: [String]) -> [Candidate] {
        var corpus = HanCorpus()
        for text in texts { corpus.add(text) }
        // A particle or function character next to a word says nothing about whether it is a fragment
        // (坚定不移 is mostly followed by 地): such neighbours do not count towards the largest share.
        return corpus.candidates(options, leftIgnored: leftIgnored, rightIgnored: rightIgnored)
    }

    static func readTexts(_ paths: [String]) -> (texts: [String], skipped: [String]) {
        var files: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                files.append(path)
                continue
            }
            if !isDirectory.boolValue {
                files.append(path)
                continue
            }
            let found = (fm.enumerator(atPath: path)?.compactMap { $0 as? String } ?? [])
                .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()
            files.append(contentsOf: found.map { (path as NSString).appendingPathComponent($0) })
        }
        var texts: [String] = []
        var skipped: [String] = []
        for file in files {
            if let data = fm.contents(atPath: file), let text = String(data: data, encoding: .utf8) {
                texts.append(text)
            } else {
                skipped.append(file)
            }
        }
        return (texts, skipped)
    }
}

/// A corpus as one array of dense character ids with the counting machinery. Han runs are separated by one or two
/// separator ids standing for the first and the last character between them: `digit` when it is a digit (the
/// run is part of a number expression there: 2023年1月1日起施行), else `other`.
struct HanCorpus {
    static let other: UInt16 = 0
    static let digit: UInt16 = 1
    private(set) var ids: [UInt16] = [other]
    private var idOf: [UInt32: UInt16] = [:]
    private var scalarOf: [UInt32] = [0, 0]
    /// Characters in the current gap between Han runs.
    private var gap = 1

    @inline(__always)
    static func isSeparator(_ id: UInt16) -> Bool { id <= digit }

    mutating func add(_ text: String) {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            guard ScalarClass.of(v) == .han else {
                separator(Numerals.isDigit(v) ? Self.digit : Self.other)
                continue
            }
            if let id = idOf[v] {
                ids.append(id)
                gap = 0
            } else if scalarOf.count < Int(UInt16.max) {
                let id = UInt16(scalarOf.count)
                idOf[v] = id
                scalarOf.append(v)
                ids.append(id)
                gap = 0
            } else {
                separator(Self.other)  // more distinct characters than ids: treat the rare ones as breaks
            }
        }
        // The end of a text: the next text's first run sees a plain boundary before it.
        if gap == 0 {
            ids.append(Self.other)
            gap = 1
        } else if gap == 1 {
            ids.append(Self.other)
            gap = 2
        } else {
            ids[ids.count - 1] = Self.other
        }
    }

    /// One more character between Han runs: the gap's first and last characters each keep a separator.
    private mutating func separator(_ kind: UInt16) {
        if gap < 2 { ids.append(kind) } else { ids[ids.count - 1] = kind }
        gap += 1
    }

    /// Up to eight character ids packed into 128 bits.
    struct Key: Hashable {
        var hi: UInt64 = 0
        var lo: UInt64 = 0

        init(_ ids: UnsafeBufferPointer<UInt16>, _ start: Int, _ count: Int) {
            for k in 0..<count {
                let v = UInt64(ids[start + k])
                if k < 4 { lo |= v << (16 * UInt64(k)) } else { hi |= v << (16 * UInt64(k - 4)) }
            }
        }
    }

    func candidates(
        _ options: LexiconLearner.Options, leftIgnored: Set<UInt32> = [], rightIgnored: Set<UInt32> = []
    ) -> [LexiconLearner.Candidate] {
        let maxLength = min(max(options.maxLength, 2), 8)
        let minFrequency = max(options.minFrequency, 1)
        return ids.withUnsafeBufferPointer { s -> [LexiconLearner.Candidate] in
            let n = s.count
            var total = 0
            var unigram = [Int](repeating: 0, count: scalarOf.count)
            for id in s where !Self.isSeparator(id) {
                unigram[Int(id)] += 1
                total += 1
            }
            guard total > 0 else { return [] }
            // counts[len] for len ≥ 2; a gram is counted only when both of its (len-1)-grams are frequent.
            var counts: [[Key: Int32]] = Array(repeating: [:], count: maxLength + 1)
            func frequent(_ start: Int, _ len: Int) -> Bool {
                if len == 1 { return unigram[Int(s[start])] >= minFrequency }
                return Int(counts[len][Key(s, start, len)] ?? 0) >= minFrequency
            }
            for len in 2...maxLength {
                var level: [Key: Int32] = [:]
                var i = 0
                while i + len <= n {
                    var ok = true
                    for k in 0..<len where Self.isSeparator(s[i + k]) {
                        ok = false
                        break
                    }
                    if ok, frequent(i, len - 1), frequent(i + 1, len - 1) {
                        level[Key(s, i, len), default: 0] += 1
                    }
                    i += 1
                }
                counts[len] = level.filter { $0.value >= Int32(minFrequency) }
                if counts[len].isEmpty { break }
            }
            // Candidates and their index.
            var index: [Key: Int] = [:]
            var words: [(key: Key, length: Int, count: Int)] = []
            for len in max(options.minLength, 2)...maxLength {
                for (key, count) in counts[len] {
                    index[key] = words.count
                    words.append((key, len, Int(count)))
                }
            }
            // Neighbours: one pass, exact counts; a run boundary counts as a new neighbour every time.
            var left: [UInt64: Int32] = [:]
            var right: [UInt64: Int32] = [:]
            var boundaryLeft = [Int32](repeating: 0, count: words.count)
            var boundaryRight = [Int32](repeating: 0, count: words.count)
            var digitLeft = [Int32](repeating: 0, count: words.count)
            var digitRight = [Int32](repeating: 0, count: words.count)
            var i = 0
            while i < n {
                if Self.isSeparator(s[i]) {
                    i += 1
                    continue
                }
                var len = 2
                while len <= maxLength, i + len <= n, !Self.isSeparator(s[i + len - 1]) {
                    if let w = index[Key(s, i, len)] {
                        let l = s[i - 1]  // s[0] is a separator, so i ≥ 1 here
                        if Self.isSeparator(l) {
                            boundaryLeft[w] += 1
                            if l == Self.digit { digitLeft[w] += 1 }
                        } else {
                            left[UInt64(w) << 16 | UInt64(l), default: 0] += 1
                        }
                        let r = i + len < n ? s[i + len] : Self.other
                        if Self.isSeparator(r) {
                            boundaryRight[w] += 1
                            if r == Self.digit { digitRight[w] += 1 }
                        } else {
                            right[UInt64(w) << 16 | UInt64(r), default: 0] += 1
                        }
                    } else if !frequent(i, len) {
                        break  // no longer gram starting here can be frequent
                    }
                    len += 1
                }
                i += 1
            }
            var leftEntropy = [Double](repeating: 0, count: words.count)
            var rightEntropy = [Double](repeating: 0, count: words.count)
            var leftMax = [Int32](repeating: 0, count: words.count)
            var rightMax = [Int32](repeating: 0, count: words.count)
            for (pair, c) in left {
                let w = Int(pair >> 16)
                let p = Double(c) / Double(words[w].count)
                leftEntropy[w] -= p * log(p)
                if !leftIgnored.contains(scalarOf[Int(pair & 0xFFFF)]) { leftMax[w] = max(leftMax[w], c) }
            }
            for (pair, c) in right {
                let w = Int(pair >> 16)
                let p = Double(c) / Double(words[w].count)
                rightEntropy[w] -= p * log(p)
                if !rightIgnored.contains(scalarOf[Int(pair & 0xFFFF)]) { rightMax[w] = max(rightMax[w], c) }
            }
            var result: [LexiconLearner.Candidate] = []
            result.reserveCapacity(words.count)
            let logTotal = log(Double(total))
            for (w, word) in words.enumerated() {
                let count = Double(word.count)
                // Each boundary occurrence is a distinct neighbour: adds (1/count)·log(count).
                leftEntropy[w] += Double(boundaryLeft[w]) / count * log(count)
                rightEntropy[w] += Double(boundaryRight[w]) / count * log(count)
                var chars = [UInt16](repeating: 0, count: word.length)
                for k in 0..<word.length {
                    let packed = k < 4 ? word.key.lo >> (16 * UInt64(k)) : word.key.hi >> (16 * UInt64(k - 4))
                    chars[k] = UInt16(truncatingIfNeeded: packed & 0xFFFF)
                }
                var cohesion = Double.infinity
                chars.withUnsafeBufferPointer { c in
                    for cut in 1..<word.length {
                        let a = cut == 1 ? unigram[Int(c[0])] : Int(counts[cut][Key(c, 0, cut)] ?? 0)
                        let bLen = word.length - cut
                        let b = bLen == 1 ? unigram[Int(c[cut])] : Int(counts[bLen][Key(c, cut, bLen)] ?? 0)
                        guard a > 0, b > 0 else { continue }
                        // log(p(w) / (p(a) p(b))) with p = count / total
                        cohesion = min(cohesion, log(count) + logTotal - log(Double(a)) - log(Double(b)))
                    }
                }
                var text = String.UnicodeScalarView()
                for id in chars { if let u = Unicode.Scalar(scalarOf[Int(id)]) { text.append(u) } }
                result.append(LexiconLearner.Candidate(
                    word: String(text), frequency: word.count, cohesion: cohesion.isFinite ? cohesion : 0,
                    leftEntropy: leftEntropy[w], rightEntropy: rightEntropy[w],
                    leftMaxShare: Double(leftMax[w]) / count, rightMaxShare: Double(rightMax[w]) / count,
                    leftDigitShare: Double(digitLeft[w]) / count, rightDigitShare: Double(digitRight[w]) / count))
            }
            result.sort { $0.frequency != $1.frequency ? $0.frequency > $1.frequency : $0.word < $1.word }
            return result
        }
    }
}
