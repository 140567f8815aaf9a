import ArgumentParser
import Foundation
import PolicyText

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Analyse documents and print one JSON record per document (targets, times, slogans, commitments).",
        discussion: """
            Folders are read recursively in sorted order (.txt .md .html .htm .docx .jsonl); the output order is the \
            same whatever --jobs is. Exit status: 0 when every document was read, 1 when some failed (each failure \
            is a record with "error"), 2 for usage errors.

            Examples:
              policytext extract Corpus
              policytext extract reports/ --jobs 4 -o out.jsonl          (Ctrl-C leaves a valid out.jsonl)
              policytext extract reports/ -o out.jsonl --resume          (skips documents already in out.jsonl)
              policytext extract corpus.jsonl --text-field content --id-field id
              policytext extract reports/ --shard 3/10 -o part-3.jsonl   (one slice of ten, e.g. a Slurm array task)
              policytext extract reports/ --format csv --table commitments -o commitments.csv
            """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "The document date for resolving relative times (YYYY-MM-DD or YYYY); default: found in each document.")
    var date: DateArgument?

    @Option(help: "Output format: jsonl (one document per line), json (pretty, one array) or csv (one row per target, or per what --table names).")
    var format: RecordWriter.Format = .jsonl

    @Option(help: "With --format csv, one row per: targets, commitments, times or slogans.")
    var table: ExtractionTable = .targets

    @Flag(help: "With --format csv: start the file with a UTF-8 byte-order mark so Excel reads the Chinese text.")
    var excel = false

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Flag(help: "With -o: keep the records already in the output file and analyse only the documents missing from it.")
    var resume = false

    @Option(help: "Documents analysed at once (default: the number of cores).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp("Analyse only slice i of n (0 ≤ i < n), chosen by a hash of each path.", valueName: "i/n"))
    var shard: ShardArgument?

    @Flag(name: .shortAndLong, help: "No progress line and no summary on standard error.")
    var quiet = false

    @Flag(help: "Print the time spent in each stage (read, decode, normalize, extract) and its MB/s on standard error.")
    var timing = false

    func validate() throws {
        if resume && output == nil { throw ValidationError("--resume needs -o FILE: it resumes that file") }
        if resume && format != .jsonl { throw ValidationError("--resume works with --format jsonl") }
        if excel && format != .csv { throw ValidationError("--excel goes with --format csv") }
        if table != .targets && format != .csv { throw ValidationError("--table goes with --format csv") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        catchInterruptions()
        let stream = input.documentStream()
        let skipped = stream.skipped
        for skip in skipped { printError("policytext: skipped \(skip)") }
        let done = resume ? output.map(ResumeState.finishedPaths(in:)) ?? [] : []
        let shard = self.shard?.shard
        // Filtered as the run pulls them, so a .jsonl corpus is never held whole.
        let inputs = stream.lazy
            .filter { item in shard?.contains(item.input.displayPath) ?? true }
            .filter { item in !done.contains(item.input.displayPath) }
            .map { item in (item.input, item.consumedBytes) }
        let out = try output.map { try OutputFile(path: $0, keepExisting: resume) } ?? OutputFile()
        var writer = RecordWriter(format: format, table: table, out: out, excel: excel, appending: resume)
        var analyzer = try PolicyAnalyzer(maxBytes: input.maxBytes)
        if timing { analyzer.timing = StageTimes() }
        let progress = Progress(totalBytes: stream.totalBytes, quiet: quiet)
        var failures = 0, count = 0, targets = 0
        let format = self.format, table = self.table
        analyzer.analyze(tagged: inputs, jobs: jobs, date: date?.date, prepare: { RecordWriter.encode($0, as: format, table: table) }) { record, consumed, encoded in
            if interrupted.load(ordering: .relaxed) { return false }
            if record.error != nil { failures += 1 }
            targets += record.targets.count
            writer.write(encoded)
            count += 1
            if output != nil { out.flush() }  // each finished record reaches the disk, for --resume after a crash
            progress.advance(consumedBytes: consumed)
            return true
        }
        writer.finish()
        try out.finish()
        progress.finish()
        let wasInterrupted = interrupted.load(ordering: .relaxed)
        if !quiet {
            let state = wasInterrupted ? "interrupted after" : "analysed"
            printError(String(format: "policytext: %@ %d documents, %d failed, %d skipped, %d targets, %.1f s",
                              state, count, failures, skipped.count, targets, progress.elapsed))
        }
        if let times = analyzer.timing {
            printError("stage times (summed over jobs):\n" + times.report()
                       + String(format: "\nwall clock %8.3f s  %8.1f MB/s", progress.elapsed, Double(times.totalBytes) / 1_000_000 / max(progress.elapsed, 0.001)))
        }
        if wasInterrupted { throw ExitCode(130) }
        if failures > 0 { throw ExitCode(1) }
    }
}

/// `--shard i/n`.
struct ShardArgument: ExpressibleByArgument {
    let shard: Shard
    init?(argument: String) {
        guard let shard = Shard(argument) else { return nil }
        self.shard = shard
    }
}

/// What an earlier run already wrote to an output file.
enum ResumeState {
    /// The `path` of every complete record in a JSONL file (an unreadable file means nothing is done). The file
    /// is read a chunk at a time: the output of a large corpus is not loaded whole.
    static func finishedPaths(in file: String) -> Set<String> {
        var paths: Set<String> = []
        for record in JSONLReader(path: file, corpus: JSONLCorpus(textField: "path", idField: nil)) {
            if case .success(let path) = record.text { paths.insert(path) }
        }
        return paths
    }
}
