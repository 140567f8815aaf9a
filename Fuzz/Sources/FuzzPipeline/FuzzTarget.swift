import PolicyText

#if canImport(Glibc)
import Glibc
#endif

/// The stages a fuzz run can exercise.
// Shared by all runs: loading resources once keeps executions fast. The data is bundled; a broken file should stop
// the fuzzer at once, hence try!.
let analyzer = try! PolicyAnalyzer(maxBytes: 1 << 20)
let recognizer = try! Recognizer()
let tokenizer = try! Tokenizer()

enum FuzzTarget: String, CaseIterable, Sendable {
    /// bytes → decode → normalize → analyze, as plain text or as HTML.
    case pipeline
    /// bytes as a .docx file (ZIP + XML) → analyze.
    case docx
    /// bytes → decode → normalize: the offset map stays consistent.
    case decode
    /// bytes as UTF-8 text → recognizer: entities inside the text, in order, not overlapping.
    case recognize
    /// bytes as UTF-8 text → normalize → extract: every span inside the document, every index valid.
    case extract
    /// bytes as UTF-8 text → tokenizer: the tokens tile the text exactly, in order.
    case tokenize

    static let current: FuzzTarget = {
        let name = getenv("POLICYTEXT_FUZZ_TARGET").map { String(cString: $0) } ?? "pipeline"
        return FuzzTarget(rawValue: name) ?? .pipeline
    }()

    func run(_ bytes: [UInt8]) {
        switch self {
        case .pipeline:
            // The last byte picks the format, so one execution costs one analysis and both readers get inputs.
            let format: DocumentFormat = (bytes.last ?? 0) & 1 == 0 ? .text : .html
            checkSpans(analyzer.analyze(bytes: bytes, path: "fuzz", format: format))
        case .docx:
            checkSpans(analyzer.analyze(bytes: bytes, path: "fuzz.docx", format: .docx))
        case .decode:
            if let source = try? SourceDecoder().decode(bytes) {
                let normalized = analyzer.normalizer.normalize(source)
                precondition(normalized.sourceOffsets.count == normalized.scalars.count + 1)
                precondition(zip(normalized.sourceOffsets, normalized.sourceOffsets.dropFirst()).allSatisfy { $0 <= $1 })
            }
        case .recognize:
            let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
            var last = 0
            for entity in recognizer.recognize(scalars, documentDate: CivilDate(year: 2026, month: 1, day: 14)) {
                precondition(entity.span.start >= last && entity.span.end <= scalars.count && entity.span.start < entity.span.end)
                last = entity.span.end
            }
        case .extract:
            let record = analyzer.analyze(text: String(decoding: bytes, as: UTF8.self), path: "fuzz")
            checkSpans(record)
        case .tokenize:
            let text = String(decoding: bytes, as: UTF8.self)
            var next = 0
            for token in tokenizer.tokenize(text) {
                precondition(token.start == next && token.end > token.start)
                next = token.end
            }
            precondition(next == text.unicodeScalars.count)
        }
    }

    /// Every span stays inside the document and every index points into its array.
    func checkSpans(_ record: DocumentAnalysis) {
        let spans = record.targets.map(\.span) + record.times.map(\.span) + record.slogans.map(\.span)
            + record.commitments.map(\.span)
        for span in spans { precondition(0 <= span.start && span.start <= span.end && span.end <= record.chars) }
        for target in record.targets { precondition(target.time.map { $0 < record.times.count } ?? true) }
        for commitment in record.commitments {
            precondition(commitment.targets.allSatisfy { $0 < record.targets.count })
            precondition(commitment.times.allSatisfy { $0 < record.times.count })
            precondition(commitment.slogans.allSatisfy { $0 < record.slogans.count })
        }
    }
}
