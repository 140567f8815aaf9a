import ArgumentParser
import Foundation
import PolicyText

@main
struct PolicyTextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policytext",
        abstract: "Read Chinese policy documents: targets, deadlines, slogans and commitments.",
        discussion: """
            Examples:
              policytext extract Corpus                 one JSON line per document
              policytext stats reports/                 corpus overview
              policytext report Corpus -o report.html   the commitments highlighted, for reading in a browser
              policytext segment report.txt             words separated by spaces
              policytext normalize report.txt           the cleaned-up text
            """,
        subcommands: [
            ExtractCommand.self, StatsCommand.self, ReportCommand.self, SegmentCommand.self, NormalizeCommand.self,
            RecognizeCommand.self, EvaluateCommand.self, LexiconCommand.self,
        ]
    )

    /// Usage errors exit with status 2 (ArgumentParser's default is 64), as scripts and the README expect;
    /// 1 is reserved for documents that failed.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                printError(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
