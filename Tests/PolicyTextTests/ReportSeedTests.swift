import Foundation
import Testing
@testable import PolicyText

/// Checks a rendered report against the JSON record of the same analysis.
enum ReportCheck {
    static let analyzer: PolicyAnalyzer? = try? PolicyAnalyzer()

    /// The record as `policytext extract` writes it, read back as plain JSON objects.
    static func json(_ analysis: DocumentAnalysis) throws -> [String: Any] {
        let data = try JSONEncoder().encode(analysis)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func html(_ documents: [AnnotatedDocument], pageSize: Int = 20_000, overview: Bool? = nil) throws -> HTMLScan {
        try HTMLScan(HTMLReport(options: .init(pageSize: pageSize, overview: overview)).render(documents))
    }

    /// Highlights of document `d`, grouped by kind and index, fragments in order.
    static func highlights(_ page: HTMLScan, document d: Int) -> [String: [HTMLScan.Element]] {
        guard let section = page.element(id: "d\(d)") else { return [:] }
        var groups: [String: [HTMLScan.Element]] = [:]
        for e in section.descendants {
            guard let kind = e["data-kind"], let index = e["data-index"] else { continue }
            groups["\(kind) \(index)", default: []].append(e)
        }
        return groups
    }

    /// Everything that does not match between the page and the JSON record of document `d`: every target, time,
    /// slogan and commitment must be highlighted (in one or more fragments) at exactly its JSON span, reading as
    /// its span text; cues must sit in their commitment; the target table must list every target once, linking to
    /// its highlight; ids must be unique.
    static func mismatches(_ page: HTMLScan, document d: Int, json: [String: Any]) -> [String] {
        var problems: [String] = []
        var groups = highlights(page, document: d)
        let letters = ["target": "t", "time": "m", "slogan": "s", "commitment": "c"]
        var commitmentSpans: [Int: (Int, Int)] = [:]
        for (kind, letter) in letters {
            let items = json[kind + "s"] as? [[String: Any]] ?? []
            for (i, item) in items.enumerated() {
                guard let span = item["span"] as? [String: Any], let start = span["start"] as? Int,
                      let end = span["end"] as? Int, let text = span["text"] as? String else {
                    problems.append("\(kind) \(i): no span in JSON")
                    continue
                }
                if kind == "commitment" { commitmentSpans[i] = (start, end) }
                guard let fragments = groups.removeValue(forKey: "\(kind) \(i)") else {
                    problems.append("\(kind) \(i) (\(text)) is not highlighted")
                    continue
                }
                if fragments[0]["id"] != "d\(d)-\(letter)\(i)" { problems.append("\(kind) \(i): first fragment id \(fragments[0]["id"] ?? "nil")") }
                for (k, f) in fragments.enumerated() {
                    if f["data-start"] != String(start) || f["data-end"] != String(end) {
                        problems.append("\(kind) \(i): data-start/end \(f["data-start"] ?? "")–\(f["data-end"] ?? "") ≠ JSON \(start)–\(end)")
                    }
                    if f["data-part"] != (k == 0 ? nil : String(k + 1)) { problems.append("\(kind) \(i): fragment \(k) has data-part \(f["data-part"] ?? "nil")") }
                    if k > 0, f["id"] != nil { problems.append("\(kind) \(i): a continuation carries an id") }
                }
                let shown = fragments.map(\.text).joined()
                if shown != text { problems.append("\(kind) \(i): highlight reads \(shown.debugDescription), JSON span text \(text.debugDescription)") }
            }
        }
        // Cues: the cue word, inside its commitment's span and element.
        let commitments = json["commitments"] as? [[String: Any]] ?? []
        for (key, fragments) in groups where key.hasPrefix("cue ") {
            groups[key] = nil
            guard let i = Int(key.dropFirst(4)), commitments.indices.contains(i),
                  let modality = commitments[i]["modality"] as? [String: Any], let cue = modality["cue"] as? String,
                  let clause = commitmentSpans[i] else {
                problems.append("\(key): no such commitment")
                continue
            }
            if fragments.map(\.text).joined() != cue { problems.append("\(key) reads \(fragments.map(\.text).joined()), cue \(cue)") }
            if let s = Int(fragments[0]["data-start"] ?? ""), let e = Int(fragments[0]["data-end"] ?? ""),
               s >= clause.0, e <= clause.1, s < e {
            } else {
                problems.append("\(key): cue offsets outside its clause \(clause)")
            }
            if fragments[0].ancestor(where: { $0["data-kind"] == "commitment" && $0["data-index"] == String(i) }) == nil {
                problems.append("\(key) is not inside commitment \(i)")
            }
        }
        for key in groups.keys where !key.hasPrefix("mojibake ") { problems.append("\(key) is not in the JSON") }

        // The target table: every target once, each row linking to the target's highlight.
        let targets = json["targets"] as? [[String: Any]] ?? []
        let rows = page.element(id: "d\(d)")?.descendants.filter { $0.name == "tr" && $0["data-target"] != nil } ?? []
        if rows.compactMap({ Int($0["data-target"] ?? "") }) != Array(targets.indices) {
            problems.append("target table rows \(rows.map { $0["data-target"] ?? "" }) for \(targets.count) targets")
        }
        for row in rows {
            let links = row.descendants.filter { $0.name == "a" }
            guard links.count == 1, let href = links[0]["href"], href.hasPrefix("#"),
                  let target = page.element(id: String(href.dropFirst())),
                  target["data-kind"] == "target", target["data-index"] == row["data-target"] else {
                problems.append("target row \(row["data-target"] ?? "") does not link to its highlight")
                continue
            }
        }
        let ids = page.elements.compactMap { $0["id"] }
        if Set(ids).count != ids.count { problems.append("duplicate ids") }
        return problems
    }

    /// The text shown on the pages of document `d`, all pages together.
    static func pageText(_ page: HTMLScan, document d: Int) -> String {
        let pages = page.element(id: "d\(d)")?.descendants.filter { $0.classes.contains("page") } ?? []
        return pages.map { p in p.descendants.filter { $0.classes.contains("text") }.map(\.text).joined() }.joined()
    }
}

@Suite("Report: the seed and a provincial report")
struct ReportSeedTests {
    static let zhejiang = ExtractTestSupport.shared.appendingPathComponent("corpus/provincial-2026/浙江省.txt")
    static var hasZhejiang: Bool { FileManager.default.fileExists(atPath: zhejiang.path) }

    @Test("annotate() gives the same record as analyze()")
    func annotateMatchesAnalyze() throws {
        let analyzer = try #require(ReportCheck.analyzer)
        var paths = [ExtractTestSupport.seedURL.path]
        if Self.hasZhejiang { paths.append(Self.zhejiang.path) }
        for path in paths {
            let annotated = analyzer.annotate(contentsOf: path)
            #expect(annotated.analysis == analyzer.analyze(contentsOf: path))
            let text = try #require(annotated.text)
            #expect(text.sourceOffsets.last == annotated.analysis.chars)
        }
        let missing = analyzer.annotate(contentsOf: "/nonexistent/file.txt")
        #expect(missing.text == nil)
        #expect(missing.analysis == analyzer.analyze(contentsOf: "/nonexistent/file.txt"))
    }

    @Test("every highlight of the seed sits at its JSON span; every target is in the table once")
    func seed() throws {
        let analyzer = try #require(ReportCheck.analyzer)
        let document = analyzer.annotate(contentsOf: ExtractTestSupport.seedURL.path)
        let json = try ReportCheck.json(document.analysis)
        #expect((json["targets"] as? [Any])?.isEmpty == false)
        let page = try ReportCheck.html([document])
        let problems = ReportCheck.mismatches(page, document: 0, json: json)
        let matches = problems.isEmpty
        #expect(matches, "\(problems.prefix(10))")
        // The whole normalized text is on the page, once.
        #expect(ReportCheck.pageText(page, document: 0) == document.text?.text)
        // One page only, no overview for a single document, the seed's mojibake runs marked.
        #expect(page.elements.filter { $0.classes.contains("page") }.count == 1)
        #expect(page.element(id: "overview") == nil)
        let runs = try #require(document.text?.mojibake)
        #expect(!runs.isEmpty)
        let marked = ReportCheck.highlights(page, document: 0).filter { $0.key.hasPrefix("mojibake ") }
        #expect(marked.count == runs.count)
        for (i, run) in runs.enumerated() {
            let f = try #require(marked["mojibake \(i)"])
            #expect(f[0]["data-start"] == String(run.sourceStart) && f[0]["data-end"] == String(run.sourceEnd))
            #expect(f.map(\.text).joined() == document.text?.text(run.start..<run.end))
        }
        // The details block holds each item's values, read by the page's script for tooltips and the inspector.
        let block = try #require(page.element(id: "d0")?.descendants.first { $0.name == "script" && $0.classes.contains("details") })
        let details = try #require(try JSONSerialization.jsonObject(with: Data(block.text.utf8)) as? [String: [[String]]])
        for (kind, items) in [("target", document.analysis.targets.count), ("time", document.analysis.times.count),
                              ("slogan", document.analysis.slogans.count), ("commitment", document.analysis.commitments.count),
                              ("mojibake", runs.count)] {
            #expect(details[kind]?.count == items, "\(kind)")
        }
        for (i, t) in document.analysis.targets.enumerated() {
            #expect(details["target"]?[i].contains("metric: \(t.metric)") == true)
            #expect(details["target"]?[i].contains("year: \(t.year.map(String.init) ?? "—")") == true)
        }
        for (i, c) in document.analysis.commitments.enumerated() {
            #expect(details["commitment"]?[i].contains("modality: \(c.modality.cue) (\(c.modality.strength.rawValue))") == true)
        }
        // Cues are found for most commitments (an inherited cue is not in its clause).
        let cues = ReportCheck.highlights(page, document: 0).keys.filter { $0.hasPrefix("cue ") }.count
        #expect(cues * 2 >= document.analysis.commitments.count)
    }

    @Test("the 2026 Zhejiang report: every highlight at its JSON span, every target once", .enabled(if: hasZhejiang))
    func provincial() throws {
        let analyzer = try #require(ReportCheck.analyzer)
        let document = analyzer.annotate(contentsOf: Self.zhejiang.path)
        #expect(document.analysis.targets.count > 20)
        let json = try ReportCheck.json(document.analysis)
        // A small page size so that highlights meet page cuts too.
        for pageSize in [20_000, 2_000] {
            let page = try ReportCheck.html([document], pageSize: pageSize)
            let problems = ReportCheck.mismatches(page, document: 0, json: json)
            let matches = problems.isEmpty
            #expect(matches, "page size \(pageSize): \(problems.prefix(10))")
            #expect(ReportCheck.pageText(page, document: 0) == document.text?.text)
        }
    }
}
