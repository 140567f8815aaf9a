import ArgumentParser
import PolicyText

@main
struct PolicyTextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policytext",
        abstract: "Read Chinese policy documents: targets, deadlines, slogans and commitments.",
        discussion: """
            Examples:
              policytext extract Corpus                 one JSON line per document
              policytext normalize report.txt           the cleaned-up text
            """,
        subcommands: [ExtractCommand.self, NormalizeCommand.self, EvaluateCommand.self, RecognizeCommand.self, ReportCommand.self]
    )
}
