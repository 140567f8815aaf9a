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

    /// The commitments section counts each commitment of the JSON record once, under its modality's strength.
    @Test func commitmentsByStrengthAgreeWithTheRecords() throws {
        let records = try CLIRunner.records(CLIRunner.run(["extract", "Corpus", "-q"]).stdout)
        var expected: [String: Int] = [:]
        for record in records {
            for commitment in record["commitments"] as? [[String: Any]] ?? [] {
                let modality = commitment["modality"] as? [String: Any]
                expected[modality?["strength"] as? String ?? "?", default: 0] += 1
            }
        }
        let total = expected.values.reduce(0, +)
        #expect(total > 0)
        let stats = try CLIRunner.run(["stats", "Corpus"]).stdout
        #expect(stats.contains("commitments by strength of modality (\(total))"))
        for strength in ["obligation", "directive", "intention", "aspiration", "encouragement", "forecast"] {
            let row = stats.split(separator: "\n").first { $0.hasPrefix(strength + " ") }
            let count = row.flatMap { $0.split(separator: " ").dropFirst().first }.map(String.init)
            #expect(count == String(expected[strength] ?? 0), "\(strength)")
        }
    }

    /// Commitments by actor: each actor of the JSON records with its count, the most frequent first.
    @Test func commitmentsByActorAgreeWithTheRecords() throws {
        let records = try CLIRunner.records(CLIRunner.run(["extract", "Corpus", "-q"]).stdout)
        var expected: [String: Int] = [:]
        for record in records {
            for commitment in record["commitments"] as? [[String: Any]] ?? [] {
                expected[commitment["actor"] as? String ?? "unknown", default: 0] += 1
            }
        }
        #expect(expected.count > 1)
        let stats = try CLIRunner.run(["stats", "Corpus", "--top", "50"]).stdout
        let section = stats.components(separatedBy: "commitments by actor (top 50)\n").last?
            .components(separatedBy: "\n\n").first ?? ""
        let rows = section.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(rows.count == expected.count)
        for row in rows { #expect(row.count == 2 && expected[row[0]].map(String.init) == row[1], "\(row)") }
        let counts = rows.compactMap { Int($0.last ?? "") }
        #expect(counts == counts.sorted(by: >))
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
