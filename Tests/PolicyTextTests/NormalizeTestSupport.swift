import Foundation
@testable import PolicyText

/// Paths and helpers shared by the normalization tests.
enum NormalizeFixtures {
    /// `<package root>/../shared/corpus`, located from this file.
    static let corpus: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.appendingPathComponent("../shared/corpus").standardizedFileURL.path
    }()

    static let hasCorpus = FileManager.default.fileExists(atPath: corpus + "/seed/000_9710c98421749e77.txt")

    static var seedPath: String { corpus + "/seed/000_9710c98421749e77.txt" }

    static func decode(_ path: String) throws -> SourceText {
        try SourceDecoder().decode([UInt8](Data(contentsOf: URL(fileURLWithPath: path))))
    }

    static func normalize(_ text: String, _ normalizer: Normalizer = Normalizer()) -> NormalizedText {
        normalizer.normalize(SourceText(text: text, encoding: "UTF-8"))
    }
}
