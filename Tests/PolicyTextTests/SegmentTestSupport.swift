import Foundation
@testable import PolicyText

/// Shared helpers of the Segment suites: where `../shared` is, and a tokenizer built once.
enum SegmentFixtures {
    /// `<package root>/../shared`, computed from this file's path.
    static let sharedDirectory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    static func shared(_ path: String) -> URL { sharedDirectory.appendingPathComponent(path) }

    static var hasBakeoffData: Bool {
        FileManager.default.fileExists(atPath: shared("icwb2/pku_test_gold.utf8").path)
            && FileManager.default.fileExists(atPath: shared("icwb2/msr_test_gold.utf8").path)
    }

    static var hasCorpus: Bool { FileManager.default.fileExists(atPath: shared("corpus/national").path) }

    // swiftlint:disable:next force_try
    static let tokenizer: Tokenizer = try! Tokenizer()

    /// The words of `text` (white space dropped).
    static func words(_ text: String, _ tokenizer: Tokenizer = tokenizer) -> [String] {
        tokenizer.tokenize(text).filter { $0.kind != .space }.map(\.text)
    }

    static func lines(_ url: URL) throws -> [String] { splitLines(try String(contentsOf: url, encoding: .utf8)) }

    /// Lines as Python's `splitlines()` cuts them (CRLF is one break; no empty last line).
    static func splitLines(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init).dropLastIfEmpty()
    }
}

extension Array where Element == String {
    func dropLastIfEmpty() -> [String] { last == "" ? Array(dropLast()) : self }
}
