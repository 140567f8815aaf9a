import Foundation
import Testing
@testable import PolicyText

@Suite struct EvaluateGoldTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let goldFolder = packageRoot + "/Corpus/gold"
    static let sharedCorpus = packageRoot + "/../shared/corpus"
    static let hasShared = FileManager.default.fileExists(atPath: sharedCorpus)

    static let valid = """
    {"document": "a.txt", "root": "shared", "date": "2026-01-22",
     "targets": [{"span": {"start": 0, "end": 4, "text": "增长5%"}, "metric": "生产总值", "kind": "growth", "value": 5,
                  "upper": null, "unit": "%", "bound": "exact", "year": 2026}],
     "times": [{"span": {"start": 5, "end": 7, "text": "今年"}, "text": "今年", "kind": "point", "start": "2026-01-01",
                "end": "2026-12-31", "basis": "document-date"}],
     "slogans": []}
    """

    @Test func decodesValidGold() throws {
        let gold = try GoldDocument.decode(DataFile(name: "a.gold.json", contents: Self.valid))
        #expect(gold.root == .shared && gold.date == CivilDate(year: 2026, month: 1, day: 22))
        #expect(gold.targets.first?.upper == nil && gold.times.first?.end == CivilDate(year: 2026, month: 12, day: 31))
    }

    @Test(arguments: [
        ("\"kind\": \"growth\"", "\"kind\": \"speed\"", "targets[0]: kind \"speed\""),
        ("\"bound\": \"exact\"", "\"bound\": \"range\"", "targets[0]: bound range needs upper"),
        ("\"end\": \"2026-12-31\"", "\"end\": \"2025-12-31\"", "times[0]: end 2025-12-31 before start"),
        ("\"end\": \"2026-12-31\"", "\"end\": \"2026-13-31\"", "times[0].end"),
        ("\"root\": \"shared\"", "\"root\": \"cloud\"", "root"),
        ("\"start\": 5, \"end\": 7", "\"start\": 7, \"end\": 7", "times[0]: span 7..<7"),
        ("\"metric\": \"生产总值\", ", "", "missing field \"metric\" at targets[0]"),
    ])
    func namesFileAndProblem(_ replace: (String, String, String)) {
        let contents = Self.valid.replacingOccurrences(of: replace.0, with: replace.1)
        #expect(contents != Self.valid)
        do {
            _ = try GoldDocument.decode(DataFile(name: "bad.gold.json", contents: contents))
            Issue.record("expected an error for \(replace.1)")
        } catch {
            #expect(error.file == "bad.gold.json")
            #expect(error.description.contains(replace.2), "\(error.description)")
        }
    }

    @Test func rejectsDuplicatesAndEmptyFolders() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gold-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(throws: DataFile.LoadError.self) { try GoldDocument.loadFolder(dir) }
        #expect(throws: DataFile.LoadError.self) { try GoldDocument.loadFolder(dir + "/missing") }
        try Self.valid.write(toFile: dir + "/a.gold.json", atomically: true, encoding: .utf8)
        #expect(try GoldDocument.loadFolder(dir).count == 1)
        try Self.valid.write(toFile: dir + "/b.gold.json", atomically: true, encoding: .utf8)
        do {
            _ = try GoldDocument.loadFolder(dir)
            Issue.record("two gold files for one document must be an error")
        } catch {
            #expect(error.file.hasSuffix("b.gold.json") && error.message.contains("a.gold.json"))
        }
        let duplicated = Self.valid.replacingOccurrences(of: "\"slogans\": []",
            with: "\"slogans\": [{\"span\": {\"start\": 9, \"end\": 11, \"text\": \"三保\"}, \"text\": \"三保\", \"form\": \"numbered\"},"
                + "{\"span\": {\"start\": 9, \"end\": 11, \"text\": \"三保\"}, \"text\": \"三保\", \"form\": \"numbered\"}]")
        #expect(GoldDocument.decodeProblems(duplicated).contains { $0.contains("slogans[1]: duplicate") })
    }

    @Test func seedStyleSpansReadThroughPinyinAndMojibake() {
        let source = "錨定“兩個確?!?、實(shí)施“十大戰(zhàn)略”"
        let gold = GoldDocument(document: "seed.txt", root: .project, date: nil, slogans: [
            .init(span: Span(start: 3, end: 7, text: "两个确保"), text: "两个确保", form: "numbered", head: nil),
            .init(span: Span(start: 18, end: 28, text: "十大战略"), text: "十大战略", form: "numbered", head: nil),
        ])
        #expect(gold.spanProblems(in: source, exact: false).isEmpty)
        #expect(gold.spanProblems(in: source, exact: true).count == 2)
        var wrong = gold
        wrong.slogans[1].span.start = 17
        #expect(wrong.spanProblems(in: source, exact: false).count == 1)
    }

    @Test(.enabled(if: EvaluateGoldTests.hasShared))
    func everyGoldFileLoadsAndMatchesItsDocument() throws {
        let documents = try GoldDocument.loadFolder(Self.goldFolder)
        #expect(documents.count >= 7)
        #expect(documents.filter { $0.root == .shared }.count >= 6)
        for gold in documents {
            let path = gold.sourcePath(sharedCorpus: Self.sharedCorpus, projectRoot: Self.packageRoot)
            let bytes = try #require(FileManager.default.contents(atPath: path), "missing \(path)")
            let source = try SourceDecoder().decode(Array(bytes))
            let problems = gold.spanProblems(in: source.text, exact: gold.root == .shared)
            #expect(problems.isEmpty, "\(gold.document): \(problems.prefix(5))")
            #expect(!gold.times.isEmpty && !gold.slogans.isEmpty, "\(gold.document)")
        }
    }

    @Test func everyGoldFileScoresPerfectlyAgainstItself() throws {
        let documents = try GoldDocument.loadFolder(Self.goldFolder)
        let report = ExtractionReport(gold: documents, predictions: documents.map { ExtractionPrediction(gold: $0) })
        for type in [report.targets, report.times, report.slogans] {
            #expect(type.f1 == 1 && type.falsePositives == 0 && type.falseNegatives == 0)
        }
        #expect(report.targetAgreement.matched == report.targets.truePositives)
        #expect(report.targetAgreement.year == report.targetAgreement.matched)
        // Dropping every time's end date breaks each time match, and only those.
        var predictions = documents.map { ExtractionPrediction(gold: $0) }
        for i in predictions.indices {
            for j in predictions[i].times.indices { predictions[i].times[j].end = "1900-01-01" }
        }
        let broken = ExtractionReport(gold: documents, predictions: predictions)
        #expect(broken.times.truePositives == 0 && broken.times.falseNegatives == report.times.truePositives)
        #expect(broken.targets == report.targets)
    }

    @Test func seedGoldHasItsFourDoublingTargets() throws {
        let seed = try GoldDocument.load(path: Self.goldFolder + "/seed.gold.json")
        let doubling = seed.targets.filter { $0.kind == "multiplier" }.sorted { ($0.year ?? 0, $0.metric) < ($1.year ?? 0, $1.metric) }
        #expect(doubling.map(\.metric) == ["制造业招商到位资金", "产能", "制造业投资", "规模以上制造业增加值"])
        #expect(doubling.map(\.year) == [2024, 2025, 2025, 2026])
        #expect(Set(seed.slogans.map(\.text)).isSuperset(of: ["两个确保", "十大战略", "一高四新两能", "1+14", "放管服效", "万人助万企"]))
        let source = try String(contentsOfFile: Self.packageRoot + "/Corpus/000_9710c98421749e77.txt", encoding: .utf8)
        #expect(seed.spanProblems(in: source, exact: false).isEmpty)
    }
}

extension GoldDocument {
    /// Test helper: the decoding or validation problems of gold JSON text.
    static func decodeProblems(_ contents: String) -> [String] {
        do {
            _ = try decode(DataFile(name: "t.gold.json", contents: contents))
            return []
        } catch {
            return [error.description]
        }
    }
}
