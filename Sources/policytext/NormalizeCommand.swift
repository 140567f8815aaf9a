import ArgumentParser
import Foundation
import PolicyText

struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Print a document's normalized text: decoded, Simplified, width-folded, without pinyin annotations, web chrome or mojibake.",
        discussion: "Example: policytext normalize Corpus/000_9710c98421749e77.txt"
    )

    @Argument(help: "The document to read (.txt, .md, .html, .docx; the encoding is detected); - or nothing reads standard input.")
    var file: String = "-"

    @Option(name: .customLong("max-bytes"), help: "Refuse files larger than this many bytes.")
    var maxBytes = 256 << 20

    func run() throws {
        let bytes: [UInt8]
        do {
            bytes = file == "-" ? Array(FileHandle.standardInput.readDataToEndOfFile())
                : try DocumentReader(maxBytes: maxBytes).read(path: file)
            let documentFormat = file == "-" ? DocumentFormat.text : DocumentFormat(path: file)
            let source = try DocumentDecoder(maxBytes: maxBytes).decode(bytes, format: documentFormat)
            let normalized = Normalizer().normalize(source)
            FileHandle.standardOutput.write(Data(normalized.text.utf8))
            if normalized.scalars.last != "\n" { FileHandle.standardOutput.write(Data("\n".utf8)) }
        } catch {
            printError("policytext normalize: \(file): \(error)")
            throw ExitCode(1)
        }
    }
}
