import ArgumentParser
import Foundation
import PolicyText

/// Options shared by every command that reads documents.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files or folders to read (folders recursively); - reads standard input.")
    var paths: [String] = []

    @Option(help: ArgumentHelp("Only files whose path (relative to the folder) matches this glob; repeatable.", valueName: "glob"))
    var include: [String] = []

    @Option(help: ArgumentHelp("Skip files whose path matches this glob; repeatable.", valueName: "glob"))
    var exclude: [String] = []

    @Flag(help: "Also read hidden files and folders.")
    var hidden = false

    @Option(name: .customLong("text-field"), help: "In .jsonl corpora, the field holding a document's text.")
    var textField = "content"

    @Option(name: .customLong("id-field"), help: "In .jsonl corpora, the field holding a document's id.")
    var idField = "id"

    @Flag(name: .customLong("stdin-jsonl"), help: "Read standard input (-) as a .jsonl corpus, record by record (zcat corpus.jsonl.gz | policytext extract - --stdin-jsonl).")
    var stdinJSONL = false

    @Option(name: .customLong("max-bytes"), help: "Refuse files larger than this many bytes; in .jsonl corpora, lines (records) larger than this.")
    var maxBytes = 256 << 20

    /// The inputs, read lazily: .jsonl corpora record by record as the run pulls them (standard input when `-` or
    /// no path is given).
    func documentStream() -> DocumentInputs.Stream {
        var collector = DocumentInputs()
        collector.walker.include = include
        collector.walker.exclude = exclude
        collector.walker.includeHidden = hidden
        collector.jsonl = JSONLCorpus(textField: textField, idField: idField, maxRecordBytes: maxBytes)
        collector.standardInputIsJSONL = stdinJSONL
        return collector.stream(paths.isEmpty ? ["-"] : paths) {
            Array(FileHandle.standardInput.readDataToEndOfFile())
        }
    }
}

/// `--date 2026-01-14` (or `2026`): parsed into a CivilDate.
struct DateArgument: ExpressibleByArgument {
    let date: CivilDate

    init?(argument: String) {
        if let date = CivilDate(iso: argument) {
            self.date = date
        } else if argument.count == 4, let year = Int(argument), let date = CivilDate(year: year, month: 1, day: 1) {
            self.date = date
        } else {
            return nil
        }
    }
}
