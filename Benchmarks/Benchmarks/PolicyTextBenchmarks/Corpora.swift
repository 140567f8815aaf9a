import Foundation
import PolicyText

/// The texts the benchmarks run on, loaded before timing starts.
///
/// - `POLICYTEXT_CORPUS=/path`: a user's own corpus (a folder read recursively, or one file).
/// - otherwise the legal register `../shared/corpus/laws` (58 MB), or, when ../shared is absent, the bundled Corpus/.
enum Corpora {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// (name, documents as raw bytes)
    static let main: (name: String, documents: [[UInt8]]) = {
        if let custom = ProcessInfo.processInfo.environment["POLICYTEXT_CORPUS"] {
            return ("POLICYTEXT_CORPUS=\(custom)", load(custom))
        }
        let laws = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/laws").path
        if FileManager.default.fileExists(atPath: laws) { return ("shared/corpus/laws", load(laws)) }
        return ("Corpus", load(packageRoot.appendingPathComponent("Corpus").path))
    }()

    /// The policy register: national and provincial work reports.
    static let policy: [[UInt8]] = {
        let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        return load(shared.appendingPathComponent("national").path) + load(shared.appendingPathComponent("provincial-2026").path)
    }()

    /// The main corpus decoded and normalized, for the stages after normalization.
    static let normalized: [NormalizedText] = {
        let normalizer = Normalizer()
        return main.documents.compactMap { try? SourceDecoder().decode($0) }.map { normalizer.normalize($0) }
    }()

    static var mainBytes: Int { main.documents.reduce(0) { $0 + $1.count } }

    /// The main corpus's decoded text, concatenated and repeated to about `megabytes` MB (a size sweep by repetition).
    static func text(megabytes: Int) -> String {
        let base = main.documents.compactMap { try? SourceDecoder().decode($0).text }.joined(separator: "\n")
        guard !base.isEmpty else { return "" }
        var text = base
        while text.utf8.count < megabytes << 20 { text += "\n" + base }
        let cut = text.utf8.index(text.utf8.startIndex, offsetBy: megabytes << 20, limitedBy: text.utf8.endIndex) ?? text.utf8.endIndex
        return String(text[..<cut])
    }

    static func load(_ path: String) -> [[UInt8]] {
        let (found, _) = DocumentWalker().walk([path])
        let reader = DocumentReader()
        return found.compactMap { try? reader.read(path: $0.path) }
    }
}
