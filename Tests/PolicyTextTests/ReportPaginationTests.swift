import Foundation
import Testing
@testable import PolicyText

@Suite("Report: pages and crossing highlights")
struct ReportPaginationTests {
    /// A document whose normalized text is `text` itself (identity offset map) with the given extraction.
    static func document(_ text: String, _ extraction: Extraction, path: String = "synthetic.txt") -> AnnotatedDocument {
        let scalars = Array(text.unicodeScalars)
        let normalized = NormalizedText(source: SourceText(text: text, encoding: "UTF-8"), scalars: scalars,
                                        sourceOffsets: Array(0...scalars.count), cleanup: Cleanup())
        let analysis = DocumentAnalysis(path: path, encoding: "UTF-8", chars: scalars.count, cleanup: Cleanup(),
                                        extraction: extraction)
        return AnnotatedDocument(analysis: analysis, text: normalized)
    }

    static func span(_ text: String, _ r: Range<Int>) -> Span {
        let s = Array(text.unicodeScalars)
        return Span(start: r.lowerBound, end: r.upperBound, text: String(String.UnicodeScalarView(s[r])))
    }

    static func highlight(_ r: Range<Int>) -> ReportHighlight {
        ReportHighlight(kind: .target, index: 0, range: r, sourceStart: r.lowerBound, sourceEnd: r.upperBound)
    }

    @Test("the cue highlighted is the one the action follows or begins with")
    func cueOfTheAction() throws {
        let text = "推动标准提升，要推动产业升级。"
        let normalized = try #require(Self.document(text, Extraction()).text)
        let clause = 0..<text.unicodeScalars.count
        func commitment(_ cue: String, _ action: String) -> Commitment {
            Commitment(span: Self.span(text, clause), actor: nil, modality: .init(cue: cue, strength: .intention),
                       action: action)
        }
        #expect(ReportHighlight.cueRange(commitment("推动", "推动产业升级"), in: clause, normalized) == 8..<10,
                "a cue verb opens its action")
        #expect(ReportHighlight.cueRange(commitment("要", "推动产业升级"), in: clause, normalized) == 7..<8,
                "a modal is followed by its action")
        #expect(ReportHighlight.cueRange(commitment("推动", "标准"), in: clause, normalized) == 0..<2, "else the first")
    }

    @Test("cuts fall after line breaks near the page size, never inside a highlight when avoidable")
    func cutsAtLineBreaks() {
        let line = String(repeating: "字", count: 299) + "\n"
        let s = Array(String(repeating: line, count: 40).unicodeScalars)  // 12,000 scalars
        let free = ReportPages(s, pageSize: 2_000, highlights: [])
        #expect(free.bounds.first == 0 && free.bounds.last == s.count)
        for cut in free.bounds.dropFirst().dropLast() {
            #expect(s[cut - 1] == "\n")
            #expect(abs(cut - free.bounds[free.bounds.firstIndex(of: cut)! - 1] - 2_000) <= 150)
        }
        // No stub page: up to one and a half pages stay one page.
        #expect(ReportPages(Array(s[0..<2_900]), pageSize: 2_000, highlights: []).count == 1)
        #expect(ReportPages(Array(s[0..<3_100]), pageSize: 2_000, highlights: []).count == 2)
        // A highlight over the line break at 2,100 moves that cut to another line break.
        let blocked = ReportPages(s, pageSize: 2_000, highlights: [Self.highlight(2_050..<2_150)])
        #expect(!blocked.bounds.contains(2_100))
        for cut in blocked.bounds.dropFirst().dropLast() {
            #expect(s[cut - 1] == "\n")
            #expect(!(2_051..<2_150).contains(cut))
        }
    }

    @Test("without line breaks, cuts fall after a sentence end; a highlight over everything is cut anyway")
    func cutsWithoutLineBreaks() {
        let sentence = String(repeating: "字", count: 49) + "。"
        let s = Array(String(repeating: sentence, count: 200).unicodeScalars)  // 10,000 scalars, one line
        let pages = ReportPages(s, pageSize: 1_000, highlights: [])
        #expect(pages.count >= 8 && pages.count <= 12)
        for cut in pages.bounds.dropFirst().dropLast() { #expect(s[cut - 1] == "。") }
        let forced = ReportPages(s, pageSize: 1_000, highlights: [Self.highlight(0..<s.count)])
        #expect(forced.bounds == [0, 1_000, 2_000, 3_000, 4_000, 5_000, 6_000, 7_000, 8_000, 9_000, 10_000])
        #expect(forced.page(containing: 0) == 0 && forced.page(containing: 1_999) == 1 && forced.page(containing: 10_000) == 9)
    }

    @Test("crossing highlights and highlights cut by pages become fragments with the same offsets")
    func fragments() throws {
        let text = String(repeating: "甲乙丙丁戊己庚辛壬癸", count: 300)  // 3,000 scalars, no sentence ends
        let extraction = Extraction(
            targets: [Target(span: Self.span(text, 10..<30), metric: "甲", kind: .growth, value: 5, unit: "%", bound: .exact),
                      Target(span: Self.span(text, 400..<1_600), metric: "乙", kind: .level, value: 1, unit: "", bound: .exact)],
            times: [TimeRef(span: Self.span(text, 20..<40), text: "丙", kind: .point, start: nil, end: nil, basis: .absolute)])
        let document = Self.document(text, extraction)
        let json = try ReportCheck.json(document.analysis)
        let page = try ReportCheck.html([document], pageSize: 1_000)
        let problems = ReportCheck.mismatches(page, document: 0, json: json)
        let matches = problems.isEmpty
        #expect(matches, "\(problems)")
        let groups = ReportCheck.highlights(page, document: 0)
        // The time crosses the end of target 0: it is closed there and reopened.
        #expect(groups["time 0"]?.map(\.text) == [Self.span(text, 20..<30).text, Self.span(text, 30..<40).text])
        // Target 1 covers every place a first cut could go (500…1,500): it is cut, two fragments on two pages.
        let big = try #require(groups["target 1"])
        #expect(big.count == 2)
        let pagesOf = big.compactMap { $0.ancestor(where: { $0.classes.contains("page") })?["id"] }
        #expect(pagesOf == ["d0-p1", "d0-p2"])
    }

    @Test("random overlapping, nested, empty and end-of-text highlights all render at their spans", arguments: [1, 2, 3])
    func randomHighlights(seed: UInt64) throws {
        var rng = SplitMix(seed: seed)
        var lines: [String] = []
        for _ in 0..<60 { lines.append(String(repeating: "政", count: Int(rng.next() % 80))) }
        let text = lines.joined(separator: "\n")
        let n = text.unicodeScalars.count
        func range() -> Range<Int> {
            let a = Int(rng.next() % UInt64(n + 1)), b = min(n, a + Int(rng.next() % 300))
            return a..<b
        }
        var extraction = Extraction()
        for _ in 0..<80 {
            extraction.targets.append(Target(span: Self.span(text, range()), metric: "m", kind: .count, value: 1, unit: "", bound: .exact))
            extraction.times.append(TimeRef(span: Self.span(text, range()), text: "t", kind: .point, start: nil, end: nil, basis: .absolute))
            extraction.slogans.append(Slogan(span: Self.span(text, range()), text: "s", form: .coined))
            extraction.commitments.append(Commitment(span: Self.span(text, range()), actor: nil,
                                                     modality: .init(cue: "政", strength: .directive), action: "政"))
        }
        extraction.targets.append(Target(span: Self.span(text, n..<n), metric: "end", kind: .count, value: 1, unit: "", bound: .exact))
        let document = Self.document(text, extraction)
        let page = try ReportCheck.html([document], pageSize: 1_000)
        let problems = ReportCheck.mismatches(page, document: 0, json: try ReportCheck.json(document.analysis))
        let matches = problems.isEmpty
        #expect(matches, "\(problems.prefix(10))")
        #expect(ReportCheck.pageText(page, document: 0) == text)
        // Spans past the end of the text (a hand-made record) are clamped, never a crash.
        var wild = extraction
        wild.times.append(TimeRef(span: Span(start: n + 5, end: n + 500, text: ""), text: "x", kind: .point, start: nil, end: nil, basis: .absolute))
        wild.targets.append(Target(span: Span(start: -3, end: 2, text: ""), metric: "x", kind: .count, value: 1, unit: "", bound: .exact))
        _ = try ReportCheck.html([Self.document(text, wild)], pageSize: 1_000)
    }

    @Test("a 600,000-character document (about 300 pages of print) is split into pages shown one at a time")
    func largeDocument() throws {
        let analyzer = try #require(ReportCheck.analyzer)
        let seed = try ExtractTestSupport.decode(ExtractTestSupport.seedURL).text
        let seedLength = try #require(analyzer.annotate(source: SourceText(text: seed, encoding: "UTF-8"), path: "seed").text).scalars.count
        let copies = 600_000 / seedLength + 1
        let text = Array(repeating: seed, count: copies).joined(separator: "\n")
        let document = analyzer.annotate(source: SourceText(text: text, encoding: "UTF-8"), path: "large.txt")
        let normalized = try #require(document.text)
        #expect(normalized.scalars.count >= 600_000)
        #expect(document.analysis.targets.count >= copies * 3)

        let pageSize = 20_000
        let html = HTMLReport(options: .init(pageSize: pageSize)).render([document])
        let page = try HTMLScan(html)
        let pages = page.elements.filter { $0.classes.contains("page") }
        let n = normalized.scalars.count
        #expect(pages.count >= n / (pageSize * 3 / 2) && pages.count <= n / (pageSize / 2) + 1)
        // Pages tile the text: contiguous, each within half a page of the page size.
        var expectedFrom = 0
        for (k, p) in pages.enumerated() {
            let from = try #require(Int(p["data-from"] ?? "")), to = try #require(Int(p["data-to"] ?? ""))
            #expect(from == expectedFrom)
            #expect(to - from <= pageSize * 3 / 2)
            if k < pages.count - 1 { #expect(to - from >= pageSize / 2) }
            #expect(p["id"] == "d0-p\(k + 1)")
            expectedFrom = to
        }
        #expect(expectedFrom == n)
        // Only the first page is current (the others are display:none once the head script has run), and
        // every page but the first and last links to its neighbours.
        #expect(pages.filter { $0.classes.contains("current") }.map { $0["id"] } == ["d0-p1"])
        let middle = pages[pages.count / 2]
        let hrefs = Set(middle.descendants.compactMap { $0.name == "a" ? $0["href"] : nil })
        let k = pages.count / 2 + 1
        #expect(hrefs.isSuperset(of: ["#d0-p\(k - 1)", "#d0-p\(k + 1)", "#d0-p1", "#d0-p\(pages.count)"]))
        #expect(html.contains(".js .page:not(.current){display:none}"))
        // Nothing lost or doubled at page cuts, and every highlight still matches the JSON.
        #expect(ReportCheck.pageText(page, document: 0) == normalized.text)
        let problems = ReportCheck.mismatches(page, document: 0, json: try ReportCheck.json(document.analysis))
        let matches = problems.isEmpty
        #expect(matches, "\(problems.prefix(10))")
    }
}

