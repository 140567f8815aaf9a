import Foundation
import Testing
@testable import PolicyText

/// A folder of everything that goes wrong in scraped corpora: every file gets a record or a reported skip.
@Suite struct HostileFolderTests {
    @Test func everyFileGetsARecordOrAReportedSkip() throws {
        let root = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        func write(_ name: String, _ bytes: [UInt8]) throws { try Data(bytes).write(to: root.appendingPathComponent(name)) }
        try write("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0])
        try write("empty.txt", [])
        try write("long-line.txt", Array(String(repeating: "推动经济高质量发展", count: 20_000_000 / 27).utf8))
        var gbk = try #require(try ICU.Converter(charset: "GB18030").encode(String(repeating: "营商环境持续优化。", count: 50)))
        gbk.removeLast()
        try write("truncated-gbk.txt", gbk)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("loop"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("loop/again").path, withDestinationPath: root.path)
        // A file name that is not UTF-8 (GBK bytes for 报告).
        let badName = [UInt8]("bad-".utf8) + [0xB1, 0xA8, 0xB8, 0xE6] + [UInt8](".txt".utf8)
        let path = Array(root.path.utf8) + [UInt8(ascii: "/")] + badName + [0]
        let fd = path.withUnsafeBufferPointer { p in
            p.withMemoryRebound(to: CChar.self) { Glibc.open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        }
        #expect(fd >= 0)
        _ = Array("政策".utf8).withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        Glibc.close(fd)

        // Unreadable even for root: a named pipe with no writer, and a link to nowhere.
        #expect(mkfifo(root.appendingPathComponent("pipe.txt").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("dangling.txt").path,
                                                   withDestinationPath: root.appendingPathComponent("gone.txt").path)

        let result = try CLIRunner.run(["extract", root.path, "--jobs", "2"])
        #expect(result.status == 1)
        let records = try CLIRunner.records(result.stdout)
        let byPath = Dictionary(records.map { ($0["path"] as? String ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        #expect((byPath["binary.txt"]?["error"] as? String)?.contains("ELF") == true)
        #expect((byPath["empty.txt"]?["error"] as? String)?.contains("empty") == true)
        #expect(byPath["long-line.txt"]?["error"] is NSNull)
        #expect(byPath["truncated-gbk.txt"]?["encoding"] as? String == "GB18030")
        #expect((byPath["pipe.txt"]?["error"] as? String)?.contains("not a regular file") == true)
        #expect(records.count == 5, "binary, empty, long line, truncated GBK, the pipe")
        #expect(result.stderr.contains("dangling.txt: cannot stat"))
        #expect(result.stderr.contains("symlink loop"))
        #expect(result.stderr.contains("file name is not valid UTF-8"))
    }
}
