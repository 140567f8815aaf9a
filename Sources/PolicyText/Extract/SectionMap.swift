/// Which part of a work report each paragraph belongs to: the review of past work (no targets there), the plan
/// part (goals), or neither (documents without such headings). Also the year a plan section is about
/// (`三、2026年重点工作` → 2026), the document's year when it can be read from the text, and its issuer.
struct SectionMap: Sendable {
    enum Part: Sendable, Equatable { case none, review, plan }

    /// Part of each paragraph of the layout.
    private(set) var parts: [Part] = []
    /// The year named by the heading of each paragraph's section, if any.
    private(set) var sectionYears: [Int?] = []
    /// The heading paragraph of each paragraph's section, if any.
    private(set) var sectionHeadings: [Int?] = []
    /// Paragraphs that open with a review cue (过去一年，…): past even inside the plan part.
    private(set) var reviewParagraphs: [Bool] = []
    /// Paragraphs that are top-level headings.
    private(set) var headings: [Bool] = []
    /// The document's year read from its title or headings (`2026年政府工作报告`, `2025年工作回顾` → 2026).
    private(set) var inferredYear: Int?
    /// Who speaks: `我代表江苏省人民政府…` → 江苏省人民政府.
    private(set) var issuer: String?
    /// A government work report (a title naming one, or `各位代表`).
    private(set) var isReport = false
    /// Paragraphs opening with an article number (`第二十七条`): the text is a law or a regulation.
    private(set) var articleParagraphs = 0

    /// Longest top-level heading, in scalars.
    static let maxHeading = 48

    /// `documentYear`: the year of the document's date, when known; headings naming an earlier year review it
    /// (`一、2025年主要工作` in a 2026 report), headings naming the document's year plan it.
    init(_ s: [Unicode.Scalar], layout: TextLayout, lexicon: ExtractLexicon, documentYear: Int? = nil) {
        // The title (`2026年江苏省政府工作报告`) says the year when the caller does not.
        var titleYear: Int?
        for p in layout.paragraphs.prefix(30) where p.content.count <= 60 && Self.contains(s, p.content, "政府工作报告") {
            if let y = Self.firstYear(s, p.content) { titleYear = y; break }
        }
        let knownYear = documentYear ?? titleYear
        // Only a report (a title, or `各位代表`) has a review to open with and a plan to follow it; elsewhere
        // `一、…` numbers the items of a law or a notice.
        let opening = layout.paragraphs.prefix(40).map(\.content)
        let isReport = titleYear != nil || opening.contains { Self.contains(s, $0, "各位代表") }
        self.isReport = isReport
        var part = Part.none
        var year: Int?
        var heading: Int?
        var sawReview = false
        var firstReviewYear: Int?, firstPlanYear: Int?
        var seenTopHeading = false
        for (index, p) in layout.paragraphs.enumerated() {
            let c = p.content
            var isHeading = false
            var isReviewParagraph = false
            if Self.isTopHeading(s, c) || Self.isBareHeading(s, c, lexicon) {
                isHeading = true
                var review = false, plan = false
                var i = c.lowerBound
                while i < c.upperBound {
                    if let m = lexicon.sections.longestMatch(in: s, at: i, limit: c.upperBound) {
                        switch m.value {
                        case .reviewHeading, .reviewParagraph: review = true
                        case .planHeading, .planSentence: plan = true
                        }
                        i += m.length
                    } else {
                        i += 1
                    }
                }
                let headingYear = Self.firstYear(s, c)
                heading = index
                if !review, let y = headingYear, let k = knownYear, y < k { review = true }
                // A report opens with its review even when the heading is a motto (一、一年接着一年干…).
                if !review, !plan, !seenTopHeading, isReport { review = true }
                seenTopHeading = true
                if review {
                    part = .review
                    sawReview = true
                    year = headingYear
                    if firstReviewYear == nil { firstReviewYear = headingYear }
                } else if plan || sawReview && isReport {
                    part = .plan
                    year = headingYear
                    if firstPlanYear == nil { firstPlanYear = headingYear }
                } else {
                    part = .none
                    year = nil
                    heading = nil
                }
            } else if !c.isEmpty {
                var start = c.lowerBound
                while start < c.upperBound, Self.isLeadMark(s[start].value) { start += 1 }
                if let m = lexicon.sections.longestMatch(in: s, at: start, limit: c.upperBound),
                   m.value == .reviewParagraph {
                    isReviewParagraph = true
                }
            }
            if !c.isEmpty, s[c.lowerBound] == "第", TargetFinder.enumerationEnd(s, c.lowerBound, c.upperBound) != nil {
                articleParagraphs += 1
            }
            parts.append(part)
            sectionYears.append(year)
            sectionHeadings.append(heading)
            reviewParagraphs.append(isReviewParagraph)
            headings.append(isHeading)
        }
        inferredYear = titleYear ?? firstReviewYear.map { $0 + 1 } ?? firstPlanYear
        issuer = Self.issuer(s)
    }

    /// Reads section years from the time expressions of the headings (`二、“十五五”时期的主要目标任务` → 2030):
    /// the latest end year of a time inside the heading wins over the first written year. A paragraph that opens
    /// with a time wholly before the document's year (`“十四五”时期，…`, `2025年，…`) reviews the past.
    mutating func applyTimes(_ times: [(range: Range<Int>, frame: TimeFrame)], layout: TextLayout, _ s: [Unicode.Scalar],
                             documentYear: Int?) {
        var years: [Int: Int] = [:]
        var t = 0
        for (index, p) in layout.paragraphs.enumerated() {
            while t < times.count, times[t].range.upperBound <= p.content.lowerBound { t += 1 }
            if headings[index] {
                var k = t
                while k < times.count, times[k].range.lowerBound < p.content.upperBound {
                    if let y = times[k].frame.end?.year { years[index] = max(years[index] ?? y, y) }
                    k += 1
                }
            } else if let docYear = documentYear, t < times.count, times[t].range.lowerBound <= p.content.lowerBound + 1,
                      times[t].range.lowerBound >= p.content.lowerBound, let end = times[t].frame.end?.year, end < docYear,
                      times[t].frame.kind == .point || times[t].frame.kind == .period {
                reviewParagraphs[index] = true
            }
        }
        for index in sectionYears.indices {
            if let h = sectionHeadings[index], let y = years[h] { sectionYears[index] = y }
        }
    }

    /// An unnumbered heading line: short, without clause punctuation, naming a review, or a plan with its year
    /// (`“十四五”时期工作回顾`, `2026年重点工作`, `“十五五”时期的主要目标任务`); not the title (`…政府工作报告`), a sub-heading (`（六）…`) or a
    /// chapter of a law (`第三章 工作职责`).
    static func isBareHeading(_ s: [Unicode.Scalar], _ c: Range<Int>, _ lexicon: ExtractLexicon) -> Bool {
        guard !c.isEmpty, c.count <= 20, s[c.lowerBound] != "（", s[c.lowerBound] != "(", s[c.lowerBound] != "第"
        else { return false }
        for k in c where Scalars.isClausePunctuation(s[k].value) || s[k] == "。" { return false }
        if contains(s, c, "报告") { return false }
        var review = false, plan = false
        var i = c.lowerBound
        while i < c.upperBound {
            if let m = lexicon.sections.longestMatch(in: s, at: i, limit: c.upperBound) {
                if m.value == .reviewHeading { review = true }
                if m.value == .planHeading { plan = true }
                i += m.length
            } else {
                i += 1
            }
        }
        return review || plan && (firstYear(s, c) != nil || namesFiveYearPlan(s, c))
    }

    /// `十四五`, `十五五`: a five-year plan named in a heading.
    static func namesFiveYearPlan(_ s: [Unicode.Scalar], _ c: Range<Int>) -> Bool {
        var k = c.lowerBound
        while k + 2 < c.upperBound {
            if s[k] == "十", Scalars.isNumeral(s[k + 1].value), s[k + 2] == "五" { return true }
            k += 1
        }
        return false
    }

    /// `一、…`, `二、…`, `第三部分 …`: a short paragraph opening with a Chinese numeral and 、.
    static func isTopHeading(_ s: [Unicode.Scalar], _ c: Range<Int>) -> Bool {
        guard !c.isEmpty, c.count <= maxHeading else { return false }
        var i = c.lowerBound
        while i < c.upperBound, i - c.lowerBound < 3, Scalars.isNumeral(s[i].value) { i += 1 }
        guard i > c.lowerBound, i < c.upperBound else { return false }
        let mark = s[i].value
        return mark == 0x3001 /* 、 */ || mark == 0xFF0E || mark == 0x2E
    }

    private static func isLeadMark(_ c: UInt32) -> Bool {
        c == 0x2014 || c == 0x2015 || c == 0x2E3A || Scalars.isBlank(c)
    }

    /// The first `dddd年` in a range (years 1900–2199).
    static func firstYear(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Int? {
        var i = r.lowerBound
        while i + 4 < r.upperBound {
            if s[i + 4].value == 0x5E74 /* 年 */, (i == r.lowerBound || !Scalars.isDigit(s[i - 1].value)) {
                var y = 0, ok = true
                for k in i..<(i + 4) {
                    let v = s[k].value
                    guard (0x30...0x39).contains(v) else { ok = false; break }
                    y = y * 10 + Int(v - 0x30)
                }
                if ok, (1900...2199).contains(y) { return y }
            }
            i += 1
        }
        return nil
    }

    static func contains(_ s: [Unicode.Scalar], _ r: Range<Int>, _ word: String) -> Bool {
        let w = Array(word.unicodeScalars)
        guard !w.isEmpty, r.count >= w.count else { return false }
        var i = r.lowerBound
        while i + w.count <= r.upperBound {
            if s[i] == w[0] {
                var k = 1
                while k < w.count, s[i + k] == w[k] { k += 1 }
                if k == w.count { return true }
            }
            i += 1
        }
        return false
    }

    /// `我代表XX向…` (or `我代表XX，向…`) near the start of a report.
    private static func issuer(_ s: [Unicode.Scalar]) -> String? {
        let limit = min(s.count, 3000)
        let cue: [Unicode.Scalar] = ["我", "代", "表"]
        var i = 0
        while i + 3 < limit {
            if s[i] == cue[0], s[i + 1] == cue[1], s[i + 2] == cue[2] {
                var j = i + 3
                while j < limit, j - i < 24, s[j] != "向", Scalars.isHan(s[j].value) { j += 1 }
                var k = j
                if k < limit, s[k] == "，" || s[k] == "," { k += 1 }
                if k < limit, s[k] == "向", j > i + 4 { return Scalars.string(s[(i + 3)..<j]) }
                return nil
            }
            i += 1
        }
        return nil
    }
}
