import ArgumentParser
import Foundation
import PolicyText

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "A corpus overview: documents, characters, encodings, top slogans, targets per metric and year.",
        discussion: "Example: policytext stats ../shared/corpus/provincial-2026 --top 15"
    )

    @OptionGroup var input: InputOptions

    @Option(help: "How many slogans and metrics to list.")
    var top = 20

    @Option(help: "Documents analysed at once (default: the number of cores).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    func run() throws {
        let stream = input.documentStream()
        for skip in stream.skipped { printError("policytext: skipped \(skip)") }
        let analyzer = try PolicyAnalyzer(maxBytes: input.maxBytes)
        var statistics = CorpusStatistics()
        catchInterruptions()
        analyzer.analyze(stream.lazy.map(\.input), jobs: max(1, jobs)) { record in
            if interrupted.load(ordering: .relaxed) { return false }
            statistics.add(record)
            return true
        }
        print(statistics.render(top: top), terminator: "")
    }
}
