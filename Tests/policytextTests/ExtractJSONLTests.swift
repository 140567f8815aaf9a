import Foundation
import Testing
@testable import PolicyText

/// `policytext extract` over `.jsonl` corpora, which are read record by record: a corpus larger than --max-bytes
/// (the limit applies to each record), --shard and --resume per record, the same output whatever --jobs is, and
/// (on request) flat memory on a large corpus. The corpora are generated here.
@Suite struct ExtractJSONLTests {
    static let sentences = [
        "今年全省生产总值增长5%左右，城镇新增就业110万人以上。",
        "力争到2030年规模以上工业增加值翻一番，“十五五”期间实施“1+N”政策体系。",
        "各级各部门要坚决落实党中央决策部署，推动经济高质量发展。",
        "到2027年，全省高标准农田面积达到5000万亩以上。",
        "持续深化“放管服”改革，营商环境持续优化。",
    ]

    /// One JSONL line: record `index` with about `bytes` bytes of text.
    static func line(_ index: Int, bytes: Int) -> String {
        var text = "第\(index)号文件。"
        var k = index
        while text.utf8.count < bytes {
            text += sentences[k % sentences.count]
            k += 1
        }
        let object: [String: Any] = ["id": String(format: "doc-%05d", index), "content": text]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    static func ids(_ result: CLIRunner.Result) throws -> [String] {
        try CLIRunner.records(result.stdout).compactMap { $0["path"] as? String }
    }

    @Test func aCorpusLargerThanMaxBytesIsReadRecordByRecord() throws {
        let root = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = root.appendingPathComponent("corpus.jsonl")
        let lines = (0..<24).map { Self.line($0, bytes: 125_000) }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: corpus)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: corpus.path)[.size] as? Int)
        #expect(size > 3_000_000 && lines.allSatisfy { $0.utf8.count < 1_000_000 })

        let one = try CLIRunner.run(["extract", corpus.path, "--max-bytes", "1000000", "--jobs", "1"])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(try Self.ids(one) == (0..<24).map { String(format: "doc-%05d", $0) })
        #expect(try CLIRunner.records(one.stdout).allSatisfy { $0["error"] is NSNull && ($0["targets"] as? [Any])?.isEmpty == false })
        #expect(one.stderr.contains("analysed 24 documents, 0 failed"))
        let two = try CLIRunner.run(["extract", corpus.path, "--max-bytes", "1000000", "--jobs", "2", "-q"])
        #expect(two.status == 0)
        #expect(two.stdout == one.stdout, "the same output whatever --jobs is")
    }

    @Test func aRecordOverMaxBytesIsAnErrorAndTheRunGoesOn() throws {
        let root = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let lines = [Self.line(0, bytes: 100), Self.line(1, bytes: 5_000), "{broken", Self.line(3, bytes: 100)]
        try Data(lines.joined(separator: "\r\n").utf8).write(to: root.appendingPathComponent("c.jsonl"))
        let result = try CLIRunner.run(["extract", root.path, "--max-bytes", "1000"])
        #expect(result.status == 1, "a failed record fails the run")
        let records = try CLIRunner.records(result.stdout)
        #expect(records.map { $0["path"] as? String } == ["doc-00000", "c.jsonl#L2", "c.jsonl#L3", "doc-00003"])
        #expect((records[1]["error"] as? String)?.contains("over the limit of 1000 bytes per record") == true)
        #expect(records[0]["error"] is NSNull && records[3]["error"] is NSNull)
        #expect(result.stderr.contains("analysed 4 documents, 2 failed, 0 skipped"))
    }

    @Test func shardsPartitionACorpusByRecord() throws {
        let root = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = root.appendingPathComponent("corpus.jsonl").path
        try Data((0..<40).map { Self.line($0, bytes: 60) }.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: corpus))
        let all = (0..<40).map { String(format: "doc-%05d", $0) }
        let parts = try (0..<2).map { try Self.ids(CLIRunner.run(["extract", corpus, "--shard", "\($0)/2", "-q"])) }
        #expect(parts.allSatisfy { !$0.isEmpty && $0 == $0.sorted() }, "each shard keeps the file's order")
        #expect((parts[0] + parts[1]).sorted() == all, "every record exactly once")
        #expect(parts[0] == all.filter { Shard("0/2")?.contains($0) == true })
    }

    @Test func resumeSkipsTheRecordsAlreadyWritten() throws {
        let root = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = root.appendingPathComponent("corpus.jsonl").path
        try Data((0..<20).map { Self.line($0, bytes: 60) }.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: corpus))
        let out = root.appendingPathComponent("out.jsonl").path
        // A first run that got through part of the corpus.
        _ = try CLIRunner.run(["extract", corpus, "--shard", "0/2", "-o", out, "-q"])
        let first = try CLIRunner.records(try String(contentsOfFile: out, encoding: .utf8)).compactMap { $0["path"] as? String }
        #expect(!first.isEmpty && first.count < 20)
        let result = try CLIRunner.run(["extract", corpus, "-o", out, "--resume"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("analysed \(20 - first.count) documents"))
        let paths = try CLIRunner.records(try String(contentsOfFile: out, encoding: .utf8)).compactMap { $0["path"] as? String }
        #expect(Array(paths.prefix(first.count)) == first, "what was written stays first, as written")
        #expect(paths.sorted() == (0..<20).map { String(format: "doc-%05d", $0) }, "every record exactly once")
    }

    /// `--stdin-jsonl`: standard input read as a corpus (`zcat corpus.jsonl.gz | policytext extract - --stdin-jsonl`),
    /// giving what the same corpus as a file gives, records without an id named `-#L<line>`.
    @Test func standardInputAsACorpus() throws {
        let root = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let lines = (0..<6).map { Self.line($0, bytes: 3_000) } + ["not json", #"{"content": "力争到2030年全省生产总值翻一番。"}"#]
        let corpus = Data((lines.joined(separator: "\n") + "\n").utf8)
        let file = root.appendingPathComponent("corpus.jsonl")
        try corpus.write(to: file)
        let piped = try CLIRunner.run(["extract", "-", "--stdin-jsonl", "-q", "--jobs", "2"], stdin: corpus)
        #expect(piped.status == 1, "the broken line is a failure")
        #expect(try Self.ids(piped) == (0..<6).map { String(format: "doc-%05d", $0) } + ["-#L7", "-#L8"])
        let fromFile = try CLIRunner.run(["extract", file.path, "-q"])
        let pipedTargets = try CLIRunner.records(piped.stdout).map { ($0["targets"] as? [Any])?.count ?? -1 }
        let fileTargets = try CLIRunner.records(fromFile.stdout).map { ($0["targets"] as? [Any])?.count ?? -1 }
        #expect(pipedTargets == fileTargets && pipedTargets.last == 1)
        let whole = try CLIRunner.run(["extract", "-", "-q"], stdin: corpus)
        #expect(try Self.ids(whole) == ["-"], "without the flag standard input is one document")
    }

    @Test func statsAndReportReadACorpusRecordByRecordToo() throws {
        let root = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = root.appendingPathComponent("corpus.jsonl").path
        try Data((0..<30).map { Self.line($0, bytes: 120) }.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: corpus))
        let stats = try CLIRunner.run(["stats", corpus, "--max-bytes", "1000"])
        #expect(stats.status == 0)
        #expect(stats.stdout.contains("documents  30 (0 failed)"), "\(stats.stdout)")
        let single = root.appendingPathComponent("one.jsonl").path
        try Data(Self.line(7, bytes: 120).utf8).write(to: URL(fileURLWithPath: single))
        for (path, count) in [(corpus, 30), (single, 1)] {
            let report = try CLIRunner.run(["report", path, "--max-bytes", "1000"])
            #expect(report.status == 0)
            #expect(report.stderr.contains("reported \(count) documents, 0 failed"))
            #expect(report.stdout.components(separatedBy: "<section class=\"doc").count == count + 1)
            // One record is titled by its id; several get the overview.
            #expect(report.stdout.contains("<title>\(count == 1 ? "doc-00007" : "PolicyText report")</title>"))
            #expect(report.stdout.contains("id=\"overview\"") == (count > 1))
        }
    }

    /// Peak memory on a ~150 MB corpus stays flat. It takes minutes in a debug build, so it runs only on request:
    /// `POLICYTEXT_BENCH=1 swift test --filter ExtractJSONLTests` (best in a release build,
    /// `POLICYTEXT_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter ExtractJSONLTests`); it needs
    /// /usr/bin/time for the child's peak resident memory.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["POLICYTEXT_BENCH"] != nil
                   && FileManager.default.isExecutableFile(atPath: "/usr/bin/time"), "set POLICYTEXT_BENCH=1"))
    func memoryStaysFlatOnALargeCorpus() throws {
        let root = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = root.appendingPathComponent("large.jsonl")
        #expect(FileManager.default.createFile(atPath: corpus.path, contents: nil))
        let handle = try FileHandle(forWritingTo: corpus)
        var size = 0, index = 0
        while size < 150_000_000 {
            let batch = (index..<index + 100).map { Self.line($0, bytes: 30_000) }.joined(separator: "\n") + "\n"
            handle.write(Data(batch.utf8))
            size += batch.utf8.count
            index += 100
        }
        try handle.close()
        let rss = root.appendingPathComponent("rss.txt").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-f", "%M %e", "-o", rss, CLIRunner.executable.path, "extract", corpus.path, "--jobs", "2",
                             "-q", "-o", root.appendingPathComponent("out.jsonl").path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let figures = try String(contentsOfFile: rss, encoding: .utf8).split(whereSeparator: \.isWhitespace)
        let peakKB = try #require(figures.first.flatMap { Int($0) })
        print(String(format: "policytext extract on %.1f MB (%d records), --jobs 2: peak RSS %.1f MB, %@ s",
                     Double(size) / 1_000_000, index, Double(peakKB) / 1024, figures.dropFirst().first.map(String.init) ?? "?"))
        #expect(peakKB < 150_000, "peak resident memory \(peakKB) KB")
        // One line per record; the output (about 1 GB of JSON here) is counted a megabyte at a time.
        let output = try FileHandle(forReadingFrom: root.appendingPathComponent("out.jsonl"))
        var lines = 0
        while let chunk = try output.read(upToCount: 1 << 20), !chunk.isEmpty {
            lines += chunk.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        }
        try output.close()
        #expect(lines == index)
    }
}
