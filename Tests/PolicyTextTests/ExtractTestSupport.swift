import Foundation
@testable import PolicyText

/// Shared helpers of the Extract*Tests suites.
enum ExtractTestSupport {
    /// One extractor for all tests (loading is the slow part).
    static let extractor: Extractor? = try? Extractor()

    /// Runs the pipeline as the analyzer does: normalize, then extract.
    static func extract(_ text: String, date: CivilDate? = nil) -> Extraction {
        let source = SourceText(text: text, encoding: "UTF-8")
        return extractor?.extract(Normalizer().normalize(source), documentDate: date) ?? Extraction()
    }

    /// `<package root>/../shared`, located from this file.
    static let shared: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    static var hasShared: Bool { FileManager.default.fileExists(atPath: shared.appendingPathComponent("corpus").path) }

    /// The seed document of the project (Corpus/000_…txt), decoded.
    static let seedURL: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus/000_9710c98421749e77.txt")

    static func decode(_ url: URL) throws -> SourceText {
        try SourceDecoder().decode([UInt8](Data(contentsOf: url)))
    }
}
