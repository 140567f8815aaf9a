import Foundation
import Testing
@testable import PolicyText

/// End-to-end runs of `policytext extract` over folders built by the tests.
@Suite struct ExtractCommandTests {
    static let report = """
        2026年政府工作报告
        ——2026年1月14日在省第十四届人民代表大会第四次会议上
        今年经济社会发展的主要预期目标是：全省生产总值增长5%左右，城镇新增就业110万人以上。
        """

    /// A folder with the same report as GB18030 text, Big5 text, UTF-8 HTML, a .docx and a JSONL corpus.
    static func mixedFolder() throws -> URL {
        let root = try CLIRunner.temporaryFolder()
        let gb = try #require(try ICU.Converter(charset: "GB18030").encode(report))
        try Data(gb).write(to: root.appendingPathComponent("a-gb18030.txt"))
        let traditional = try ICU.Transliterator(id: "Simplified-Traditional").transliterate(report)
        let big5 = try #require(try ICU.Converter(charset: "Big5").encode(traditional))
        try Data(big5).write(to: root.appendingPathComponent("b-big5.txt"))
        let html = "<html><head><meta charset=\"utf-8\"><script>x()</script></head><body><p>\(report.replacingOccurrences(of: "\n", with: "</p><p>"))</p></body></html>"
        try Data(html.utf8).write(to: root.appendingPathComponent("c-page.html"))
        let jsonl = #"{"id": "doc-1", "content": "今年城镇新增就业1200万人以上。"}"# + "\n" + "{broken\n" + #"{"id": "doc-3", "content": "力争到2030年实现倍增。"}"#
        try Data(jsonl.utf8).write(to: root.appendingPathComponent("d-corpus.jsonl"))
        try FileManager.default.createDirectory(at: root.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data(report.utf8).write(to: root.appendingPathComponent("sub/e-utf8.md"))
        return root
    }

    @Test func mixedFolderGivesOneRecordPerDocumentInSortedOrder() throws {
        let root = try Self.mixedFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLIRunner.run(["extract", root.path, "--quiet"])
        #expect(result.status == 1, "the broken JSONL line is a failure")
        let records = try CLIRunner.records(result.stdout)
        #expect(records.map { $0["path"] as? String } == ["a-gb18030.txt", "b-big5.txt", "c-page.html", "doc-1", "d-corpus.jsonl#L2", "doc-3", "sub/e-utf8.md"])
        #expect(records.map { $0["encoding"] as? String } == ["GB18030", "Big5", "UTF-8", "UTF-8", nil, "UTF-8", "UTF-8"])
        #expect(records[0]["date"] as? String == "2026-01-14")
        #expect(records[4]["error"] as? String != nil)
        #expect(records[2]["format"] as? String == "html")
    }

    @Test func standardInput() throws {
        let result = try CLIRunner.run(["extract", "-", "--quiet"], stdin: Data(Self.report.utf8))
        #expect(result.status == 0)
        let records = try CLIRunner.records(result.stdout)
        #expect(records.count == 1)
        #expect(records.first?["path"] as? String == "-")
        #expect(records.first?["date"] as? String == "2026-01-14")
    }

    @Test func jsonFormatIsOnePrettyArray() throws {
        let root = try Self.mixedFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CLIRunner.run(["extract", root.appendingPathComponent("sub").path, "--format", "json", "-q"])
        let array = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        #expect(array?.count == 1)
        #expect(result.stdout.contains("\n  "))
    }

    @Test func outputIsTheSameWhateverTheJobs() throws {
        let root = try Self.mixedFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        for i in 0..<30 { try Data("第\(i)份文件：今年全省生产总值增长\(i)%。".utf8).write(to: root.appendingPathComponent("n\(i).txt")) }
        let one = try CLIRunner.run(["extract", root.path, "--jobs", "1", "-q"])
        let two = try CLIRunner.run(["extract", root.path, "--jobs", "2", "-q"])
        #expect(one.stdout == two.stdout)
        #expect(one.lines.count == 37)
    }

    @Test func resumeSkipsWhatIsAlreadyWritten() throws {
        let root = try Self.mixedFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out.jsonl").path
        _ = try CLIRunner.run(["extract", root.appendingPathComponent("a-gb18030.txt").path, "-o", out, "-q"])
        let first = try String(contentsOfFile: out, encoding: .utf8)
        #expect(first.split(separator: "\n").count == 1)
        // Now the whole folder: the first document is kept as written, not analysed again.
        let result = try CLIRunner.run(["extract", root.path, "--exclude", "*.jsonl", "-o", out, "--resume"], in: root)
        let paths = try CLIRunner.records(try String(contentsOfFile: out, encoding: .utf8)).map { $0["path"] as? String }
        #expect(paths.first == root.appendingPathComponent("a-gb18030.txt").path)
        #expect(paths.count == 5)
        #expect(result.stderr.contains("analysed 4 documents"))
        #expect(result.stderr.contains(" 8 targets"), "two targets in each of the four documents")
    }

    @Test func exitCodes() throws {
        #expect(try CLIRunner.run(["extract", "-q", "-"], stdin: Data("要推动发展。".utf8)).status == 0)
        #expect(try CLIRunner.run(["extract", "-q", "/nonexistent/file.txt"]).status == 1)
        #expect(try CLIRunner.run(["extract", "--shard", "3/2", "x"]).status == 2)
        #expect(try CLIRunner.run(["extract", "--resume", "x"]).status == 2)
        #expect(try CLIRunner.run(["extract", "--no-such-flag"]).status == 2)
        #expect(try CLIRunner.run(["extract", "--help"]).status == 0)
    }

    @Test func shardsPartitionTheCorpus() throws {
        let root = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        for i in 0..<20 { try Data("文件\(i)".utf8).write(to: root.appendingPathComponent("f\(i).txt")) }
        var seen: [String] = []
        for i in 0..<3 {
            let result = try CLIRunner.run(["extract", root.path, "--shard", "\(i)/3", "-q"])
            seen += try CLIRunner.records(result.stdout).compactMap { $0["path"] as? String }
        }
        #expect(seen.sorted() == (0..<20).map { "f\($0).txt" }.sorted())
    }

    @Test func interruptionLeavesValidJSONLWithEveryFinishedDocument() throws {
        let root = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let body = String(repeating: "各级各部门要坚决落实党中央决策部署，推动经济高质量发展。", count: 8_000)
        for i in 0..<60 { try Data(body.utf8).write(to: root.appendingPathComponent(String(format: "doc%03d.txt", i))) }
        let out = root.appendingPathComponent("out.jsonl").path
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = ["extract", root.path, "-o", out, "--jobs", "1", "-q"]
        try process.run()
        // Wait for real progress, then interrupt.
        let partial = out + ".partial-\(process.processIdentifier)"
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, ((try? FileManager.default.attributesOfItem(atPath: partial)[.size] as? Int) ?? 0) == 0 {
            Thread.sleep(forTimeInterval: 0.02)
        }
        Thread.sleep(forTimeInterval: 0.3)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        let records = try CLIRunner.records(try String(contentsOfFile: out, encoding: .utf8))
        #expect(records.count >= 1 && records.count < 60)
        #expect(records.allSatisfy { $0["error"] is NSNull })
    }
}

/// `--format csv`: one row per target, parsed back as a spreadsheet would.
@Suite struct ExtractCSVTests {
    /// A minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF rows.
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\r\n" || c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.append(c) }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    @Test func seedTargetsAsRows() throws {
        let result = try CLIRunner.run(["extract", "Corpus", "--format", "csv", "--excel", "-q"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("\u{FEFF}path,date,metric"))
        let rows = Self.parse(String(result.stdout.dropFirst()))
        let header = try #require(rows.first)
        let metric = try #require(header.firstIndex(of: "metric")), year = try #require(header.firstIndex(of: "year"))
        let value = try #require(header.firstIndex(of: "value")), unit = try #require(header.firstIndex(of: "unit"))
        let body = rows.dropFirst()
        #expect(body.allSatisfy { $0.count == header.count })
        #expect(body.map { $0[metric] } == ["制造业招商到位资金", "制造业投资", "产能", "规模以上制造业增加值"])
        #expect(body.map { $0[year] } == ["2024", "2025", "2025", "2026"])
        #expect(body.allSatisfy { $0[value] == "2" && $0[unit] == "倍" })
    }

    /// `--table`: the seed's commitments, times and slogans as rows, each agreeing with the JSON record.
    @Test func otherTablesMatchTheJSONRecord() throws {
        let json = try #require(try CLIRunner.records(CLIRunner.run(["extract", "Corpus", "-q"]).stdout).first)
        for (table, key, column) in [("commitments", "commitments", "action"), ("times", "times", "text"),
                                     ("slogans", "slogans", "text")] {
            let result = try CLIRunner.run(["extract", "Corpus", "--format", "csv", "--table", table, "-q"])
            #expect(result.status == 0)
            let rows = Self.parse(result.stdout)
            let header = try #require(rows.first)
            let index = try #require(header.firstIndex(of: column))
            let items = try #require(json[key] as? [[String: Any]])
            #expect(!items.isEmpty)
            #expect(rows.dropFirst().map { $0[index] } == items.map { $0[column] as? String ?? "" }, "\(table)")
            #expect(rows.dropFirst().allSatisfy { $0.count == header.count && $0[0] == json["path"] as? String })
        }
        let commitments = Self.parse(try CLIRunner.run(["extract", "Corpus", "--format", "csv", "--table", "commitments", "-q"]).stdout)
        let metrics = try #require(commitments.first?.firstIndex(of: "metrics"))
        #expect(commitments.contains { $0[metrics] == "制造业招商到位资金; 制造业投资; 产能; 规模以上制造业增加值" })
        let misuse = try CLIRunner.run(["extract", "Corpus", "--table", "times", "-q"])
        #expect(misuse.status == 2 && misuse.stderr.contains("--table goes with --format csv"))
    }

    @Test func failedDocumentsKeepARowWithTheError() throws {
        let result = try CLIRunner.run(["extract", "/nonexistent.txt", "--format", "csv", "-q"])
        #expect(result.status == 1)
        let rows = Self.parse(result.stdout)
        #expect(rows.count == 2)
        #expect(rows[1].last?.contains("No such file") == true)
    }
}
