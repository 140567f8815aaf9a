import Foundation
import Testing

@Suite struct StatsCommandTests {
    @Test func seedOverview() throws {
        let result = try CLIRunner.run(["stats", "Corpus", "--top", "50"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("documents  1 (0 failed)"))
        #expect(result.stdout.contains("targets    4"))
        let sloganLines = result.stdout.components(separatedBy: "top slogans (documents)\n").last ?? ""
        for slogan in ["两个确保", "十大战略", "1+14", "放管服效", "万人助万企"] {
            #expect(sloganLines.contains(slogan), "\(slogan)")
        }
        // 规模以上制造业增加值 is due in 2026, the end of the 2023—2026 plan.
        #expect(result.stdout.contains("规模以上制造业增加值"))
        #expect(result.stdout.split(separator: "\n").contains { $0.hasPrefix("规模以上制造业增加值") && $0.hasSuffix("2026:1") })
    }

    @Test func providesHelpWithAnExample() throws {
        for command in ["extract", "stats", "report", "segment", "normalize", "recognize", "evaluate", "evaluate extraction",
                        "evaluate segmentation", "lexicon", "lexicon learn"] {
            let result = try CLIRunner.run(command.split(separator: " ").map(String.init) + ["--help"])
            #expect(result.status == 0)
            #expect(result.stdout.contains("Example"), "\(command)")
        }
    }
}
