import Foundation
import Testing
@testable import PolicyText

/// A hostile corpus generated on the fly (no committed binaries): every input gets a record, with an error or with
/// counted replacement characters; nothing traps; the batch output stays one record per input, in order.
@Suite struct HostileCorpusTests {
    let analyzer: PolicyAnalyzer
    init() throws { analyzer = try PolicyAnalyzer() }

    static let text = "今年全省生产总值增长5%左右，城镇新增就业110万人以上。"

    /// Every class of invalid UTF-8, spliced into valid text.
    static let invalidUTF8: [(String, [UInt8])] = [
        ("lone continuation byte", [0x80]),
        ("overlong slash", [0xC0, 0xAF]),
        ("overlong 3-byte", [0xE0, 0x80, 0xAF]),
        ("surrogate half", [0xED, 0xA0, 0x80]),
        ("beyond U+10FFFF", [0xF4, 0x90, 0x80, 0x80]),
        ("5-byte form", [0xF8, 0x88, 0x80, 0x80, 0x80]),
        ("FE/FF bytes", [0xFE, 0xFF]),
        ("truncated 3-byte mid-text", [0xE4, 0xB8]),
        ("truncated 4-byte mid-text", [0xF0, 0x9F, 0x98]),
    ]

    @Test(arguments: invalidUTF8.map(\.0))
    func invalidUTF8IsCountedNotFatal(name: String) throws {
        let bad = try #require(Self.invalidUTF8.first { $0.0 == name }?.1)
        let valid = Array(String(repeating: Self.text, count: 20).utf8)
        let bytes = Array(valid[..<300]) + bad + Array(valid[300...])
        let record = analyzer.analyze(bytes: bytes, path: name)
        #expect(record.error == nil, "\(name)")
        #expect(record.encoding == "UTF-8", "\(name): the UTF-8 majority wins")
        #expect((record.cleanup?.invalidBytes ?? 0) > 0, "\(name)")
        #expect(record.targets.count >= 19, "\(name): the valid text is still read")
    }

    @Test func utf16WithoutBOMBothWays() throws {
        let text = String(repeating: Self.text, count: 10)
        for charset in ["UTF-16LE", "UTF-16BE"] {
            let bytes = try #require(try ICU.Converter(charset: charset).encode(text))
            let record = analyzer.analyze(bytes: bytes, path: charset)
            #expect(record.encoding == charset)
            #expect(record.targets.count == 20)
        }
    }

    @Test func big5WithUnassignedBytesIsCounted() throws {
        let traditional = try ICU.Transliterator(id: "Simplified-Traditional").transliterate(String(repeating: Self.text, count: 10))
        var bytes = try #require(try ICU.Converter(charset: "Big5").encode(traditional))
        // 0xF9 0xFE and 0xC8 0x7F: lead bytes with trail bytes Big5 leaves unassigned.
        bytes.insert(contentsOf: [0xC8, 0x7F, 0xF9, 0xFE], at: 100)
        let record = analyzer.analyze(bytes: bytes, path: "big5")
        #expect(record.error == nil)
        #expect(record.encoding == "Big5")
        #expect((record.cleanup?.invalidBytes ?? 0) > 0)
        #expect(record.targets.count >= 9)
    }

    @Test func gbkCutMidCharacter() throws {
        var bytes = try #require(try ICU.Converter(charset: "GB18030").encode(String(repeating: Self.text, count: 10)))
        bytes.removeLast(1)  // the final "。" is two bytes: cut in the middle
        let record = analyzer.analyze(bytes: bytes, path: "gbk")
        #expect(record.encoding == "GB18030")
        #expect(record.cleanup?.invalidBytes == 1)
        #expect(record.targets.count == 19, "the cut 。 reads as U+FFFD, which ends no clause, so the last target is not read; all others are")
    }

    @Test func nulBytes() throws {
        // A few NULs in text are kept and counted as text; a file of NULs is binary.
        let some = Array(Self.text.utf8) + [0, 0] + Array(Self.text.utf8)
        #expect(analyzer.analyze(bytes: some, path: "some-nul").error == nil)
        let all = [UInt8](repeating: 0, count: 4096)
        #expect(analyzer.analyze(bytes: all, path: "all-nul").error?.contains("binary") == true)
    }

    @Test func jsonlWithBrokenLinesKeepsEveryRecord() throws {
        let lines = [
            #"{"id": "a", "content": "今年增长5%左右。"}"#, "{\"id\": \"b\", \"content\": ", "not json at all",
            #"{"id": "c", "text": "wrong field"}"#, #"{"id": 7, "content": "力争翻一番。"}"#, "\u{FFFD}\u{0}",
        ]
        let records = JSONLCorpus().records(in: Array(lines.joined(separator: "\n").utf8), displayPath: "c.jsonl")
        #expect(records.map(\.id) == ["a", "c.jsonl#L2", "c.jsonl#L3", "c", "7", "c.jsonl#L6"])
        #expect(records.map { (try? $0.text.get()) != nil } == [true, false, false, false, true, false])
    }

    /// A file whose size is not what `stat` says: /proc files report 0 bytes and have content; it must be read to
    /// its end, not to its reported size.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/status")))
    func filesLargerThanTheirReportedSizeAreReadToTheEnd() throws {
        let bytes = try DocumentReader().read(path: "/proc/self/status")
        #expect(bytes.count > 100)
        #expect(String(decoding: bytes, as: UTF8.self).contains("Pid:"))
        #expect(throws: DocumentError.self) { try DocumentReader(maxBytes: 50).read(path: "/proc/self/status") }
    }

    /// A file that grows while it is read (a crawler still writing it): every read is a prefix of what is finally
    /// there, with no bytes beyond what was written, and the analysis gets a whole record each time.
    @Test func filesThatGrowWhileTheyAreRead() async throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("growing.txt").path
        let line = Array((Self.text + "\n").utf8)
        FileManager.default.createFile(atPath: path, contents: Data(line))
        let writer = Task.detached {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            handle.seekToEndOfFile()
            for _ in 0..<2_000 { handle.write(Data(line)) }
        }
        var reads: [[UInt8]] = []
        for _ in 0..<50 {
            reads.append(try DocumentReader().read(path: path))
            let record = analyzer.analyze(contentsOf: path)
            #expect(record.error == nil && record.targets.count >= 2)
        }
        try await writer.value
        let final = try DocumentReader().read(path: path)
        #expect(final.count == line.count * 2_001)
        for read in reads {
            #expect(final.starts(with: read), "a read is a prefix of the file")
            #expect(!read.contains(0), "no zero bytes past a size that changed")
        }
    }

    @Test func filesThatVanishBeforeTheyAreRead() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["a.txt", "b.txt", "c.txt"] { try Data(Self.text.utf8).write(to: folder.appendingPathComponent(name)) }
        let found = DocumentWalker().walk([folder.path]).found
        try FileManager.default.removeItem(at: folder.appendingPathComponent("b.txt"))
        var records: [DocumentAnalysis] = []
        analyzer.analyze(found.map { .file(path: $0.path, displayPath: $0.displayPath) }, jobs: 2) { records.append($0); return true }
        #expect(records.map(\.path) == ["a.txt", "b.txt", "c.txt"])
        #expect(records[1].error?.contains("No such file") == true)
        #expect(records[0].targets.count == 2 && records[2].targets.count == 2)
    }
}
