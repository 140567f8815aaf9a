import Foundation

/// Paths the tests share: the package root, ../shared (which may be absent), temporary folders.
enum TestPaths {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let corpus = shared.appendingPathComponent("corpus")
    static var sharedAvailable: Bool { FileManager.default.fileExists(atPath: corpus.path) }
    static let seed = packageRoot.appendingPathComponent("Corpus/000_9710c98421749e77.txt")

    /// A fresh temporary folder.
    static func temporaryFolder(_ name: String = #function) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("policytext-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
