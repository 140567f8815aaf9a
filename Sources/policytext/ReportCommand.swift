import ArgumentParser
import Foundation
import PolicyText

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML page showing documents with targets, times, slogans and commitments highlighted.",
        discussion: """
            The page needs no network: styles, charts (inline SVG) and a small script are inside it. Highlights \
            carry data-start/data-end: the source offsets of the same spans `policytext extract` prints. Long \
            documents are shown a page (--page-size characters) at a time. For a folder or several documents the \
            page opens with a corpus overview: targets per year, top slogans, and a table of the documents.
            Exit status: 0 when every document was read, 1 when some failed (they are listed in the report), 2 for \
            usage errors.

            Examples:
              policytext report Corpus/000_9710c98421749e77.txt -o seed.html
              policytext report reports/ -o reports.html --title "2026 provincial reports"
            """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "Write the page to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: "The document date for resolving relative times (YYYY-MM-DD or YYYY); default: found in each document.")
    var date: DateArgument?

    @Option(help: "The page's title (default: the document's path, or \"PolicyText report\").")
    var title: String?

    @Option(name: .customLong("page-size"), help: "Characters of text per page.")
    var pageSize = 20_000

    @Option(help: "Slogans in the overview chart.")
    var topSlogans = 15

    @Flag(inversion: .prefixedNo, help: "Show the corpus overview (default: for a folder or several documents).")
    var overview: Bool?

    @Option(help: "Documents analysed at once (default: the number of cores).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .shortAndLong, help: "No summary on standard error.")
    var quiet = false

    func validate() throws {
        if pageSize < 1_000 { throw ValidationError("--page-size must be at least 1000") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if topSlogans < 0 { throw ValidationError("--top-slogans must not be negative") }
    }

    func run() throws {
        let stream = input.documentStream()
        let skipped = stream.skipped
        for skip in skipped { printError("policytext: skipped \(skip)") }
        // The first two inputs tell a single document from several; the rest is pulled as the run goes.
        var rest = stream.makeIterator()
        var head: [DocumentInput] = []
        while head.count < 2, let item = rest.next() { head.append(item.input) }
        var headIterator = head.makeIterator()
        let inputs = AnyIterator { headIterator.next() ?? rest.next()?.input }
        let folder = input.paths.contains { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        let options = HTMLReport.Options(
            title: title ?? (head.count == 1 && !folder ? head[0].displayPath : "PolicyText report"),
            pageSize: pageSize, overview: overview ?? (folder || head.count > 1), topSlogans: topSlogans)
        let analyzer = try PolicyAnalyzer(maxBytes: input.maxBytes)
        let start = Date()
        var builder = HTMLReport.Builder(options: options)
        var failures = 0
        analyzer.annotate(inputs, jobs: jobs, date: date?.date) { document in
            if document.analysis.error != nil { failures += 1 }
            builder.add(document)
            return true
        }
        let out = try output.map { try OutputFile(path: $0, keepExisting: false) } ?? OutputFile()
        out.write(builder.finish())
        try out.finish()
        if !quiet {
            printError(String(format: "policytext: reported %d documents, %d failed, %d skipped, %.1f s",
                              builder.count, failures, skipped.count, Date().timeIntervalSince(start)))
        }
        if failures > 0 { throw ExitCode(1) }
    }
}
