import Testing
@testable import PolicyText

@Suite struct EvaluateScorerTests {
    typealias P = ExtractionPrediction

    /// A small gold document over the text "今年全省生产总值增长5%左右，城镇新增就业86万人。坚持“两个确保”。".
    static let gold = GoldDocument(
        document: "provincial-2026/测试.txt", root: .shared, date: CivilDate(year: 2026, month: 2, day: 1),
        targets: [
            .init(span: Span(start: 2, end: 14, text: "全省生产总值增长5%左右"), metric: "全省生产总值", kind: "growth",
                  value: 5, unit: "%", bound: "approx", year: 2026),
            .init(span: Span(start: 15, end: 25, text: "城镇新增就业86万人"), metric: "城镇新增就业", kind: "count",
                  value: 86, unit: "万人", bound: "exact", year: 2026),
        ],
        times: [
            .init(span: Span(start: 0, end: 2, text: "今年"), text: "今年", kind: "point",
                  start: CivilDate(year: 2026, month: 1, day: 1), end: CivilDate(year: 2026, month: 12, day: 31),
                  basis: "document-date"),
        ],
        slogans: [.init(span: Span(start: 29, end: 33, text: "两个确保"), text: "两个确保", form: "numbered", head: nil)]
    )

    static let perfect = P(
        path: "provincial-2026/测试.txt",
        targets: [
            .init(span: .init(start: 2, end: 14), metric: "全省生产总值", kind: "growth", value: 5, unit: "%", bound: "approx", year: 2026),
            .init(span: .init(start: 15, end: 25), metric: "城镇新增就业", kind: "count", value: 86, unit: "万人", bound: "exact", year: 2026),
        ],
        times: [.init(span: .init(start: 0, end: 2), end: "2026-12-31")],
        slogans: [.init(span: .init(start: 28, end: 34), text: "“两个确保”")]
    )

    @Test func perfectPredictionScoresOne() {
        let score = ExtractionScorer().score(gold: Self.gold, prediction: Self.perfect)
        for s in [score.targets, score.times, score.slogans] {
            #expect(s.falsePositives == 0 && s.falseNegatives == 0)
            #expect(s.precision == 1 && s.recall == 1 && s.f1 == 1)
        }
        #expect(score.targets.truePositives == 2)
        #expect(score.targetAgreement == TargetAgreement(matched: 2, metric: 2, kind: 2, value: 2, bound: 2, year: 2))
        #expect(score.missed.isEmpty && score.spurious.isEmpty)
    }

    @Test func partialPredictionCountsMissesAndWrongValues() {
        var p = Self.perfect
        p.targets = [
            // Right span, wrong value: not a match, so one FP and one FN.
            .init(span: .init(start: 2, end: 14), metric: "全省生产总值", value: 5.5),
            // Overlapping span, same value, wrong metric and year: a match with partial agreement.
            .init(span: .init(start: 19, end: 25), metric: "新增就业", kind: "count", value: 86, bound: "exact", year: 2025),
        ]
        p.times = [.init(span: .init(start: 0, end: 2), end: "2025-12-31")]  // wrong end
        p.slogans = []
        let score = ExtractionScorer().score(gold: Self.gold, prediction: p)
        #expect(score.targets == TypeScore(truePositives: 1, falsePositives: 1, falseNegatives: 1))
        #expect(score.targets.precision == 0.5 && score.targets.recall == 0.5)
        #expect(score.targetAgreement == TargetAgreement(matched: 1, metric: 0, kind: 1, value: 1, bound: 1, year: 0))
        #expect(score.times == TypeScore(truePositives: 0, falsePositives: 1, falseNegatives: 1))
        #expect(score.slogans == TypeScore(truePositives: 0, falsePositives: 0, falseNegatives: 1))
        #expect(score.slogans.precision == 0 && score.slogans.f1 == 0)
        #expect(score.missed.map(\.type).sorted() == ["slogan", "target", "time"])
        #expect(score.spurious.first { $0.type == "target" }?.key == "5.5")
    }

    @Test func emptyPredictionAndEmptyGold() {
        let none = ExtractionScorer().score(gold: Self.gold, prediction: nil)
        #expect(!none.predicted)
        #expect(none.targets == TypeScore(truePositives: 0, falsePositives: 0, falseNegatives: 2))
        #expect(none.times.recall == 0 && none.times.f1 == 0)
        let emptyGold = GoldDocument(document: "x.txt", root: .shared, date: nil)
        let both = ExtractionScorer().score(gold: emptyGold, prediction: P(path: "x.txt"))
        #expect(both.targets.f1 == 1 && both.slogans.precision == 1)
        let spurious = ExtractionScorer().score(gold: emptyGold, prediction: Self.perfect)
        #expect(spurious.targets == TypeScore(truePositives: 0, falsePositives: 2, falseNegatives: 0))
        #expect(spurious.targets.precision == 0 && spurious.targets.recall == 0)
    }

    @Test func duplicatePredictionsMatchOnce() {
        var p = Self.perfect
        p.slogans = [.init(span: .init(start: 29, end: 33), text: "两个确保"), .init(span: .init(start: 29, end: 33), text: "两个 确保")]
        p.times = [.init(span: .init(start: 0, end: 2), end: "2026-12-31"), .init(span: .init(start: 1, end: 2), end: "2026-12-31")]
        let score = ExtractionScorer().score(gold: Self.gold, prediction: p)
        #expect(score.slogans == TypeScore(truePositives: 1, falsePositives: 1, falseNegatives: 0))
        #expect(score.times == TypeScore(truePositives: 1, falsePositives: 1, falseNegatives: 0))
        // The larger overlap wins the gold time; the shorter duplicate is the spurious one.
        #expect(score.spurious.first { $0.type == "time" }?.start == 1)
    }

    @Test func twoTargetsOnOneStretchBothMatch() {
        // Seed style: 制造业投资和产能实现倍增 gives two gold targets on the same stretch.
        let span = Span(start: 10, end: 22, text: "制造业投资和产能实现倍增")
        let gold = GoldDocument(document: "seed.txt", root: .project, date: nil, targets: [
            .init(span: span, metric: "制造业投资", kind: "multiplier", value: 2, unit: "倍", bound: "exact", year: 2025),
            .init(span: span, metric: "产能", kind: "multiplier", value: 2, unit: "倍", bound: "exact", year: 2025),
        ])
        let p = P(path: "seed.txt", targets: [
            .init(span: .init(start: 10, end: 15), metric: "制造业投资", value: 2),
            .init(span: .init(start: 16, end: 22), metric: "产能", value: 2),
            .init(span: .init(start: 16, end: 22), metric: "产能", value: 2),
        ])
        let score = ExtractionScorer().score(gold: gold, prediction: p)
        #expect(score.targets == TypeScore(truePositives: 2, falsePositives: 1, falseNegatives: 0))
    }

    @Test func reportMatchesPathsAndMicroAverages() {
        let other = GoldDocument(document: "national/work-reports/2025.txt", root: .shared, date: nil, slogans: [
            .init(span: Span(start: 0, end: 2, text: "两新"), text: "两新", form: "numbered", head: nil),
        ])
        var p = Self.perfect
        p.path = "corpus/provincial-2026/测试.txt"
        let stray = P(path: "laws/x.txt")
        let report = ExtractionReport(gold: [Self.gold, other], predictions: [stray, p])
        #expect(report.documents.map(\.predicted) == [true, false])
        #expect(report.unmatchedPredictions == ["laws/x.txt"])
        #expect(report.slogans == TypeScore(truePositives: 1, falsePositives: 0, falseNegatives: 1))
        #expect(report.targets.f1 == 1)
        let table = report.render(details: true)
        #expect(table.contains("micro average (2 documents)"))
        #expect(table.contains("(no prediction)"))
        #expect(table.contains("missed   slogan 0..<2 两新"))
        #expect(!ExtractionReport.samePath("a/b.txt", "ab.txt"))
        #expect(ExtractionReport.samePath("Corpus/000_9710c98421749e77.txt", "000_9710c98421749e77.txt"))
    }

    @Test func decodesExtractJSONLines() throws {
        let jsonl = """
        {"path": "a.txt", "encoding": "UTF-8", "targets": [{"span": {"start": 1, "end": 5, "text": "x"}, "metric": "m", "value": 5, "upper": null, "time": 0, "kind": "growth"}], "times": [{"span": {"start": 0, "end": 1}, "end": null}], "commitments": []}
        {"path": "b.txt", "error": "cannot decode"}
        """
        let predictions = try ExtractionPrediction.decodeLines(DataFile(name: "run.jsonl", contents: jsonl))
        #expect(predictions.count == 2)
        #expect(predictions[0].targets.first?.value == 5 && predictions[0].times.first?.end == nil)
        #expect(predictions[1].error == "cannot decode" && predictions[1].slogans.isEmpty)
        #expect(throws: DataFile.LoadError.self) {
            try ExtractionPrediction.decodeLines(DataFile(name: "bad.jsonl", contents: "{\"targets\": [{\"value\": 1}]}"))
        }
    }
}
