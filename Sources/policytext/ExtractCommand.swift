import ArgumentParser
import Foundation
import PolicyText

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Analyse documents and print one JSON record per document (targets, times, slogans, commitments).",
        discussion: """
            Exit status: 0 when every document was read, 1 when some failed (their records carry "error"), 2 for usage errors.
            Example: policytext extract Corpus --jobs 2 -o out.jsonl
            """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "The document date for resolving relative times (YYYY-MM-DD or YYYY); default: found in each document.")
    var date: DateArgument?

    @Option(help: "Output format: jsonl (one document per line) or json (pretty, one array).")
    var format: Format = .jsonl

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: "Documents analysed at once (default: the number of cores).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, json }

    func run() throws {
        let (inputs, skipped) = input.documentInputs()
        for skip in skipped { printError("policytext: skipped \(skip)") }
        let out = try output.map { try OutputFile(path: $0, keepExisting: false) } ?? OutputFile()
        let encoder = JSONEncoder()
        encoder.outputFormatting = format == .json ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        let analyzer = PolicyAnalyzer(maxBytes: input.maxBytes)
        var failures = 0, count = 0
        if format == .json { out.write("[\n") }
        analyzer.analyze(inputs, jobs: max(1, jobs), date: date?.date) { record in
            if record.error != nil { failures += 1 }
            guard let data = try? encoder.encode(record) else { return true }
            if format == .json && count > 0 { out.write(",\n") }
            out.write(String(decoding: data, as: UTF8.self))
            if format == .jsonl { out.write("\n") }
            count += 1
            return true
        }
        if format == .json { out.write("\n]\n") }
        try out.finish()
        if failures > 0 { throw ExitCode(1) }
    }
}
