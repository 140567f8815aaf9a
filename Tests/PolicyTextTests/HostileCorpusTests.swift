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
