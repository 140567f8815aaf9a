import ArgumentParser
import Foundation
import PolicyText

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score PolicyText against gold annotations.",
        discussion: "Examples: policytext evaluate extraction --gold Corpus/gold; policytext evaluate segmentation --help",
        subcommands: [EvaluateExtractionCommand.self, EvaluateSegmentationCommand.self]
    )
}

struct EvaluateExtractionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extraction",
        abstract: "Precision, recall and F1 of targets, times, slogans and commitments against a gold folder.",
        discussion: """
            Each gold file names its document (in ../shared/corpus or in this project); the document is analysed with \
            the gold's date and the result scored. Commitments are scored only inside a gold file's \
            commitmentWindow, and only for files that have one. Example:
              policytext evaluate extraction --gold Corpus/gold --details
            """
    )

    @Option(help: "Folder of *.gold.json files.")
    var gold = "Corpus/gold"

    @Option(help: "Where documents with root \"shared\" live.")
    var corpus = "../shared/corpus"

    @Option(help: "Where documents with root \"project\" live (the package root).")
    var project = "."

    @Option(help: "Score saved `policytext extract` JSONL output instead of analysing the documents.")
    var predictions: String?

    @Flag(help: "List every missed and spurious item.")
    var details = false

    @Flag(help: "Print the report as JSON.")
    var json = false

    func run() throws {
        let documents: [GoldDocument]
        do {
            documents = try GoldDocument.loadFolder(gold)
        } catch {
            throw ValidationError("\(error)")
        }
        var predicted: [ExtractionPrediction] = []
        if let predictions {
            do {
                predicted = try ExtractionPrediction.decodeLines(try DataFile(path: predictions))
            } catch {
                throw ValidationError("\(error)")
            }
        } else {
            let analyzer = try PolicyAnalyzer()
            let encoder = JSONEncoder()
            let decoder = JSONDecoder()
            for document in documents {
                let path = document.sourcePath(sharedCorpus: corpus, projectRoot: project)
                let record = analyzer.analyze(contentsOf: path, displayPath: document.document, date: document.date)
                if let error = record.error { printError("policytext: \(document.document): \(error)") }
                predicted.append(try decoder.decode(ExtractionPrediction.self, from: try encoder.encode(record)))
            }
        }
        let report = ExtractionReport(gold: documents, predictions: predicted)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            print(report.render(details: details), terminator: "")
        }
    }
}
