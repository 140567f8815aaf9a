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
    static let main: (name: String, documents: [[UInt8]]) = (mainName, load(mainPath))

    static let (mainName, mainPath): (String, String) = {
        if let custom = ProcessInfo.processInfo.environment["POLICYTEXT_CORPUS"] {
            return ("POLICYTEXT_CORPUS=\(custom)", custom)
        }
        let laws = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/laws").path
        if FileManager.default.fileExists(atPath: laws) { return ("shared/corpus/laws", laws) }
        return ("Corpus", packageRoot.appendingPathComponent("Corpus").path)
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

    /// The main corpus's files as inputs, listed again and again until they add up to about `megabytes` MB.
    static func files(megabytes: Int) -> [DocumentInput] {
        let (found, _) = DocumentWalker().walk([mainPath])
        let sized = found.map { ($0, (try? FileManager.default.attributesOfItem(atPath: $0.path)[.size] as? Int) ?? 0) }
        guard sized.contains(where: { $0.1 > 0 }) else { return [] }
        var inputs: [DocumentInput] = []
        var total = 0
        while total < megabytes << 20 {
            for (file, size) in sized where total < megabytes << 20 {
                inputs.append(.file(path: file.path, displayPath: file.displayPath))
                total += size
            }
        }
        return inputs
    }

    static func load(_ path: String) -> [[UInt8]] {
        let (found, _) = DocumentWalker().walk([path])
        let reader = DocumentReader()
        return found.compactMap { try? reader.read(path: $0.path) }
    }
}
