import ArgumentParser
import Foundation
import PolicyText

struct RecognizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recognize",
        abstract: "Print every number, percentage, quantity, multiplier and time expression as one JSON line.",
        discussion: """
            Spans are source offsets (Unicode scalars of the decoded file); relative times (今年, 两年内) resolve \
            against --date, else the date found in the document. Example:
              echo '力争到2030年全省生产总值翻一番，今年增长5%左右' | policytext recognize --date 2026-01-14
            """
    )

    @Argument(help: "The document to read; - or nothing reads standard input.")
    var file: String = "-"

    @Option(help: "The document date (YYYY-MM-DD or YYYY); default: found in the document.")
    var date: DateArgument?

    @Option(name: .customLong("max-bytes"), help: "Refuse files larger than this many bytes.")
    var maxBytes = 256 << 20

    func run() throws {
        let analyzer = try PolicyAnalyzer(maxBytes: maxBytes)
        do {
            let bytes = file == "-" ? Array(FileHandle.standardInput.readDataToEndOfFile()) : try analyzer.reader.read(path: file)
            let normalized = analyzer.normalizer.normalize(try analyzer.decode(bytes, format: DocumentFormat(path: file)))
            let documentDate = date?.date ?? analyzer.dateDetector.detect(in: normalized.scalars, fileName: file)?.date
            let recognizer = try Recognizer()
            var out = ""
            for entity in recognizer.recognize(normalized.scalars, documentDate: documentDate) {
                out += EntityRecord(entity, span: normalized.span(entity.range)).jsonLine() + "\n"
            }
            FileHandle.standardOutput.write(Data(out.utf8))
        } catch {
            printError("policytext recognize: \(file): \(error)")
            throw ExitCode(1)
        }
    }
}
