import Benchmark
import Foundation
import PolicyText

// Suites by pipeline stage. Throughput counts documents per iteration; the bytes per document are printed in the
// benchmark's name so MB/s follows. Corpora are loaded in setup, outside the timed region.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .instructions, .peakMemoryResident],
        maxDuration: .seconds(20),
        maxIterations: 5
    )
    let megabytes = String(format: "%.1f MB", Double(Corpora.mainBytes) / 1_048_576)

    Benchmark("Decode \(Corpora.main.name) (\(megabytes))") { benchmark in
        let decoder = SourceDecoder()
        for document in Corpora.main.documents {
            blackHole(try? decoder.decode(document))
        }
    }

    Benchmark("Decode+Normalize \(Corpora.main.name) (\(megabytes))") { benchmark in
        let decoder = SourceDecoder()
        let normalizer = Normalizer()
        for document in Corpora.main.documents {
            if let source = try? decoder.decode(document) { blackHole(normalizer.normalize(source)) }
        }
    }

    Benchmark("Normalize \(Corpora.main.name) (\(megabytes))") { benchmark, sources in
        let normalizer = Normalizer()
        for source in sources { blackHole(normalizer.normalize(source)) }
    } setup: {
        Corpora.main.documents.compactMap { try? SourceDecoder().decode($0) }
    }

    Benchmark("Segment raw ICU \(Corpora.main.name) (\(megabytes))") { benchmark in
        let breaker = try ICU.WordBreaker(locale: "zh")
        for document in Corpora.main.documents {
            guard let source = try? SourceDecoder().decode(document) else { continue }
            let units = Array(source.text.utf16)
            var count = 0
            try units.withUnsafeBufferPointer { try breaker.enumerateSegments($0) { _, _ in count += 1 } }
            blackHole(count)
        }
    }

    Benchmark("Segment PolicyText \(Corpora.main.name) (\(megabytes))") { benchmark, texts in
        let tokenizer = try Tokenizer()
        for text in texts { blackHole(tokenizer.spacedLinesUTF8(text)) }
    } setup: {
        Corpora.main.documents.compactMap { try? SourceDecoder().decode($0).text }
    }

    Benchmark("Segment PolicyText policy register (national + provincial-2026)") { benchmark, texts in
        let tokenizer = try Tokenizer()
        for text in texts { blackHole(tokenizer.spacedLinesUTF8(text)) }
    } setup: {
        Corpora.policy.compactMap { try? SourceDecoder().decode($0).text }
    }

    Benchmark("Recognize \(Corpora.main.name) (\(megabytes))") { benchmark, texts in
        let recognizer = try Recognizer()
        for scalars in texts { blackHole(recognizer.recognize(scalars, documentDate: nil)) }
    } setup: {
        Corpora.normalized.map(\.scalars)
    }

    Benchmark("Extract (recognize + extract) \(Corpora.main.name) (\(megabytes))") { benchmark, texts in
        let extractor = try Extractor()
        for text in texts { blackHole(extractor.extract(text, documentDate: nil)) }
    } setup: {
        Corpora.normalized
    }

    Benchmark("Pipeline \(Corpora.main.name) (\(megabytes)), 1 job") { benchmark in
        let analyzer = try PolicyAnalyzer()
        for document in Corpora.main.documents {
            blackHole(analyzer.analyze(bytes: document, path: "doc.txt"))
        }
    }

    Benchmark("Pipeline \(Corpora.main.name) (\(megabytes)), 2 jobs") { benchmark in
        let analyzer = try PolicyAnalyzer()
        let inputs = Corpora.main.documents.map { DocumentInput.bytes($0, displayPath: "doc.txt") }
        analyzer.analyze(inputs, jobs: 2) { blackHole($0); return true }
    }

    // The sweep streams files from disk (the corpus's files listed again and again up to the size), as
    // `policytext extract` does, so its peak memory shows what a large corpus costs, not the size of the input.
    for size in [1, 10, 100] {
        Benchmark("Pipeline size sweep \(size) MB (corpus files repeated), 1 job", configuration: .init(maxIterations: 3)) { benchmark, inputs in
            let analyzer = try PolicyAnalyzer()
            analyzer.analyze(inputs, jobs: 1) { blackHole($0); return true }
        } setup: {
            Corpora.files(megabytes: size)
        }
    }
}
