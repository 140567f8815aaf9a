import Foundation
import Testing
@testable import PolicyText

/// Bad input never crashes and never silently disappears: each gets a record with an error or a decoded result.
@Suite struct PolicyAnalyzerBadInputTests {
    let analyzer: PolicyAnalyzer

    init() throws { analyzer = try PolicyAnalyzer() }

    @Test func eachBadFileGetsARecordAndTheOthersStillComeOut() throws {
        let root = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        func write(_ name: String, _ bytes: [UInt8]) throws { try Data(bytes).write(to: root.appendingPathComponent(name)) }
        try write("a-empty.txt", [])
        try write("b-image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3])
        try write("c-good.txt", Array("——2026年1月14日在省人民代表大会上\n今年全省生产总值增长5%左右。".utf8))
        try write("d-truncated.txt", Array(Array("城镇新增就业1200万人以上。".utf8).dropLast(1)))
        try FileManager.default.createDirectory(at: root.appendingPathComponent("e-folder.txt"), withIntermediateDirectories: true)

        let inputs = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted().map {
            DocumentInput.file(path: root.appendingPathComponent($0).path, displayPath: $0)
        } + [DocumentInput.file(path: root.appendingPathComponent("missing.txt").path, displayPath: "missing.txt")]
        var records: [DocumentAnalysis] = []
        analyzer.analyze(inputs, jobs: 2) { records.append($0); return true }

        #expect(records.map(\.path) == ["a-empty.txt", "b-image.txt", "c-good.txt", "d-truncated.txt", "e-folder.txt", "missing.txt"])
        #expect(records[0].error?.contains("empty") == true)
        #expect(records[1].error?.contains("PNG") == true)
        #expect(records[2].error == nil)
        #expect(records[2].date?.description == "2026-01-14")
        #expect(records[3].error == nil)
        #expect(records[3].cleanup?.invalidBytes == 2)
        #expect(records[4].error?.contains("directory") == true)
        #expect(records[5].error?.contains("No such file") == true)
    }

    @Test func tooLargeIsRefusedClearly() throws {
        let root = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("big.txt").path
        try Data(repeating: 0x41, count: 5000).write(to: URL(fileURLWithPath: path))
        let record = try PolicyAnalyzer(maxBytes: 4096).analyze(contentsOf: path, displayPath: "big.txt")
        #expect(record.error == "file is 5000 bytes, over the limit of 4096 bytes")
    }

    @Test func fiftyMegabytesWithoutALineBreak() {
        let line = Array(String(repeating: "推动经济高质量发展", count: 50_000_000 / 27 + 1).utf8)
        let record = analyzer.analyze(bytes: line, path: "long.txt")
        #expect(record.error == nil)
        #expect(record.chars == line.count / 3)
    }
}
