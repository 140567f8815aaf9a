import ArgumentParser
import Foundation
import PolicyText

struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Cut text into words: one output line per input line, words separated by single spaces.",
        discussion: """
            The built-in lexicon keeps policy vocabulary whole (制造业, 招商引资, 放管服, 专精特新, 一揽子); numbers \
            with their units (5.5%, 1.5万亿元, 2023—2026年), formulas (1+14, 转型+增效), Latin words and URLs stay \
            whole. User lexicons use jieba's `word [freq] [tag]` lines, so a jieba userdict.txt works as it is.
            Examples:
              policytext segment report.txt
              policytext segment --lexicon userdict.txt --format jsonl report.txt
              policytext segment --normalize Corpus/000_9710c98421749e77.txt      (Traditional/pinyin cleaned first)
            """
    )

    @Argument(help: "The document to cut (.txt, .md, .html, .docx; the encoding is detected); - or nothing reads standard input.")
    var file: String = "-"

    @Option(help: "spaced (words separated by spaces) or jsonl (one token per line: text, kind, start, end).")
    var format: Format = .spaced

    @Option(help: ArgumentHelp("A user lexicon in jieba's format; repeatable. Its words win over the built-in ones.", valueName: "file"))
    var lexicon: [String] = []

    @Option(help: "Segmentation convention: pku (default) or msr (names and long organisation names whole).")
    var convention: Tokenizer.Convention = .pku

    @Flag(help: "Also learn new words from this text before cutting it (frequency, cohesion, branching entropy).")
    var discover = false

    @Flag(help: "Decode and normalize first (Traditional→Simplified, pinyin, chrome); jsonl offsets stay source offsets.")
    var normalize = false

    @Option(name: .customLong("max-bytes"), help: "Refuse files larger than this many bytes.")
    var maxBytes = 256 << 20

    enum Format: String, ExpressibleByArgument, CaseIterable { case spaced, jsonl }

    func run() throws {
        do {
            let userLexicons = try lexicon.map { path throws(DataFile.LoadError) in try Lexicon(contentsOf: path) }
            var options = Tokenizer.Options()
            options.convention = convention
            options.discoverNewWords = discover
            let tokenizer = try Tokenizer(userLexicons: userLexicons, options: options)
            let bytes = file == "-" ? Array(FileHandle.standardInput.readDataToEndOfFile())
                : try DocumentReader(maxBytes: maxBytes).read(path: file)
            let documentFormat = file == "-" ? DocumentFormat.text : DocumentFormat(path: file)
            let source = try DocumentDecoder(maxBytes: maxBytes).decode(bytes, format: documentFormat)
            let normalized = normalize ? Normalizer().normalize(source) : nil
            let text = normalized?.text ?? source.text
            switch format {
            case .spaced:
                FileHandle.standardOutput.write(Data(tokenizer.spacedLinesUTF8(text)))
            case .jsonl:
                var out = ""
                for token in tokenizer.tokenize(text) where token.kind != .space {
                    let range = normalized?.sourceRange(token.start..<token.end) ?? token.start..<token.end
                    out += "{\"text\":\(JSONString.quoted(token.text)),\"kind\":\"\(token.kind.rawValue)\",\"start\":\(range.lowerBound),\"end\":\(range.upperBound)}\n"
                    if out.utf8.count > 1 << 16 {
                        FileHandle.standardOutput.write(Data(out.utf8))
                        out = ""
                    }
                }
                FileHandle.standardOutput.write(Data(out.utf8))
            }
        } catch let error as DataFile.LoadError {
            throw ValidationError("\(error)")
        } catch {
            printError("policytext segment: \(file): \(error)")
            throw ExitCode(1)
        }
    }
}

extension Tokenizer.Convention: ExpressibleByArgument {}
