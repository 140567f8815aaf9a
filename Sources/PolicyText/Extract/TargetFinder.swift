/// Reads goals out of recognized quantities: a quantity at the end of a clause (`…增长5%左右，`), preceded by a
/// metric phrase (`全省生产总值`) and maybe a verb (`增长`, `控制在`), in a clause that looks ahead (plan part of
/// a work report, or a future cue before it in its sentence). Each look-around is bounded, so the pass is linear.
struct TargetFinder: Sendable {
    /// A target in normalized offsets, before spans are mapped.
    struct Found: Sendable {
        var range: Range<Int>
        var metric: Range<Int>
        var kind: Target.Kind
        var quantity: Quantity
        var bound: Target.Bound
        var year: Int?
        var time: Int?
    }

    /// Everything the finder reads, prepared by the extractor.
    struct Context {
        var s: [Unicode.Scalar]
        var layout: TextLayout
        var sections: SectionMap
        var tense: TenseIndex
        var times: [(range: Range<Int>, frame: TimeFrame)]
        var timeRefs: [TimeRef]
        /// Normalized ranges of slogans: numbers inside them (`1+14`) are not quantities.
        var sloganRanges: [Range<Int>]
        var documentYear: Int?
    }

    let lexicon: ExtractLexicon
    /// How far back from its number a metric may start.
    static let metricReach = 40

    func find(_ quantities: [(range: Range<Int>, quantity: Quantity)], _ cx: Context) -> [Found] {
        var found: [Found] = []
        var timeCursor = 0
        var sloganCursor = 0
        // Time starts, for stripping times off the front of a metric.
        var timeAt: [Int: Int] = [:]
        for (k, t) in cx.times.enumerated() { timeAt[t.range.lowerBound] = k }
        // Quantity ends → starts and starts → ends, for `从X提高到Y` and `分别从X、Y提高到Z、W`.
        var quantityEnds: [Int: Int] = [:]
        var quantityStarts: [Int: Int] = [:]
        for (r, _) in quantities {
            quantityEnds[r.upperBound] = r.lowerBound
            quantityStarts[r.lowerBound] = r.upperBound
        }
        // `A、B和C分别增长5%、6%和7%`: the metrics still waiting for their figures.
        var pending: (parts: ArraySlice<Range<Int>>, after: Int, sentence: Int, template: Found, implied: Target.Bound?)?
        for (range, q) in quantities {
            while timeCursor < cx.times.count, cx.times[timeCursor].range.upperBound <= range.lowerBound { timeCursor += 1 }
            if timeCursor < cx.times.count, cx.times[timeCursor].range.lowerBound < range.upperBound { continue }
            while sloganCursor < cx.sloganRanges.count, cx.sloganRanges[sloganCursor].upperBound <= range.lowerBound { sloganCursor += 1 }
            if sloganCursor < cx.sloganRanges.count, cx.sloganRanges[sloganCursor].lowerBound < range.upperBound { continue }
            guard isGoalFigure(q), !Self.isWordCount(cx.s, range, q),
                  !isStartingFigure(cx.s, range, quantityEnds: quantityEnds, quantityStarts: quantityStarts),
                  let sentenceIndex = cx.layout.sentenceIndex(at: range.lowerBound) else { continue }
            if let p = pending, p.sentence == sentenceIndex, let part = p.parts.first,
               Self.isListGap(cx.s, p.after..<range.lowerBound) {
                if endsClause(cx.s, range.upperBound, q) {
                    var f = p.template
                    f.range = part.lowerBound..<range.upperBound
                    f.metric = part
                    f.quantity = q
                    f.bound = q.bound == .exact ? p.implied ?? .exact : q.bound
                    found.append(f)
                }
                pending = p.parts.count > 1 ? (p.parts.dropFirst(), range.upperBound, sentenceIndex, p.template, p.implied) : nil
                continue
            }
            pending = nil
            let sentence = cx.layout.sentences[sentenceIndex]
            let paragraph = sentence.paragraph
            guard isFuture(range.lowerBound, sentence: sentence, paragraph: paragraph, cx) else { continue }
            guard !isOrdinal(cx.s, range) else { continue }
            guard endsClause(cx.s, range.upperBound, q) else {
                // `新建10家省级概念验证中心`: a count before the thing counted.
                if let f = countedAfter(cx.s, range, q, timeAt: timeAt, times: cx.times) {
                    var f = f
                    (f.year, f.time) = due(range.lowerBound, sentence: sentence, paragraph: paragraph, cx)
                    found.append(f)
                }
                continue
            }
            guard let shape = metric(cx.s, before: range.lowerBound, q, timeAt: timeAt, times: cx.times,
                                     quantityEnds: quantityEnds) else { continue }
            let kind = Self.kind(q, verb: shape.verb, suffix: shape.suffix)
            var bound = q.bound
            if bound == .exact, let implied = shape.verb?.bound { bound = implied }
            let (year, time) = due(range.lowerBound, sentence: sentence, paragraph: paragraph, cx)
            let metrics: [Range<Int>]
            if shape.respectively {
                let parts = Self.listParts(cx.s, shape.metric)
                metrics = [parts[0]]
                // One metric with several values (`城乡居民人均可支配收入分别增长7%左右和8%左右`): each value that
                // follows in the list is a target of the same metric.
                let waiting = parts.count > 1 ? parts.dropFirst() : ArraySlice(repeating: parts[0], count: 7)
                let template = Found(range: range, metric: parts[0], kind: kind, quantity: q, bound: bound,
                                     year: year, time: time)
                pending = (waiting, range.upperBound, sentenceIndex, template, shape.verb?.bound)
            } else {
                metrics = shape.verb == nil || shape.suffix != nil ? [shape.metric] : split(cx.s, shape.metric)
            }
            for m in metrics {
                found.append(Found(range: m.lowerBound..<range.upperBound, metric: m, kind: kind, quantity: q,
                                   bound: bound, year: year, time: time))
            }
        }
        return found
    }

    /// A goal written verb + count + noun to the end of the clause: `新建10家省级概念验证中心`,
    /// `为退役军人提供5万个就业岗位`. The noun is the metric; the span runs from the count to the noun's end (the verb
    /// stays outside). Not when the noun phrase goes on with a verb or a 的 (`100个项目纳入…`, `2000万元以上的企业`),
    /// nor for the set a task works on: named by examples (`洛阳等10个国家物流枢纽`) or under a verb that works on
    /// what exists (`抓好550个省重大项目`, `推动21家…`).
    private func countedAfter(_ s: [Unicode.Scalar], _ range: Range<Int>, _ q: Quantity, timeAt: [Int: Int],
                              times: [(range: Range<Int>, frame: TimeFrame)]) -> Found? {
        // Digits only: counts in words are idioms of prose (十个方面工作, 两个大局, 八项规定).
        guard q.kind == .measure, let c = q.category, c == "count" || c == "people" || c == "household",
              Scalars.isDigit(s[range.lowerBound].value) else { return nil }
        if range.lowerBound > 0, s[range.lowerBound - 1] == "等" { return nil }
        // The noun: Han (and quotes) up to the clause end.
        var end = range.upperBound
        let limit = min(s.count, end + Self.maxCountedNoun)
        while end < limit {
            let v = s[end].value
            if Scalars.isClausePunctuation(v) || v == 0x3001 { break }
            guard Scalars.isHan(v) || Scalars.isLatin(v) || Scalars.isClosingQuoteOrBracket(v)
                    || Scalars.isOpeningBracket(v) else { return nil }
            end += 1
        }
        guard end < s.count, end < limit, end - range.upperBound >= 2 else { return nil }
        // A noun cut by 、 is the head of a list of things (为1万名困境、留守…), unless another count follows.
        if s[end] == "、", end + 1 >= s.count || !Scalars.isDigit(s[end + 1].value) { return nil }
        var nounStart = range.upperBound
        // `2.5万套（间）城市危旧房`: a note on the unit is not part of the noun.
        if s[nounStart] == "（" || s[nounStart] == "(",
           let k = Self.closingBracket(s, openingAt: nounStart, within: 6, limit: end), end - (k + 1) >= 2 {
            nounStart = k + 1
        }
        let noun = nounStart..<end
        if lexicon.countedNounStops.firstMatch(in: s, noun) { return nil }
        // The verb before: a short action after the clause's leads (新建, 抓好, 为退役军人提供).
        var left = range.lowerBound
        while left > 0, range.lowerBound - left < Self.maxCountedVerb + 8 {
            let v = s[left - 1].value
            if Scalars.isClausePunctuation(v) || v == 0x3001 || v == 0x2029 { break }
            left -= 1
        }
        var a = left
        var steps = 0
        while a < range.lowerBound, steps < 8 {
            steps += 1
            if let t = timeAt[a], times[t].range.upperBound <= range.lowerBound { a = times[t].range.upperBound; continue }
            if let m = lexicon.metricLeads.longestMatch(in: s, at: a, limit: range.lowerBound) { a += m.length; continue }
            if Scalars.isBlank(s[a].value) { a += 1; continue }
            break
        }
        let verbLength = range.lowerBound - a
        // A list item (`、30家标杆孵化器`) shares the verb of the item before it.
        let listItem = verbLength == 0 && a > 0 && s[a - 1] == "、"
        guard verbLength >= 1 || listItem, verbLength <= Self.maxCountedVerb,
              (a..<range.lowerBound).allSatisfy({ Scalars.isHan(s[$0].value) }) else { return nil }
        if lexicon.setVerbs.longestMatch(in: s, endingAt: range.lowerBound, lowerLimit: a) != nil { return nil }
        return Found(range: range.lowerBound..<end, metric: noun, kind: .count, quantity: q, bound: q.bound, year: nil, time: nil)
    }

    /// Longest noun after a count, and longest verb before it, in scalars.
    static let maxCountedNoun = 16
    static let maxCountedVerb = 8

    /// A small count in words (`两个目标`, `三项制度`): prose, not a goal; goals count in digits.
    static func isWordCount(_ s: [Unicode.Scalar], _ r: Range<Int>, _ q: Quantity) -> Bool {
        guard q.kind == .measure, q.value < 10, let c = q.category, c == "count" || c == "people" || c == "household"
        else { return false }
        return !r.contains { Scalars.isDigit(s[$0].value) }
    }

    /// Units that count occurrences, copies or batches (`复议一次`, `一式两份`, `建设一批`): not goals.
    static let eventUnits: Set<String> = ["次", "遍", "份", "回", "趟", "番", "批"]

    /// Percentages, multipliers and figures with a unit; not durations or ages (`三年`, `60岁`).
    private func isGoalFigure(_ q: Quantity) -> Bool {
        switch q.kind {
        case .percent, .percentagePoint, .multiplier: return true
        case .measure, .number:
            guard let unit = q.unit, !unit.isEmpty else { return false }
            if let c = q.category, c == "time" || c == "age" || c == "duration" { return false }
            if unit.hasSuffix("岁") || Self.eventUnits.contains(unit) { return false }
            return true
        }
    }

    /// Whether a figure at `position` is stated as a goal rather than a result.
    private func isFuture(_ position: Int, sentence: TextLayout.Sentence, paragraph: Int, _ cx: Context) -> Bool {
        let part = cx.sections.parts[paragraph]
        if part == .review || cx.sections.reviewParagraphs[paragraph] { return false }
        if cx.tense.isEstimate(position) { return false }
        let last = cx.tense.last(before: position, notBefore: sentence.range.lowerBound, strongOnly: true)
        if last == .past { return false }
        if part == .plan { return true }
        return last == .goal
    }

    /// `第二十七条`, `第3页`, `十三届七次全会`: numbers after 第 or 届 are ordinals.
    private func isOrdinal(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        r.lowerBound > 0 && (s[r.lowerBound - 1] == "第" || s[r.lowerBound - 1] == "届")
    }

    /// A goal's figure ends its clause (`…5%左右，`), or is followed by a tail word (`按5%安排`). A figure followed
    /// by a noun modifies it (`100个项目`, `2000万元以上的企业`), and `倍增行动` is a name.
    private func endsClause(_ s: [Unicode.Scalar], _ end: Int, _ q: Quantity) -> Bool {
        var j = end
        // At most a few parentheses are read past; each costs at most 16 scalars.
        for _ in 0..<4 {
            while j < s.count, Scalars.isBlank(s[j].value) { j += 1 }
            guard j < s.count else { return true }
            let c = s[j].value
            if Scalars.isClausePunctuation(c) || c == 0x3001 /* 、 */ || c == 0x2029 { return true }
            // A figure right before a closing quote is part of a name (“民营经济32条”). A parenthesis after the
            // figure is read past: `15个县（市）扩大到…` goes on, `1万套（间）。` ends.
            if c == 0xFF08 || c == 0x28 {
                guard let k = Self.closingBracket(s, openingAt: j, within: 16, limit: s.count) else { return true }
                j = k + 1
                continue
            }
            if c == 0xFF09 || c == 0x29 { return true }
            if lexicon.quantityTails.longestMatch(in: s, at: j) != nil { return true }
            // `30元和5元`: the first figure of a pair.
            if s[j] == "和", j + 1 < s.count, Scalars.isDigit(s[j + 1].value) { return true }
            return false
        }
        return false
    }

    /// The metric phrase before a figure: back to the clause start (or `metricReach`), minus leading cues and
    /// times, minus the verb before the number.
    private func metric(_ s: [Unicode.Scalar], before start: Int, _ q: Quantity, timeAt: [Int: Int],
                        times: [(range: Range<Int>, frame: TimeFrame)], quantityEnds: [Int: Int])
        -> (metric: Range<Int>, verb: ExtractLexicon.MetricVerb?, suffix: Target.Kind?, respectively: Bool)? {
        let floor = max(0, start - Self.metricReach)
        // `…30元和5元`: the second figure of a pair has no metric of its own.
        if start > 0, s[start - 1] == "和" { return nil }
        var left = start
        while left > floor {
            let c = s[left - 1].value
            if Scalars.isClausePunctuation(c) || c == 0x2029 { break }
            left -= 1
        }
        // A clause opening with a comparison (`，比去年预算高0.2个百分点`) states a difference, not a goal (比重, 比例
        // and 比率 are metrics).
        var open = left
        while open < start, Scalars.isBlank(s[open].value) { open += 1 }
        if open + 1 < start, s[open] == "比" || s[open] == "较", s[open + 1] != "重", s[open + 1] != "例", s[open + 1] != "率" {
            return nil
        }
        // Without 分别, a metric does not reach back over 、 (a list of goals); with it, the list is the metric.
        var listLeft = start
        while listLeft > left, s[listLeft - 1].value != 0x3001 { listLeft -= 1 }
        // Verbs between metric and number, nearest first: 分别|增长, 控制|在 …
        var right = start
        var verb: ExtractLexicon.MetricVerb?
        var guardCount = 0
        func takeVerbs(upTo most: Int) {
            while guardCount < most, right > left, let m = lexicon.metricVerbs.longestMatch(in: s, endingAt: right, lowerLimit: left) {
                if verb == nil || verb?.kind == nil && m.value.kind != nil { verb = mergeVerb(verb, m.value) }
                else if verb?.bound == nil, let b = m.value.bound { verb?.bound = b }
                right = m.start
                guardCount += 1
            }
        }
        takeVerbs(upTo: 3)
        // `从77%提高到80%`, `分别从209元、280元提高到`: the starting figures belong to neither metric nor goal; a
        // verb before them (`分别`) still counts.
        if let from = Self.startingFigures(s, endingAt: right, floor: left, quantityEnds: quantityEnds) {
            right = from
            takeVerbs(upTo: 4)
        }
        let respectively = Self.containsRespectively(s, right..<start)
        if !respectively { left = listLeft }
        // Leading cues, times, marks.
        var a = left
        var steps = 0
        while a < right, steps < 12 {
            steps += 1
            let c = s[a].value
            if Scalars.isBlank(c) || c == 0x2014 || c == 0x2015 || Scalars.isClosingQuoteOrBracket(c) { a += 1; continue }
            if let t = timeAt[a], times[t].range.upperBound <= right { a = times[t].range.upperBound; continue }
            if let m = lexicon.metricLeads.longestMatch(in: s, at: a, limit: right) { a += m.length; continue }
            if let e = Self.enumerationEnd(s, a, right) { a = e; continue }
            break
        }
        guard right - a >= 2 else { return nil }
        // `比年初预算增加1800亿元`: an increment over a baseline, not a goal of its own (比重, 比例 are metrics).
        if s[a] == "比" || s[a] == "较", s[a + 1] != "重", s[a + 1] != "例", s[a + 1] != "率" { return nil }
        let refined = refine(s, a..<right, q, timeAt: timeAt, times: times)
        if refined.isDifference { return nil }
        var m = refined.range
        // `特困人员保障标准不低于当地低保标准的1.6倍`: a bound verb and a reference before the figure; the metric is
        // what comes before the verb, the bound is the verb's.
        if m.count >= 5, s[m.upperBound - 1] == "的" {
            var k = m.lowerBound + 2
            while k < m.upperBound - 2 {
                if let v = lexicon.metricVerbs.longestMatch(in: s, at: k, limit: m.upperBound), let b = v.value.bound {
                    m = m.lowerBound..<k
                    if verb?.bound == nil { verb = mergeVerb(verb, ExtractLexicon.MetricVerb(kind: nil, bound: b)) }
                    break
                }
                k += 1
            }
        }
        guard Self.letters(s, m) >= 2 else { return nil }
        let suffix = refined.subjectKind ?? lexicon.metricSuffixes.longestMatch(in: s, endingAt: m.upperBound, lowerLimit: m.lowerBound)?.value
        return (m, verb, suffix, respectively)
    }

    /// Where `从` / `由` opens the starting figures that end at `end` (`从77%`, `从每人每月209元、280元`), if they do.
    static func startingFigures(_ s: [Unicode.Scalar], endingAt end: Int, floor: Int, quantityEnds: [Int: Int]) -> Int? {
        // A note on the unit may follow the figure: `从15个县（市）扩大到`.
        var end = end
        if end > floor, s[end - 1] == "）" || s[end - 1] == ")" {
            var k = end - 1
            while k > floor, end - k <= 6, s[k - 1] != "（", s[k - 1] != "(" { k -= 1 }
            if k > floor, end - k <= 6 { end = k - 1 }
        }
        guard var from = quantityEnds[end] else { return nil }
        // Earlier figures of the same list: `209元、280元`.
        var steps = 0
        while steps < 8, from > floor + 1, s[from - 1] == "、" || s[from - 1] == "和", let previous = quantityEnds[from - 1] {
            from = previous
            steps += 1
        }
        var k = from
        while k > max(floor, from - 6), s[k - 1] != "从", s[k - 1] != "由" {
            guard Scalars.isHan(s[k - 1].value) else { return nil }
            k -= 1
        }
        guard k > floor, s[k - 1] == "从" || s[k - 1] == "由" else { return nil }
        return k - 1
    }

    /// A figure the goal starts from: `从` before it (maybe with `每人每月`), maybe more figures after it, then a
    /// verb of arrival (`提高到`, `扩大至`).
    private func isStartingFigure(_ s: [Unicode.Scalar], _ range: Range<Int>, quantityEnds: [Int: Int],
                                  quantityStarts: [Int: Int]) -> Bool {
        var j = range.upperBound
        if j < s.count, s[j] == "（" || s[j] == "(", let k = Self.closingBracket(s, openingAt: j, within: 6, limit: s.count) {
            j = k + 1
        }
        var steps = 0
        while steps < 8, j + 1 < s.count, s[j] == "、" || s[j] == "和", let next = quantityStarts[j + 1] {
            j = next
            steps += 1
        }
        guard let verb = lexicon.metricVerbs.longestMatch(in: s, at: j), j + verb.length <= s.count else { return false }
        let last = s[j + verb.length - 1]
        guard last == "到" || last == "至" else { return false }
        return Self.startingFigures(s, endingAt: j, floor: max(0, range.lowerBound - Self.metricReach),
                                    quantityEnds: quantityEnds) != nil
    }

    /// The closing bracket of a short note opening at `open` (`（市）`, `（间）`): at most `within` scalars on and
    /// before `limit`, or nil.
    static func closingBracket(_ s: [Unicode.Scalar], openingAt open: Int, within: Int, limit: Int) -> Int? {
        var k = open + 1
        while k < limit, k - open <= within {
            if s[k] == "）" || s[k] == ")" { return k }
            k += 1
        }
        return nil
    }

    private static func containsRespectively(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while k + 1 < r.upperBound {
            if s[k] == "分", s[k + 1] == "别" { return true }
            k += 1
        }
        return false
    }

    /// `城镇、农村居民人均可支配收入` → 城镇, 农村居民人均可支配收入 (cut at 、 and 和).
    static func listParts(_ s: [Unicode.Scalar], _ r: Range<Int>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = r.lowerBound
        for k in r where s[k] == "、" || s[k] == "和" {
            if k > start { parts.append(start..<k) }
            start = k + 1
        }
        if r.upperBound > start { parts.append(start..<r.upperBound) }
        return parts.isEmpty ? [r] : parts
    }

    /// Between two figures of one list: only 、, 和, 及 and blanks.
    static func isListGap(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        guard r.count <= 3 else { return false }
        return r.allSatisfy { s[$0] == "、" || s[$0] == "和" || s[$0] == "及" || Scalars.isBlank(s[$0].value) }
    }

    /// An article or item number opening a clause: `第二十二条 `, `（二）`, `(3)`, `1.`; returns where it ends.
    static func enumerationEnd(_ s: [Unicode.Scalar], _ a: Int, _ limit: Int) -> Int? {
        let c = s[a]
        if c == "第" {
            var k = a + 1
            while k < limit, k - a <= 8, s[k] != "条", s[k] != "款", s[k] != "项", s[k] != "章", s[k] != "节" { k += 1 }
            guard k < limit, k - a <= 8, k > a + 1, (a + 1..<k).allSatisfy({ Scalars.isNumeral(s[$0].value) || Scalars.isDigit(s[$0].value) || s[$0] == "零" })
            else { return nil }
            return k + 1
        }
        if c == "（" || c == "(" {
            var k = a + 1
            while k < limit, k - a <= 4, s[k] != "）", s[k] != ")" { k += 1 }
            guard k < limit, k - a <= 4, k > a + 1 else { return nil }
            return k + 1
        }
        if Scalars.isDigit(c.value), a + 1 < limit, s[a + 1] == "." || s[a + 1] == "、" || s[a + 1] == "．" { return a + 2 }
        return nil
    }

    private func mergeVerb(_ a: ExtractLexicon.MetricVerb?, _ b: ExtractLexicon.MetricVerb) -> ExtractLexicon.MetricVerb {
        ExtractLexicon.MetricVerb(kind: a?.kind ?? b.kind, bound: a?.bound ?? b.bound)
    }

    static func kind(_ q: Quantity, verb: ExtractLexicon.MetricVerb?, suffix: Target.Kind?) -> Target.Kind {
        switch q.kind {
        case .multiplier: return .multiplier
        case .percent, .percentagePoint:
            if let v = verb?.kind, v != .level || suffix == nil { return v }
            if let s = suffix { return s }
            return verb?.kind ?? .level
        case .measure, .number:
            switch q.category {
            case "people", "count", "household": return .count
            default: return .amount
            }
        }
    }

    /// Two metrics sharing one value: `制造业投资和产能实现倍增` → 制造业投资, 产能. Only with a verb before the
    /// number (`智能工厂和数字化车间200家` counts both together), only at 和 (与 and 及 join inside names:
    /// `研发费用与营收之比`), and not inside a phrase that names one thing (`货物和服务进出口`, role `joined`).
    private func split(_ s: [Unicode.Scalar], _ metric: Range<Int>) -> [Range<Int>] {
        guard metric.count <= 20 else { return [metric] }
        for k in (metric.lowerBound + 2)..<max(metric.lowerBound + 2, metric.upperBound - 1) {
            if s[k] == "和", !insideJoinedNoun(s, k, metric) {
                let first = metric.lowerBound..<k, second = (k + 1)..<metric.upperBound
                if second.count >= 2, first.allSatisfy({ Scalars.isHan(s[$0].value) || Scalars.isLatin(s[$0].value) }) {
                    return [first, second]
                }
            }
        }
        return [metric]
    }

    /// Whether the 和 at `k` is inside a `joined` phrase of the metric data.
    private func insideJoinedNoun(_ s: [Unicode.Scalar], _ k: Int, _ metric: Range<Int>) -> Bool {
        for i in max(metric.lowerBound, k - 6)..<k {
            if let m = lexicon.joinedNouns.longestMatch(in: s, at: i, limit: metric.upperBound), i + m.length > k + 1 {
                return true
            }
        }
        return false
    }

    /// The year a goal is due and the time that says so: a time earlier in its sentence (not a baseline like
    /// `比2020年`), else its section's year, else the document's year in the plan part.
    private func due(_ position: Int, sentence: TextLayout.Sentence, paragraph: Int, _ cx: Context) -> (Int?, Int?) {
        // Times are sorted: walk back from the last one starting before `position`.
        var lo = 0, hi = cx.times.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if cx.times[mid].range.lowerBound < position { lo = mid + 1 } else { hi = mid }
        }
        var k = lo - 1
        while k >= 0, cx.times[k].range.lowerBound >= sentence.range.lowerBound {
            let t = cx.times[k]
            if !isBaseline(cx.s, t.range), t.frame.kind != .since, let end = cx.timeRefs[k].end {
                if let y = cx.documentYear, end.year < y { k -= 1; continue }
                return (end.year, k)
            }
            k -= 1
        }
        if let y = cx.sections.sectionYears[paragraph], cx.sections.parts[paragraph] == .plan { return (y, nil) }
        if cx.sections.parts[paragraph] == .plan, let y = cx.documentYear { return (y, nil) }
        return (nil, nil)
    }

    /// `比2020年`, `较2020年`, `2020年的` are baselines, not deadlines.
    private func isBaseline(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        if r.lowerBound > 0 {
            let p = s[r.lowerBound - 1]
            if p == "比" || p == "较" || p == "从" || p == "于" { return true }
        }
        if r.upperBound < s.count, s[r.upperBound] == "的" { return true }
        return false
    }
}
