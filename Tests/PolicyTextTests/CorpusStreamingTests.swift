import Foundation
import Synchronization
import Testing
@testable import PolicyText

/// `JSONLReader` reads a `.jsonl` corpus a chunk at a time and gives the same records as splitting the whole file
/// in memory; `DocumentInputs.stream` expands such a corpus only as it is pulled; a batch run pulls no further than
/// its window. Fixtures are generated here.
@Suite struct CorpusStreamingTests {
    /// A record as text, so that records can be compared (`Record` is not `Equatable`).
    static func describe(_ record: JSONLCorpus.Record) -> String {
        switch record.text {
        case .success(let text): "\(record.id) ok \(text)"
        case .failure(let error): "\(record.id) error \(error)"
        }
    }

    /// Everything a scraped corpus does wrong, line by line; the limit is 200 bytes per record.
    static let limit = 200
    static let tricky: [UInt8] = {
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]  // a UTF-8 byte-order mark before the first record
        bytes += Array(#"{"id": "bom", "content": "今年增长5%左右。"}"#.utf8) + [0x0A]
        bytes += Array(#"{"id": "crlf", "content": "力争翻一番。"}"#.utf8) + [0x0D, 0x0A]
        bytes += [0x0A]                                   // an empty line
        bytes += Array("  \t\r\n".utf8)                   // a blank one
        bytes += Array("{\"id\": \"b\", \"content\": \n".utf8)  // cut short
        bytes += Array("not json at all\n".utf8)
        bytes += Array(#"{"id": "c", "text": "wrong field"}"#.utf8) + [0x0A]
        bytes += Array(#"{"id": 7, "content": "城镇新增就业1200万人以上。"}"#.utf8) + [0x0A]
        let long = #"{"id": "long", "content": ""# + String(repeating: "推动", count: 100) + #""}"#
        bytes += Array(long.utf8) + [0x0A]              // 600+ bytes: over the limit, in the middle
        bytes += Array(#"{"content": "没有编号。"}"#.utf8) + [0x0A]  // no id: the line stands for it
        bytes += Array("\u{FFFD}\u{0}\n".utf8)
        let atLimit = #"{"id": "full", "content": ""# + String(repeating: "x", count: limit - 29) + #""}"#
        bytes += Array(atLimit.utf8) + [0x0A]           // exactly 200 bytes: kept
        bytes += Array(#"{"id": "last", "content": "到2030年实现倍增。"}"#.utf8)  // no final line break
        return bytes
    }()

    static func write(_ bytes: [UInt8], name: String = "corpus.jsonl") throws -> (folder: URL, path: String) {
        let folder = try TestPaths.temporaryFolder()
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return (folder, url.path)
    }

    @Test func readerGivesTheSameRecordsAsSplittingInMemory() throws {
        let (folder, path) = try Self.write(Self.tricky)
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = JSONLCorpus(maxRecordBytes: Self.limit)
        let expected = corpus.records(in: Self.tricky, displayPath: "c.jsonl").map(Self.describe)
        #expect(expected.count == 11)
        #expect(expected.first == "bom ok 今年增长5%左右。", "the byte-order mark does not hide the first record")
        #expect(expected.contains { $0.hasPrefix("c.jsonl#L9 error") && $0.contains("over the limit of 200 bytes per record") })
        #expect(expected.contains { $0.hasPrefix("full ok xxx") }, "a line of exactly the limit is kept")
        #expect(expected.contains("c.jsonl#L10 ok 没有编号。"))
        #expect(expected.last == "last ok 到2030年实现倍增。")
        // Chunk sizes that cut records, the BOM, the CRLF pair and multi-byte characters in every place.
        for chunkSize in [1, 2, 3, 5, 7, 16, 64, 199, 200, 201, 1 << 20] {
            let reader = JSONLReader(path: path, displayPath: "c.jsonl", corpus: corpus, chunkSize: chunkSize)
            let records = Array(reader).map(Self.describe)
            #expect(records == expected, "chunk size \(chunkSize)")
            #expect(reader.bytesRead == Self.tricky.count)
        }
        // Without a limit the long line is a document like the others, in both readers.
        let unlimited = JSONLCorpus()
        #expect(Array(JSONLReader(path: path, displayPath: "c.jsonl", corpus: unlimited, chunkSize: 7)).map(Self.describe)
                == unlimited.records(in: Self.tricky, displayPath: "c.jsonl").map(Self.describe))
    }

    @Test func aFileEndingInALineBreakOrEmpty() throws {
        for bytes in [Array("{\"content\": \"a\"}\n".utf8), [], Array("\n\n".utf8), [0xEF, 0xBB, 0xBF]] {
            let (folder, path) = try Self.write(bytes)
            defer { try? FileManager.default.removeItem(at: folder) }
            let streamed = Array(JSONLReader(path: path, displayPath: "e.jsonl", chunkSize: 4)).map(Self.describe)
            #expect(streamed == JSONLCorpus().records(in: bytes, displayPath: "e.jsonl").map(Self.describe))
        }
    }

    @Test func anOverlongLineIsSkippedAndTheNextLinesStillCome() throws {
        // 20 MB on one line against a 1,000-byte limit, read 64 KB at a time: an error for it, the rest as usual.
        var bytes = Array(#"{"id": "a", "content": "今年增长5%左右。"}"#.utf8) + [0x0A]
        bytes += Array(#"{"id": "huge", "content": ""#.utf8) + [UInt8](repeating: 0x61, count: 20 << 20) + Array("\"}\n".utf8)
        bytes += Array(#"{"id": "b", "content": "力争翻一番。"}"#.utf8) + [0x0A]
        let (folder, path) = try Self.write(bytes)
        defer { try? FileManager.default.removeItem(at: folder) }
        let records = Array(JSONLReader(path: path, displayPath: "h.jsonl", corpus: JSONLCorpus(maxRecordBytes: 1_000),
                                        chunkSize: 1 << 16))
        #expect(records.map(\.id) == ["a", "h.jsonl#L2", "b"])
        #expect(Self.describe(records[1]).contains("line is \((20 << 20) + 29) bytes, over the limit of 1000 bytes per record"))
    }

    @Test func anUnreadableFileIsOneErrorRecord() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("gone.jsonl").path
        let records = Array(JSONLReader(path: missing, displayPath: "gone.jsonl"))
        #expect(records.count == 1)
        #expect(records.first?.id == "gone.jsonl")
        #expect(records.first.map(Self.describe)?.contains("No such file") == true)
        let directory = folder.appendingPathComponent("dir.jsonl")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        #expect(Array(JSONLReader(path: directory.path)).map(Self.describe) == ["\(directory.path) error \(directory.path) is a directory, not a document"])
        let pipe = folder.appendingPathComponent("pipe.jsonl").path
        #expect(mkfifo(pipe, 0o644) == 0)
        #expect(Array(JSONLReader(path: pipe)).map(Self.describe).first?.contains("not a regular file") == true)
    }

    @Test func inputsExpandACorpusOnlyWhenPulled() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = Array("今年全省生产总值增长5%左右。".utf8)
        try Data(text).write(to: folder.appendingPathComponent("a.txt"))
        let lines = (1...3).map { #"{"id": "r\#($0)", "content": "第\#($0)条。"}"# }.joined(separator: "\n") + "\n"
        try Data(lines.utf8).write(to: folder.appendingPathComponent("b.jsonl"))
        try Data(text).write(to: folder.appendingPathComponent("c.txt"))
        let long = (1...3).map { #"{"id": "d\#($0)", "content": "第\#($0)条：全省生产总值增长5%左右。"}"# }.joined(separator: "\n") + "\n"
        try Data(long.utf8).write(to: folder.appendingPathComponent("d.jsonl"))

        var inputs = DocumentInputs()
        inputs.jsonl = JSONLCorpus(maxRecordBytes: 40)  // every record of d.jsonl is too long, once it is read
        let stream = inputs.stream([folder.path, "-"]) { Array("标准输入".utf8) }
        #expect(stream.totalBytes == 2 * text.count + lines.utf8.count + long.utf8.count)
        var iterator = stream.makeIterator()
        #expect(iterator.next()?.input.displayPath == "a.txt")
        // Changed after the walk: what is pulled from now on is read now, not when the stream was made.
        try Data(#"{"id": "new", "content": "新的。"}"#.utf8).write(to: folder.appendingPathComponent("b.jsonl"))
        var rest: [DocumentInputs.Item] = []
        while let item = iterator.next() { rest.append(item) }
        #expect(rest.map(\.input.displayPath) == ["new", "c.txt", "d.jsonl#L1", "d.jsonl#L2", "d.jsonl#L3", "-"])
        #expect(rest.map(\.consumedBytes) == rest.map(\.consumedBytes).sorted(), "consumed bytes only grow")
        #expect(rest.last?.consumedBytes == stream.totalBytes, "the changed b.jsonl counts at its size when walked")
        if case .failed(_, let error) = rest[2].input { #expect(error.description.contains("over the limit of 40 bytes")) }
        else { Issue.record("d.jsonl#L1 should be an error") }
        if case .bytes(let bytes, _) = rest[5].input { #expect(bytes == Array("标准输入".utf8)) }
        else { Issue.record("- should be standard input") }
        // The eager form gives the same inputs in the same order.
        let collected = inputs.collect([folder.path]) { [] }
        #expect(collected.inputs.map(\.displayPath) == ["a.txt", "new", "c.txt", "d.jsonl#L1", "d.jsonl#L2", "d.jsonl#L3"])
    }

    @Test(arguments: [1, 2])
    func aBatchRunPullsNoFurtherThanItsWindow(jobs: Int) throws {
        let analyzer = try PolicyAnalyzer()
        final class Counter: Sendable { let value = Atomic<Int>(0) }
        let pulled = Counter()
        let count = 200
        let inputs = (0..<count).lazy.map { index -> DocumentInput in
            pulled.value.add(1, ordering: .relaxed)
            return .text("第\(index)项：今年增长\(index % 9)%左右。", displayPath: "t\(index)")
        }
        var emitted = 0, widest = 0
        analyzer.analyze(tagged: inputs.map { ($0, $0.displayPath) }, jobs: jobs) { _ in () } emit: { record, tag, _ in
            #expect(record.path == tag && tag == "t\(emitted)", "in input order")
            widest = max(widest, pulled.value.load(ordering: .relaxed) - emitted)
            emitted += 1
            return true
        }
        #expect(emitted == count)
        #expect(widest <= jobs * 8, "at most the window of documents is pulled ahead of the one being emitted")
        // Stopping early pulls nothing more.
        pulled.value.store(0, ordering: .relaxed)
        var seen = 0
        analyzer.analyze(inputs, jobs: jobs) { _ in
            seen += 1
            return seen < 5
        }
        #expect(seen == 5)
        #expect(pulled.value.load(ordering: .relaxed) <= 5 + jobs * 8)
    }
}
