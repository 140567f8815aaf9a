import Foundation
import Testing
@testable import PolicyText

/// One analyzer shared by many tasks at once gives the same records as one task alone (run under
/// `--sanitize=thread` by scripts/sanitizers.sh: no data race may be reported).
@Suite struct PolicyAnalyzerConcurrencyTests {
    @Test func sharedAnalyzerFromManyTasks() async throws {
        let analyzer = try PolicyAnalyzer()
        let seed = try [UInt8](Data(contentsOf: TestPaths.seed))
        let texts: [[UInt8]] = [seed] + [
            "——2026年1月14日在省人民代表大会上\n今年全省生产总值增长5%左右，城镇新增就业110万人以上。",
            "力争到2030年规模以上工业增加值翻一番，“十五五”期间实施“1+N”政策体系。",
            "第二十七条　本法自2026年1月1日起施行。",
        ].map { Array($0.utf8) }
        let expected = texts.enumerated().map { analyzer.analyze(bytes: $1, path: "doc\($0).txt") }
        let records = await withTaskGroup(of: (Int, DocumentAnalysis).self) { group in
            for round in 0..<16 {
                for (index, bytes) in texts.enumerated() {
                    group.addTask { (index, analyzer.analyze(bytes: bytes, path: "doc\(index).txt")) }
                }
                _ = round
            }
            var all: [(Int, DocumentAnalysis)] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(records.count == 16 * texts.count)
        for (index, record) in records { #expect(record == expected[index]) }
        #expect(expected[0].targets.count == 4)
    }

    @Test func batchRunsMatchWhateverTheJobs() throws {
        let analyzer = try PolicyAnalyzer()
        let inputs = (0..<24).map { DocumentInput.text("今年第\($0)项：城镇新增就业\($0 + 1)万人以上，增长\($0)%左右。", displayPath: "t\($0)") }
        var one: [DocumentAnalysis] = [], two: [DocumentAnalysis] = []
        analyzer.analyze(inputs, jobs: 1) { one.append($0); return true }
        analyzer.analyze(inputs, jobs: 2) { two.append($0); return true }
        #expect(one == two)
        #expect(one.map(\.path) == inputs.map(\.displayPath))
    }
}
