import ArgumentParser
import Foundation
import PolicyText

struct EvaluateSegmentationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segmentation",
        abstract: "Precision, recall, F1 and OOV recall of segmentation, scored as the SIGHAN bakeoff does.",
        discussion: """
            Segments --input (one sentence per line) with PolicyText, or scores an already segmented --test file, \
            against --gold. Example:
              policytext evaluate segmentation --gold ../shared/icwb2/pku_test_gold.utf8 \\
                --input ../shared/icwb2/pku_test.utf8 --training-words ../shared/icwb2/pku_training_words.utf8
            """
    )

    @Option(help: "The gold segmentation: words separated by spaces, one sentence per line.")
    var gold: String

    @Option(help: "Unsegmented text to segment with PolicyText, line for line with --gold.")
    var input: String?

    @Option(help: "An already segmented file to score instead of --input.")
    var test: String?

    @Option(name: .customLong("training-words"), help: "The bakeoff's training word list, for OOV recall.")
    var trainingWords: String?

    @Option(help: ArgumentHelp("A user lexicon in jieba's format; repeatable.", valueName: "file"))
    var lexicon: [String] = []

    @Option(help: "Segmentation convention: pku (default) or msr.")
    var convention: Tokenizer.Convention = .pku

    @Flag(help: "Learn new words from the input before cutting it.")
    var discover = false

    func validate() throws {
        if (input == nil) == (test == nil) { throw ValidationError("give exactly one of --input and --test") }
    }

    func run() throws {
        func lines(_ path: String) throws -> [String] {
            guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("cannot read \(path)") }
            // Split on bytes: the bakeoff files end lines with CRLF, which Swift reads as one Character.
            var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
                String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line, as: UTF8.self)
            }
            if lines.last == "" { lines.removeLast() }
            return lines
        }
        let goldLines = try lines(gold)
        let tested: [String]
        if let test {
            tested = try lines(test)
        } else if let input {
            var options = Tokenizer.Options()
            options.convention = convention
            options.discoverNewWords = discover
            let userLexicons: [Lexicon]
            let tokenizer: Tokenizer
            do {
                userLexicons = try lexicon.map { path throws(DataFile.LoadError) in try Lexicon(contentsOf: path) }
                tokenizer = try Tokenizer(userLexicons: userLexicons, options: options)
            } catch {
                throw ValidationError("\(error)")
            }
            let segmented = tokenizer.spacedLinesUTF8(try lines(input).joined(separator: "\n") + "\n")
            tested = segmented.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast()
                .map { String(decoding: $0, as: UTF8.self) }
        } else {
            tested = []
        }
        let training = try trainingWords.map { Set(try lines($0).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }) }
        do {
            print(try SegmentationScore.score(gold: goldLines, test: tested, trainingWords: training).summary)
        } catch {
            throw ValidationError("\(error)")
        }
    }
}
