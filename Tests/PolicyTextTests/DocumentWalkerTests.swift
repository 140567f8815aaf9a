import Foundation
import Testing
@testable import PolicyText

@Suite struct DocumentWalkerTests {
    @Test func walksFoldersSortedWithIgnoreHiddenGlobsAndLoops() throws {
        let root = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("b/deep"), withIntermediateDirectories: true)
        try fm.createDirectory(at: root.appendingPathComponent("gold"), withIntermediateDirectories: true)
        for name in ["z.txt", "a.txt", "b/deep/c.md", "b/x.png", "gold/g.jsonl", ".hidden.txt", "notes.html", "README.md"] {
            try Data("政府工作报告".utf8).write(to: root.appendingPathComponent(name))
        }
        try Data("gold/\nREADME.md\n".utf8).write(to: root.appendingPathComponent(".policytextignore"))
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("b/deep/loop").path, withDestinationPath: root.path)

        let (found, skipped) = DocumentWalker().walk([root.path])
        #expect(found.map(\.displayPath) == ["a.txt", "b/deep/c.md", "notes.html", "z.txt"])
        #expect(skipped.count == 1)
        #expect(skipped.first?.reason.contains("symlink loop") == true)

        var walker = DocumentWalker()
        walker.includeHidden = true
        walker.exclude = ["*.md"]
        #expect(walker.walk([root.path]).found.map(\.displayPath) == [".hidden.txt", "a.txt", "notes.html", "z.txt"])
        walker.include = ["b/**"]
        walker.exclude = []
        #expect(walker.walk([root.path]).found.map(\.displayPath) == ["b/deep/c.md"])
    }

    @Test func missingPathIsKeptSoItIsReported() {
        let (found, _) = DocumentWalker().walk(["/nonexistent/policy.txt"])
        #expect(found.map(\.path) == ["/nonexistent/policy.txt"])
    }

    @Test func globs() {
        #expect(Glob.matches("*.txt", "a/b/c.txt"))
        #expect(!Glob.matches("a/*.txt", "a/b/c.txt"))
        #expect(Glob.matches("a/**.txt", "a/b/c.txt"))
        #expect(Glob.matches("provincial-2026/??省.txt", "provincial-2026/浙江省.txt"))
    }
}
