import ArgumentParser
import PolicyText

@main
struct PolicyTextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policytext",
        abstract: "Read Chinese policy documents: targets, deadlines, slogans and commitments.",
        subcommands: []
    )
}
