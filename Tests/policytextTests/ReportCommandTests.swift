import Foundation
import Testing

/// End-to-end runs of `policytext report`, checked against `policytext extract` on the same documents.
@Suite struct ReportCommandTests {
    static let seed = CLIRunner.packageRoot.appendingPathComponent("Corpus/000_9710c98421749e77.txt")

    /// `(kind, index, start, end)` of every highlight's first fragment, read from the opening tags
    /// (`<mark data-kind="target" data-index="3" data-start="1202" data-end="1230" id="d0-t3">`) of document `d`.
    static func highlights(_ html: String, document d: Int = 0) throws -> Set<String> {
        let sections = html.components(separatedBy: "<section class=\"doc")
        let section = try #require(sections.indices.contains(d + 1) ? sections[d + 1] : nil)
        let pattern = try NSRegularExpression(pattern: #"<(?:mark|span) data-kind="(\w+)" data-index="(\d+)" data-start="(\d+)" data-end="(\d+)"( data-part)?"#)
        var found = Set<String>()
        let ns = section as NSString
        for m in pattern.matches(in: section, range: NSRange(location: 0, length: ns.length)) where m.range(at: 5).location == NSNotFound {
            let kind = ns.substring(with: m.range(at: 1))
            guard kind != "cue", kind != "mojibake" else { continue }
            found.insert("\(kind) \(ns.substring(with: m.range(at: 2))) \(ns.substring(with: m.range(at: 3)))–\(ns.substring(with: m.range(at: 4)))")
        }
        return found
    }

    /// The same four-part keys from an `extract` JSON record.
    static func spans(_ record: [String: Any]) -> Set<String> {
        var keys = Set<String>()
        for kind in ["target", "time", "slogan", "commitment"] {
            for (i, item) in (record[kind + "s"] as? [[String: Any]] ?? []).enumerated() {
                let span = item["span"] as? [String: Any]
                keys.insert("\(kind) \(i) \(span?["start"] as? Int ?? -1)–\(span?["end"] as? Int ?? -1)")
            }
        }
        return keys
    }

    @Test func seedHighlightsMatchExtractOutput() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("seed.html")
        let report = try CLIRunner.run(["report", Self.seed.path, "-o", out.path, "-q"])
        #expect(report.status == 0)
        #expect(report.stdout.isEmpty)
        let html = try String(contentsOf: out, encoding: .utf8)
        let extract = try CLIRunner.run(["extract", Self.seed.path, "-q"])
        let record = try #require(try CLIRunner.records(extract.stdout).first)
        let expected = Self.spans(record)
        #expect(expected.count > 30)
        #expect(try Self.highlights(html) == expected)
        // Self-contained: nothing is fetched (no src, no stylesheet links, no URLs in attributes).
        #expect(!html.contains(" src=\""))
        #expect(!html.contains("<link"))
        #expect(!html.contains("href=\"http"))
        #expect(!html.contains("url("))
        #expect(html.contains("Content-Security-Policy"))
        #expect(!html.contains("id=\"overview\""))
    }

    @Test func folderGetsAnOverviewAndStandardOutputWorks() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Self.seed, to: folder.appendingPathComponent("a-seed.txt"))
        try Data("到2030年，全市规模以上工业增加值实现倍增，坚持“两个确保”。\n".utf8).write(to: folder.appendingPathComponent("b-memo.txt"))
        let result = try CLIRunner.run(["report", folder.path, "--title", "Two <documents>", "-q"])
        #expect(result.status == 0)
        let html = result.stdout
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("id=\"overview\""))
        #expect(html.contains("<title>Two &lt;documents&gt;</title>"))
        #expect(html.components(separatedBy: "<section class=\"doc").count == 3)
        let extract = try CLIRunner.records(try CLIRunner.run(["extract", folder.path, "-q"]).stdout)
        #expect(extract.count == 2)
        for (i, record) in extract.enumerated() {
            #expect(try Self.highlights(html, document: i) == Self.spans(record))
        }
        // A missing file is reported in the page and in the exit status; the page is still written.
        let out = folder.appendingPathComponent("r.html")
        let partial = try CLIRunner.run(["report", folder.appendingPathComponent("a-seed.txt").path, folder.appendingPathComponent("nope.txt").path, "-o", out.path, "-q"])
        #expect(partial.status == 1)
        #expect(try String(contentsOf: out, encoding: .utf8).contains("class=\"error\""))
    }

    @Test func usageErrors() throws {
        #expect(try CLIRunner.run(["report", Self.seed.path, "--page-size", "10"]).status == 2)
        #expect(try CLIRunner.run(["report", Self.seed.path, "--jobs", "0"]).status == 2)
    }
}
