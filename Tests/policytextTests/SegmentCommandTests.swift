import Foundation
@testable import PolicyText
import Testing

/// `policytext segment` and `policytext evaluate segmentation` as a user runs them.
@Suite struct SegmentCommandTests {
    @Test func spacedKeepsLinesAndPolicyTermsWhole() throws {
        let input = "深化“放管服”改革，优化营商环境。\n\n推进制造业高质量发展，力争2030年增长5.5%。\n"
        let result = try CLIRunner.run(["segment"], stdin: Data(input.utf8))
        #expect(result.status == 0)
        let lines = result.stdout.components(separatedBy: "\n")
        #expect(lines.count == 4, "one output line per input line, the empty one included")
        #expect(lines[0].split(separator: " ").contains("放管服"))
        #expect(lines[0].split(separator: " ").contains("营商环境"))
        #expect(lines[1].isEmpty)
        #expect(lines[2].split(separator: " ").contains("制造业"))
        #expect(lines[2].split(separator: " ").contains("5.5%"))
    }

    @Test func jsonlOffsetsPointIntoTheSourceEvenAfterNormalizing() throws {
        let input = "制造業(yè)倍增"
        let result = try CLIRunner.run(["segment", "--normalize", "--format", "jsonl"], stdin: Data(input.utf8))
        let tokens = try CLIRunner.records(result.stdout)
        let scalars = Array(input.unicodeScalars)
        let texts = tokens.map { $0["text"] as? String }
        #expect(texts == ["制造业", "倍增"])
        let first = try #require(tokens.first)
        let start = try #require(first["start"] as? Int), end = try #require(first["end"] as? Int)
        #expect(String(String.UnicodeScalarView(scalars[start..<end])) == "制造業(yè)")
    }

    /// `normalize` and `segment` read a page the way `extract` does: its text, not its markup.
    @Test func htmlPagesAreReadAsTheirText() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        let html = "<html><head><meta charset=\"gb18030\"><script>var x = 1;</script></head>"
            + "<body><p>推进制造業高质量发展。</p></body></html>"
        try Data(try #require(try ICU.Converter(charset: "GB18030").encode(html))).write(to: page)
        let normalized = try CLIRunner.run(["normalize", page.path])
        #expect(normalized.status == 0)
        #expect(normalized.stdout.contains("推进制造业高质量发展。"))
        #expect(!normalized.stdout.contains("<") && !normalized.stdout.contains("var x"))
        let segmented = try CLIRunner.run(["segment", "--normalize", page.path])
        #expect(segmented.stdout.split(whereSeparator: { $0 == " " || $0 == "\n" }).contains("制造业"))
        #expect(!segmented.stdout.contains("script"))
    }

    @Test func userLexiconWinsAndBadLexiconNamesTheLine() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("user.txt"), bad = folder.appendingPathComponent("bad.txt")
        try Data("濮阳市委 10 nt\n".utf8).write(to: good)
        try Data("好词 5\n坏词 not-a-number x y\n".utf8).write(to: bad)
        let with = try CLIRunner.run(["segment", "--lexicon", good.path], stdin: Data("濮阳市委提出".utf8))
        #expect(with.stdout.hasPrefix("濮阳市委 "))
        let broken = try CLIRunner.run(["segment", "--lexicon", bad.path], stdin: Data("x".utf8))
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("bad.txt:2"))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: CLIRunner.packageRoot.appendingPathComponent("../shared/icwb2").path)))
    func bakeoffScoreMatchesTheReferenceLayout() throws {
        let result = try CLIRunner.run(["evaluate", "segmentation", "--gold", "../shared/icwb2/pku_test_gold.utf8",
                                        "--test", "../shared/icwb2/pku_test_gold.utf8"])
        #expect(result.stdout.hasPrefix("precision=1.0000 recall=1.0000 f1=1.0000"))
    }
}
