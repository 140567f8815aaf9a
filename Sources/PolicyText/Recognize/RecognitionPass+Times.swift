/// Time expressions: written years and dates, year ranges, relative years and horizons, five-year plans.
extension RecognitionPass {
    /// Kind, dates and end offset of a time read so far; `invalid` marks a date that does not exist (2026年2月30日).
    struct TimeRead {
        var kind: TimeFrame.Kind
        var start: CivilDate?
        var end: CivilDate?
        var approximate = false
        var to: Int
        var invalid = false
    }

    var documentYear: Int? { documentDate?.year }

    // MARK: Calendar helpers (nil-safe: no date outside 1...9999 is ever built)

    static func jan1(_ y: Int?) -> CivilDate? { y.flatMap { CivilDate(year: $0, month: 1, day: 1) } }
    static func dec31(_ y: Int?) -> CivilDate? { y.flatMap { CivilDate(year: $0, month: 12, day: 31) } }
    static func monthStart(_ y: Int?, _ m: Int) -> CivilDate? { y.flatMap { CivilDate(year: $0, month: m, day: 1) } }
    static func monthEnd(_ y: Int?, _ m: Int) -> CivilDate? { y.flatMap { CivilDate.endOf(month: m, year: $0) } }
    static func add(_ y: Int?, _ k: Int) -> Int? {
        guard let y, (-10000...10000).contains(k) else { return nil }
        let r = y + k
        return (1...9999).contains(r) ? r : nil
    }

    // MARK: Entry points

    /// Time words from `recognize-times.tsv` at `i` (今年, 年底前, 上半年, 今明两年, 本世纪中叶, 十四五…).
    func timePhrase(at i: Int) -> Step? {
        guard let (end, rule) = c.lex.timePhrases.longest(c.s, at: i) else { return nil }
        switch rule {
        case .year(let offset, let length):
            if length <= 1, i > 0, c.lex.yearVetoBefore.contains(c.s[i - 1].value) { return nil }
            if length <= 1, i > 0, c.lex.table.cls(c.s[i - 1]) != .none || NumeralTable.arabicDigit(c.s[i - 1]) != nil { return nil }
            let y = Self.add(documentYear, offset)
            guard let read = yearSuffix(at: i + length, year: y, relative: true) else { return nil }
            if read.invalid { return .skip(read.to) }
            // The phrase's own suffix must read as one (年初步建成 is no 年初).
            if read.to < end { return nil }
            let to = max(read.to, end)
            let frame = TimeFrame(kind: read.kind, start: read.kind == .within ? (offset == 0 ? documentDate : read.start) : read.start,
                                  end: read.end, basis: .documentDate, approximate: read.approximate, yearOffset: offset)
            return .entity(withPrefix(frame, i..<to))
        case .years(let from, let to):
            let frame = TimeFrame(kind: .period, start: Self.jan1(Self.add(documentYear, from)),
                                  end: Self.dec31(Self.add(documentYear, to)), basis: .documentDate, yearOffset: from)
            return .entity(withPrefix(frame, i..<end))
        case .absolute(let year, let approx):
            let frame = TimeFrame(kind: .point, start: Self.jan1(year), end: Self.dec31(year), basis: .absolute, approximate: approx)
            return .entity(withPrefix(frame, i..<end))
        case .plan(let name, let first, let last):
            if i > 0, c.lex.table.cls(c.s[i - 1]) != .none { return nil }
            if end < c.n, c.lex.table.cls(c.s[end]) != .none { return nil }
            return .entity(plan(name: name, first: first, last: last, range: i..<end))
        }
    }

    /// A five-year plan name with optional quotes and 期间/时期/规划/末/末期/初/初期/中期/以来.
    func plan(name: String, first: Int, last: Int, range: Range<Int>) -> Entity {
        var start = range.lowerBound
        var p = range.upperBound
        let quoted = start > 0 && "“\"「『‘".unicodeScalars.contains(c.s[start - 1])
        if quoted, p < c.n, "”\"」』’".unicodeScalars.contains(c.s[p]) {
            start -= 1
            p += 1
        }
        var frame = TimeFrame(kind: .period, start: Self.jan1(first), end: Self.dec31(last), basis: .absolute, plan: name)
        if let (w, e) = c.matchAny(["开局之年", "起步之年", "开局年", "起步年", "第一年", "首年", "收官之年", "收官年",
                                    "最后一年", "时期末", "期末", "期间", "时期", "规划", "末期", "末", "初期", "初", "中期",
                                    "以来"], at: p) {
            p = e
            switch w {
            case "时期末", "期末", "末期", "末": frame.kind = .point; frame.start = Self.jan1(last)
            case "收官之年", "收官年", "最后一年": frame.kind = .point; frame.start = Self.jan1(last)
            case "初期", "初", "开局之年", "起步之年", "开局年", "起步年", "第一年", "首年":
                frame.kind = .point; frame.end = Self.dec31(first)
            case "中期":
                let mid = (first + last) / 2
                frame.kind = .point; frame.start = Self.jan1(mid); frame.end = Self.dec31(mid); frame.approximate = true
            case "以来": frame.kind = .since; frame.end = sinceEnd(from: frame.start)
            default: break
            }
        }
        return withPrefix(frame, start..<p)
    }

    /// Times that start with a numeral: years (`2025年`, `二〇三五年`), year ranges, months, quarters, horizons.
    func timeFromNumber(_ expr: NumberExpression) -> Step? {
        guard expr.isPlainInteger, !expr.numeral.approxMore else { return nil }
        let num = expr.numeral
        let e = expr.end
        guard e < c.n else { return nil }
        let v = expr.value
        let yearLike = isYearLike(num)
        if yearLike, let y = Int(exactly: v) {
            if c.s[e] == "年" { return writtenYear(y, from: expr.start, after: e + 1) }
            if let step = numericDate(y, from: expr.start, separatorAt: e) { return step }
            // 2023—2026年, 2023至2026年; and, for plausible years, 2023—2026 without 年 (titles, parentheses).
            if let ce = c.connector(at: e) {
                let q = c.skipSpaces(ce)
                if let (y2, r2) = yearAhead(at: q), y2 >= y, y2 - y <= 100 {
                    let frame = TimeFrame(kind: .period, start: Self.jan1(y), end: Self.dec31(y2), basis: .absolute)
                    return .entity(withPrefix(frame, expr.start..<r2))
                }
                if (1949...2100).contains(y), let e2 = c.parseExpression(at: q), e2.valid, e2.isPlainInteger, isYearLike(e2.numeral),
                   let y2 = Int(exactly: e2.value), y2 > y, y2 - y <= 30, !(e2.end < c.n && (c.s[e2.end] == "%" || c.s[e2.end] == "％")),
                   c.lex.units.longest(c.s, at: e2.end) == nil {
                    let frame = TimeFrame(kind: .period, start: Self.jan1(y), end: Self.dec31(y2), basis: .absolute)
                    return .entity(withPrefix(frame, expr.start..<e2.end))
                }
            }
            return nil
        }
        guard v >= 0, v <= 10000 else { return nil }
        let k = Int(v)
        if c.s[e] == "年", !num.hasArabic || num.digitCount <= 3 { return horizon(years: k, expr: expr, after: e + 1) }
        // 用3—5年时间, 三至五年内: a horizon of the larger count, approximate.
        if let ce = c.connector(at: e), let e2 = c.parseExpression(at: c.skipSpaces(ce)), e2.valid, e2.isPlainInteger,
           !isYearLike(e2.numeral), c.isChar(e2.end, "年"), e2.value >= v, e2.value <= 100,
           case .entity(let entity)? = horizon(years: Int(e2.value), expr: expr, after: e2.end + 1, approximate: true) {
            return .entity(entity)
        }
        if c.s[e] == "月", (1...12).contains(k) {
            guard let read = monthSuffix(at: e + 1, year: documentYear, month: k) else { return nil }
            if read.invalid { return .skip(read.to) }
            let frame = TimeFrame(kind: read.kind, start: read.start, end: read.end, basis: .documentDate, yearOffset: 0,
                                  yearImplied: true)
            return .entity(withPrefix(frame, expr.start..<read.to))
        }
        if let qe = c.match("季度", at: e), (1...4).contains(k) {
            var start = expr.start
            var first = k
            if start > 0, c.s[start - 1] == "第" { start -= 1 }
            else if start > 0, c.s[start - 1] == "前" { first = 1; start -= 1 }
            guard let read = quarterSuffix(at: qe, year: documentYear, first: first, last: k) else { return nil }
            // Like a month, a quarter without a year takes its passage's year (TimeResolver.placeYearless).
            let frame = TimeFrame(kind: read.kind, start: read.start, end: read.end, basis: .documentDate, yearOffset: 0,
                                  yearImplied: true)
            return .entity(withPrefix(frame, start..<read.to))
        }
        return nil
    }

    /// `2026-02-13`, `2026/2/13`, `2026.02`: a date written with separators (month 1–2 digits, so 2023-2026 is
    /// still a range). An impossible month or day makes the whole date skipped.
    func numericDate(_ y: Int, from start: Int, separatorAt e: Int) -> Step? {
        let sep = c.s[e]
        guard sep == "-" || sep == "/" || sep == "." || sep == "－" || sep == "／" else { return nil }
        func part(_ p: Int) -> (Int, Int)? {
            var q = p
            var v = 0
            while q < c.n, q - p < 3, let d = NumeralTable.arabicDigit(c.s[q]) { v = v * 10 + d; q += 1 }
            guard q > p, q - p <= 2 else { return nil }
            if q < c.n, NumeralTable.arabicDigit(c.s[q]) != nil { return nil }
            return (v, q)
        }
        guard let (m, me) = part(e + 1) else { return nil }
        // `2026.5` could be a decimal; only a two-digit month (2026.05) reads as a date after a dot.
        if sep == "." && me - (e + 1) < 2 && !(me < c.n && c.s[me] == ".") { return nil }
        guard (1...12).contains(m) else { return .skip(me) }
        var to = me
        var frame = TimeFrame(kind: .point, start: Self.monthStart(y, m), end: Self.monthEnd(y, m), basis: .absolute)
        if me < c.n, c.s[me] == sep, let (d, de) = part(me + 1) {
            guard let date = CivilDate(year: y, month: m, day: d) else { return .skip(de) }
            frame.start = date
            frame.end = date
            to = de
        }
        return .entity(withPrefix(frame, start..<to))
    }

    func isYearLike(_ num: Numeral) -> Bool {
        guard num.isInteger, num.scale == 1, num.digitCount == 4 else { return false }
        if num.hasArabic && !num.hasChinese { return num.value >= 1000 && num.value <= 2999 }
        return num.onlyDigits && num.value >= 1000 && num.value <= 2999
    }

    /// A year numeral followed by 年 at `p` (for the far end of a range).
    func yearAhead(at p: Int) -> (Int, Int)? {
        guard let e = c.parseExpression(at: p), e.valid, e.isPlainInteger, isYearLike(e.numeral),
              c.isChar(e.end, "年"), let y = Int(exactly: e.value) else { return nil }
        return (y, e.end + 1)
    }

    /// `YYYY年` plus what follows: a date, a deadline, a range to another year.
    func writtenYear(_ y: Int, from start: Int, after p: Int) -> Step? {
        guard let read = yearSuffix(at: p, year: y, relative: false) else { return nil }
        if read.invalid { return .skip(read.to) }
        var frame = TimeFrame(kind: read.kind, start: read.start, end: read.end, basis: .absolute, approximate: read.approximate)
        var to = read.to
        if read.kind == .point, frame.start == Self.jan1(y), frame.end == Self.dec31(y),
           let ce = c.connector(at: to), let (y2, r2) = yearAhead(at: c.skipSpaces(ce)), y2 >= y, y2 - y <= 100 {
            // 2023年至2026年; a following 底/前 still ends the range at that year's end.
            frame = TimeFrame(kind: .period, start: Self.jan1(y), end: Self.dec31(y2), basis: .absolute)
            to = r2
            if let (_, e2) = c.matchAny(["底前", "底", "末"], at: to) { to = e2 }
        }
        return .entity(withPrefix(frame, start..<to))
    }

    /// `N年以来`: up to the document date (when known and not before the start); else open.
    func sinceEnd(from start: CivilDate?) -> CivilDate? {
        guard let d = documentDate, start.map({ $0 <= d }) ?? true else { return nil }
        return d
    }

    /// Characters after 初 that make it a word (初步, 初次, 初心), not the start of the year.
    static let chuVeto = Set("步次心衷级始中见创具".unicodeScalars.map(\.value))

    /// What follows `…年`: 底前, 前, 底, 内, 以来, 起, 上半年, 一季度, 3月5日, 前后 … or nothing (the whole year).
    func yearSuffix(at p: Int, year y: Int?, relative: Bool) -> TimeRead? {
        var r = TimeRead(kind: .point, start: Self.jan1(y), end: Self.dec31(y), to: p)
        // 前三季度
        if c.isChar(p, "前"), let q = c.parseNumeral(at: p + 1), let quarters = q.integer(in: 1...4),
           let qe = c.match("季度", at: q.end) {
            r.kind = .period
            r.end = Self.monthEnd(y, quarters * 3)
            r.to = qe
            return r
        }
        if let (w, e) = c.matchAny(["底以前", "底之前", "末以前", "底前", "末前", "前后", "左右", "以前", "之前",
                                    "以内", "之内", "以来", "以后", "之后", "开始", "底", "末", "初", "前", "内", "起"], at: p),
           !(w == "初" && e < c.n && Self.chuVeto.contains(c.s[e].value)) {
            r.to = e
            switch w {
            case "底以前", "底之前", "末以前", "底前", "末前", "以前", "之前", "前":
                r.kind = .by; r.start = nil
            case "前后", "左右":
                r.approximate = true
            case "以内", "之内", "内":
                r.kind = .within
            case "以来":
                r.kind = .since; r.end = sinceEnd(from: r.start)
            case "开始", "起":
                r.kind = .since; r.end = nil
            case "以后", "之后":
                r.kind = .since; r.start = Self.jan1(Self.add(y, 1)); r.end = nil
            case "底", "末":
                r.start = Self.dec31(y)
            case "初":
                r.end = Self.jan1(y)
            default: break
            }
            return r
        }
        if let (w, e) = c.matchAny(["上半年", "下半年"], at: p) {
            let first = w == "上半年"
            r.start = first ? Self.jan1(y) : Self.monthStart(y, 7)
            r.end = first ? Self.monthEnd(y, 6) : Self.dec31(y)
            r.to = e
            if let (w2, e2) = c.matchAny(["末前", "底前", "以前", "之前", "前", "末", "底"], at: e) {
                r.to = e2
                if w2 == "末" || w2 == "底" { r.start = r.end } else { r.kind = .by; r.start = nil }
            }
            return r
        }
        // 第一季度, 一季度, 4季度
        var q0 = p
        if c.isChar(q0, "第") { q0 += 1 }
        if let q = c.parseNumeral(at: q0), let quarter = q.integer(in: 1...4), let qe = c.match("季度", at: q.end) {
            return quarterSuffix(at: qe, year: y, first: quarter, last: quarter)
        }
        // 3月, 3月5日
        if let m = c.parseNumeral(at: p), m.isInteger, c.isChar(m.end, "月") {
            guard let month = m.integer(in: 1...12) else { return r }   // 2026年13月: the year alone
            return monthSuffix(at: m.end + 1, year: y, month: month)
        }
        _ = relative
        return r
    }

    /// After `N季度` at `p`: 末 (the quarter's last day), 前/末前 (by it), or the whole quarter (from `first`).
    func quarterSuffix(at p: Int, year y: Int?, first: Int, last: Int) -> TimeRead? {
        var r = TimeRead(kind: first == last ? .point : .period, start: Self.monthStart(y, first * 3 - 2),
                         end: Self.monthEnd(y, last * 3), to: p)
        if let (w, e) = c.matchAny(["末前", "底前", "以前", "之前", "末", "底", "前"], at: p) {
            r.to = e
            if w == "末" || w == "底" { r.kind = .point; r.start = r.end } else { r.kind = .by; r.start = nil }
        }
        return r
    }

    /// After `N月` at `p`: a day (`5日`), 底前/底/末/前/上旬/中旬/下旬/份, or the whole month.
    func monthSuffix(at p: Int, year y: Int?, month m: Int) -> TimeRead? {
        var r = TimeRead(kind: .point, start: Self.monthStart(y, m), end: Self.monthEnd(y, m), to: p)
        if let d = c.parseNumeral(at: p), d.isInteger, d.onlyDigits || d.hasChinese, c.isChar(d.end, "日") || c.isChar(d.end, "号") {
            let day = d.integer(in: 0...99) ?? 99  // 99: no month has it, so a huge day is reported invalid
            // The day must exist in that month (any year's February may have 29 days when the year is unknown).
            let limit = y.map { CivilDate.daysIn(month: m, year: $0) } ?? CivilDate.daysIn(month: m, year: 2000)
            guard (1...limit).contains(day) else { r.invalid = true; r.to = d.end + 1; return r }
            let date = y.flatMap { CivilDate(year: $0, month: m, day: day) }
            r.start = date
            r.end = date
            r.to = d.end + 1
            if let (_, e) = c.matchAny(["以前", "之前", "前"], at: r.to) {
                r.kind = .by; r.start = nil; r.to = e
            } else if let (w, e) = c.matchAny(["开始", "以来", "起"], at: r.to) {
                r.kind = .since; r.end = w == "以来" ? sinceEnd(from: r.start) : nil; r.to = e
            }
            return r
        }
        if let (w, e) = c.matchAny(["底以前", "底之前", "末以前", "底前", "末前", "以前", "之前", "上旬", "中旬", "下旬",
                                    "前", "底", "末", "份"], at: p) {
            r.to = e
            switch w {
            case "底", "末": r.start = r.end
            case "上旬": r.end = y.flatMap { CivilDate(year: $0, month: m, day: 10) }
            case "中旬": r.start = y.flatMap { CivilDate(year: $0, month: m, day: 11) }; r.end = y.flatMap { CivilDate(year: $0, month: m, day: 20) }
            case "下旬": r.start = y.flatMap { CivilDate(year: $0, month: m, day: 21) }
            case "份": break
            default: r.kind = .by; r.start = nil
            }
        }
        return r
    }

    /// `N年` after a count of years: 两年内, 用3年时间, 用5年左右时间, 未来五年, 近五年; else a duration in years.
    func horizon(years k: Int, expr: NumberExpression, after p: Int, approximate vague: Bool = false) -> Step? {
        var to = p
        var approximate = vague
        if let (_, e) = c.matchAny(["左右", "上下", "多"], at: to) { to = e; approximate = true }
        let before = c.lex.horizonWords.longestEnding(c.s, before: expr.start, floor: floor)
        var within = false
        if let (_, e) = c.matchAny(["以内", "之内", "内"], at: to) { to = e; within = true }
        else if let (_, e) = c.matchAny(["的时间", "时间"], at: to) { to = e; within = true }
        var start = expr.start
        // 五年来, 三年以来: the past N years (with or without 近/过去 before).
        if before == nil || before?.payload == .past, !within, let (_, e) = c.matchAny(["以来", "来"], at: to) {
            let frame = TimeFrame(kind: .period, start: Self.jan1(Self.add(documentYear, -k)),
                                  end: Self.dec31(Self.add(documentYear, -1)), basis: .documentDate,
                                  approximate: approximate, horizonYears: k)
            return .entity(Entity(span: c.span((before?.start ?? expr.start)..<e), time: frame))
        }
        if let (bStart, dir) = before {
            if dir == .past {
                if let (_, e) = c.matchAny(["以来", "来"], at: to) { to = e }
                let frame = TimeFrame(kind: .period, start: Self.jan1(Self.add(documentYear, -k)),
                                      end: Self.dec31(Self.add(documentYear, -1)), basis: .documentDate,
                                      approximate: approximate, horizonYears: k)
                return .entity(Entity(span: c.span(bStart..<to), time: frame))
            }
            start = bStart
            within = true
        }
        guard within, k >= 1, k <= 100 else { return nil }
        var frame = TimeFrame.resolve(horizonYears: k, anchorStartYear: documentYear)
        frame.start = documentDate ?? frame.start
        frame.basis = .documentDate
        frame.approximate = approximate
        return .entity(Entity(span: c.span(start..<to), time: frame))
    }

    /// Applies a preceding 到/至/截至 (deadline) or 自/从 (since) and widens the span over it.
    func withPrefix(_ frame: TimeFrame, _ range: Range<Int>) -> Entity {
        var f = frame
        var start = range.lowerBound
        // `从2020年的51%提升到2025年的70%`: before 的 the year is a baseline and 从/到 belong to the verb.
        let attributive = c.isChar(range.upperBound, "的") && (f.kind == .point || f.kind == .period)
        if !attributive, let (pStart, prefix) = c.lex.timePrefixes.longestEnding(c.s, before: start, floor: floor) {
            switch prefix {
            case .by where f.kind == .point || f.kind == .by || f.kind == .period:
                f.kind = .by
                f.start = documentDate.flatMap { d in Self.jan1(d.year).flatMap { $0 <= (f.end ?? $0) ? $0 : nil } }
                start = pStart
            case .since where f.kind == .point || f.kind == .since || f.kind == .period:
                if f.kind != .since { f.end = nil }
                f.kind = .since
                start = pStart
                if let (w, e) = c.matchAny(["开始", "以来", "起"], at: range.upperBound) {
                    if w == "以来" { f.end = sinceEnd(from: f.start) }
                    return Entity(span: c.span(start..<e), time: f)
                }
            case .at:
                start = pStart
            default:
                break
            }
        }
        if f.kind == .by && f.start == nil {
            // A deadline runs from the start of the document's year (when known and not after the deadline).
            f.start = documentDate.flatMap { d in Self.jan1(d.year).flatMap { $0 <= (f.end ?? $0) ? $0 : nil } }
        }
        return Entity(span: c.span(start..<range.upperBound), time: f)
    }
}
