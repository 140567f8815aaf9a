/// The metric as the guidelines want it: the shortest faithful phrase as written. From the stretch between the clause's
/// leading cues and the verb before the number, this drops
/// - a time inside it (`中央提出今年经济…` → 经济; `城镇化率到2030年…` → 城镇化率),
/// - modal and time words at its end (`能源消耗强度要`, `城镇调查失业率全年`) and a baseline before a percentage
///   (`城乡居民收入比上年`),
/// - a word naming the change of its subject (`居民消费价格涨幅` → 居民消费价格, kind growth),
/// - for counts and amounts (`1000万` too), the verb before it (`新建绿道`, `新建和改造提升农村公路`), except 新增 before what reads
///   only with it (`新增无还本续贷`, `新增装机`, `城镇新增就业`).
/// Each step keeps at least two letters; each look is bounded by the metric's length (≤ `metricReach`).
extension TargetFinder {
    struct RefinedMetric {
        var range: Range<Int>
        /// The kind named by a dropped subject word (涨幅 → growth).
        var subjectKind: Target.Kind?
        /// The figure is a difference from a baseline (`比去年扩大2万亿元`): no goal.
        var isDifference = false
    }

    func refine(_ s: [Unicode.Scalar], _ metric: Range<Int>, _ q: Quantity, timeAt: [Int: Int],
                times: [(range: Range<Int>, frame: TimeFrame)]) -> RefinedMetric {
        var a = metric.lowerBound, b = metric.upperBound
        // A time inside: the metric follows it, or, when nothing follows, precedes it.
        var firstTime: Int?, lastTimeEnd: Int?
        var k = a
        while k < b {
            if let t = timeAt[k], times[t].range.upperBound <= b {
                // `比去年`, `较2020年`: a baseline, not a time of the metric.
                if k > a, s[k - 1] == "比" || s[k - 1] == "较" {
                    if q.kind == .measure || q.kind == .number { return RefinedMetric(range: a..<b, isDifference: true) }
                    if Self.letters(s, a..<(k - 1)) >= 2 { b = k - 1 }
                    break
                }
                if firstTime == nil { firstTime = k }
                lastTimeEnd = times[t].range.upperBound
                k = times[t].range.upperBound
            } else {
                k += 1
            }
        }
        if let first = firstTime, let last = lastTimeEnd {
            if Self.letters(s, last..<b) >= 2 { a = skipLeads(s, last, b) } else if Self.letters(s, a..<first) >= 2 { b = first }
        }
        // Modal and time words, and baselines, at the end.
        var steps = 0
        while steps < 3, b > a {
            steps += 1
            if let m = lexicon.metricBaselines.longestMatch(in: s, endingAt: b, lowerLimit: a) {
                if q.kind == .measure || q.kind == .number { return RefinedMetric(range: a..<b, isDifference: true) }
                guard Self.letters(s, a..<m.start) >= 2 else { break }
                b = m.start
                continue
            }
            guard let m = lexicon.metricTrims.longestMatch(in: s, endingAt: b, lowerLimit: a),
                  Self.letters(s, a..<m.start) >= 2 else { break }
            if let keep = lexicon.metricKeepEnds.longestMatch(in: s, endingAt: b, lowerLimit: a), keep.start < m.start { break }
            b = m.start
        }
        // The change of its subject: 居民消费价格涨幅 → 居民消费价格.
        var subjectKind: Target.Kind?
        if let m = lexicon.metricSubjectSuffixes.longestMatch(in: s, endingAt: b, lowerLimit: a), Self.letters(s, a..<m.start) >= 2 {
            subjectKind = m.value
            b = m.start
        }
        // A verb before counts and amounts stays outside: 新建绿道, 新建和改造提升农村公路.
        if q.kind == .measure || q.kind == .number, lexicon.metricNouns.longestMatch(in: s, at: a, limit: b) == nil {
            let counted = q.category == "count" || q.category == "people" || q.category == "household"
            let flow = lexicon.flowNouns.longestMatch(in: s, endingAt: b, lowerLimit: a) != nil
            func isJoin(_ k: Int) -> Bool { k < b && (s[k] == "和" || s[k] == "及" || s[k] == "与" || s[k] == "、") }
            var p = a
            var stripped: Int?
            var joins = 0
            while joins < 3, let v = lexicon.metricVerbLeads.longestMatch(in: s, at: p, limit: b) {
                if v.value && (!counted || flow) { break }
                let after = p + v.length
                guard Self.letters(s, after..<b) >= 2 else { break }
                stripped = after
                joins += 1
                // Two verbs joined or side by side: 新建和改造提升, 取消、下放, 新建改造.
                if isJoin(after) { p = after + 1 } else { p = after }
            }
            // `建设和运营…`: a verb joined to something that is no verb governs the whole phrase; keep it.
            if let e = stripped, !isJoin(e) { a = e }
        }
        return RefinedMetric(range: a..<b, subjectKind: subjectKind)
    }

    /// Past blanks and leading cues (力争, 确保, 其中) from `a`.
    private func skipLeads(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Int {
        var a = a
        var steps = 0
        while a < b, steps < 6 {
            steps += 1
            if Scalars.isBlank(s[a].value) { a += 1; continue }
            if let m = lexicon.metricLeads.longestMatch(in: s, at: a, limit: b) { a += m.length; continue }
            break
        }
        return a
    }

    /// Han and Latin letters in `r`.
    static func letters(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Int {
        var n = 0
        for k in r where Scalars.isHan(s[k].value) || Scalars.isLatin(s[k].value) { n += 1 }
        return n
    }
}
