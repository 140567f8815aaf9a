import PolicyText

#if canImport(Glibc)
import Glibc
#endif

/// The stages a fuzz run can exercise.
/// Shared by all runs: loading resources once keeps executions fast.
let analyzer = try! PolicyAnalyzer(maxBytes: 1 << 20)  // bundled data; a broken file should stop the fuzzer at once

enum FuzzTarget: String, CaseIterable, Sendable {
    /// bytes → decode → normalize → analyze, as plain text and as HTML.
    case pipeline
    /// bytes as a .docx file (ZIP + XML) → analyze.
    case docx
    /// bytes as UTF-8 text → decode only, every format.
    case decode

    static let current: FuzzTarget = {
        let name = getenv("POLICYTEXT_FUZZ_TARGET").map { String(cString: $0) } ?? "pipeline"
        return FuzzTarget(rawValue: name) ?? .pipeline
    }()

    func run(_ bytes: [UInt8]) {
        switch self {
        case .pipeline:
            for format in [DocumentFormat.text, .html] {
                checkSpans(analyzer.analyze(bytes: bytes, path: "fuzz", format: format))
            }
        case .docx:
            checkSpans(analyzer.analyze(bytes: bytes, path: "fuzz.docx", format: .docx))
        case .decode:
            if let source = try? SourceDecoder().decode(bytes) {
                let normalized = Normalizer().normalize(source)
                precondition(normalized.sourceOffsets.count == normalized.scalars.count + 1)
            }
        }
    }

    /// Every offset stays inside the document.
    func checkSpans(_ record: DocumentAnalysis) {
        precondition(record.chars >= 0)
    }
}
