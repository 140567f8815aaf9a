import Foundation
import Testing
@testable import PolicyText

@Suite("Report: corpus overview")
struct ReportOverviewTests {
    static let memo = """
        2026年工作安排
        今年全省生产总值增长5%左右，城镇新增就业10万人以上。到2027年，研发经费投入强度达到3%。
        我们要锚定“两个确保”，深入实施“十大战略”，持续推进“万人助万企”活动。
        到2030年，数字经济核心产业增加值占比达到15%。
        """

    @Test("several documents: targets per year and top slogans add up to the documents' JSON; every document is listed")
    func overview() throws {
        let analyzer = try #require(ReportCheck.analyzer)
        var documents = [analyzer.annotate(contentsOf: ExtractTestSupport.seedURL.path),
                         analyzer.annotate(source: SourceText(text: Self.memo, encoding: "UTF-8"), path: "memo-2026.txt",
                                           date: CivilDate(year: 2026, month: 1, day: 20)),
                         analyzer.annotate(contentsOf: "/nonexistent/missing.txt", displayPath: "missing.txt")]
        if ReportSeedTests.hasZhejiang { documents.append(analyzer.annotate(contentsOf: ReportSeedTests.zhejiang.path)) }
        let records = documents.map(\.analysis)
        #expect(records[1].targets.count >= 3)

        var builder = HTMLReport.Builder(options: .init(topSlogans: 8))
        for d in documents { builder.add(d) }
        #expect(builder.count == documents.count)
        let page = try HTMLScan(builder.finish())
        let overview = try #require(page.element(id: "overview"))

        // Targets per year: one bar per year in order, “no year” last, counts as in the JSON.
        var byYear: [String: Int] = [:]
        for r in records { for t in r.targets { byYear[t.year.map(String.init) ?? "no year", default: 0] += 1 } }
        let bars = overview.descendants.filter { $0["data-year"] != nil }
        let shown = bars.map { ($0["data-year"] ?? "", Int($0["data-count"] ?? "") ?? -1) }
        let expected = byYear.filter { $0.key != "no year" }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            + (byYear["no year"].map { [("no year", $0)] } ?? [])
        #expect(shown.map(\.0) == expected.map(\.0))
        #expect(shown.map(\.1) == expected.map(\.1))
        #expect(bars.allSatisfy { $0.descendants.contains { $0.name == "rect" } })

        // Top slogans: the most mentioned, with their mention counts, most first.
        var mentions: [String: Int] = [:]
        for r in records { for s in r.slogans { mentions[s.text, default: 0] += 1 } }
        let rows = overview.descendants.filter { $0["data-slogan"] != nil }
        #expect(rows.count == min(8, mentions.count))
        let counts = rows.compactMap { Int($0["data-count"] ?? "") }
        #expect(counts == counts.sorted(by: >))
        for row in rows { #expect(mentions[row["data-slogan"] ?? ""] == Int(row["data-count"] ?? "")) }
        #expect(counts.first == mentions.values.max())
        // Nothing mentioned more often than the last row shown is left out.
        let shownSlogans = Set(rows.compactMap { $0["data-slogan"] })
        let cut = counts.last ?? 0
        #expect(mentions.filter { $0.value > cut }.keys.allSatisfy { shownSlogans.contains($0) })

        // The document table links every document; the failed one shows its error, on the table and in its section.
        let links = overview.descendants.filter { $0.name == "a" }
        #expect(links.map { $0["href"] ?? "" } == documents.indices.map { "#d\($0)" })
        #expect(links.map(\.text) == records.map(\.path))
        #expect(page.element(id: "d2")?.descendants.contains { $0.classes.contains("error") } == true)
        // One document shown at a time, the first; each document's highlights match its own JSON.
        let sections = page.elements.filter { $0.classes.contains("doc") }
        #expect(sections.map { $0["id"] ?? "" } == documents.indices.map { "d\($0)" })
        #expect(sections.filter { $0.classes.contains("current") }.map { $0["id"] } == ["d0"])
        for (i, r) in records.enumerated() where r.error == nil {
            let problems = ReportCheck.mismatches(page, document: i, json: try ReportCheck.json(r))
            let matches = problems.isEmpty
            #expect(matches, "document \(i): \(problems.prefix(5))")
        }
    }

    @Test("one document has no overview unless asked; an empty report says so")
    func singleAndEmpty() throws {
        let analyzer = try #require(ReportCheck.analyzer)
        let memo = analyzer.annotate(source: SourceText(text: Self.memo, encoding: "UTF-8"), path: "memo.txt")
        #expect(try ReportCheck.html([memo]).element(id: "overview") == nil)
        #expect(try ReportCheck.html([memo], overview: true).element(id: "overview") != nil)
        let empty = try HTMLScan(HTMLReport().render([]))
        #expect(empty.elements.contains { $0.classes.contains("empty") })
        #expect(empty.element(id: "overview") == nil)
    }
}
