import ArgumentParser
import Foundation
import PolicyText

struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Lexicon tools.",
        discussion: "Example: policytext lexicon learn reports/ -o my-words.txt   (then: policytext segment --lexicon my-words.txt)",
        subcommands: [LexiconLearnCommand.self]
    )
}

struct LexiconLearnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learn",
        abstract: "Discover new words in a corpus (frequency, cohesion, left/right branching entropy) as a jieba-format lexicon.",
        discussion: """
            Reads every .txt and .md file under the paths (UTF-8). Example, the command that made the built-in learned lexicon:
              policytext lexicon learn ../shared/corpus/national ../shared/corpus/provincial-2026 \\
                ../shared/corpus/laws -o Sources/PolicyText/Resources/lexicon-learned.txt
            """
    )

    @Argument(help: "Files or folders of text.")
    var paths: [String]

    @Option(name: .shortAndLong, help: "Write the lexicon here instead of standard output.")
    var output: String?

    func run() throws {
        let learner = try LexiconLearner()
        let result = learner.learn(contentsOf: paths)
        for path in result.skipped { printError("policytext: skipped \(path) (not UTF-8 text)") }
        let names = paths.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: " ")
        var text = "# PolicyText learned lexicon (jieba format: word freq). Generated, do not edit: see lexicon-README.md.\n"
        text += "# policytext lexicon learn over \(result.files) files (\(names)); \(result.words.count) words.\n"
        for (word, frequency) in result.words { text += "\(word) \(frequency)\n" }
        if let output {
            try text.write(toFile: output, atomically: true, encoding: .utf8)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
