import Foundation
import Testing
@testable import PolicyText

/// The commitment part of the extraction scorer, on small hand-made cases.
@Suite struct EvaluateCommitmentTests {
    typealias P = ExtractionPrediction

    static func commitment(_ start: Int, _ end: Int, _ text: String = "x", actor: String? = "国务院",
                           strength: String = "intention", action: String = "x") -> GoldDocument.Commitment {
        .init(span: Span(start: start, end: end, text: text), actor: actor, strength: strength, action: action)
    }

    static func gold(window: (Int, Int)? = (0, 1000), _ commitments: [GoldDocument.Commitment]) -> GoldDocument {
        GoldDocument(document: "national/work-reports/2025.txt", root: .shared, date: nil,
                     commitmentWindow: window.map { Span(start: $0.0, end: $0.1, text: "二、…") }, commitments: commitments)
    }

    static func predicted(_ start: Int, _ end: Int, actor: String? = "国务院", strength: String? = "intention",
                          action: String? = "x") -> P.Commitment {
        .init(span: .init(start: start, end: end), actor: actor, strength: strength, action: action)
    }

    static func score(_ gold: GoldDocument, _ commitments: [P.Commitment]) -> DocumentScore {
        ExtractionScorer().score(gold: gold, prediction: P(path: gold.document, commitments: commitments))
    }

    @Test func spansMatchWhenTheyOverlapByHalfTheLongerOne() {
        let gold = Self.gold([Self.commitment(0, 20), Self.commitment(40, 50), Self.commitment(100, 120)])
        let score = Self.score(gold, [
            Self.predicted(5, 20),     // overlap 15 of 20: a match
            Self.predicted(45, 55),    // overlap 5, longer 10: exactly half, a match
            Self.predicted(112, 140),  // overlap 8, longer 28: no match
        ])
        #expect(score.commitments == TypeScore(truePositives: 2, falsePositives: 1, falseNegatives: 1))
        #expect(score.missed.map(\.start) == [100] && score.missed.first?.type == "commitment")
        #expect(score.spurious.map(\.start) == [112] && score.spurious.first?.key == "intention")
        #expect(ExtractionScorer.matchInOrder(gold: [(0, 10)], predicted: [(6, 10)]).isEmpty)  // 4 of 10
    }

    @Test func matchingIsOneToOneInSpanOrder() {
        let gold = Self.gold([Self.commitment(0, 10), Self.commitment(10, 20)])
        // Two copies of the first unit, and one unit that straddles both gold units (half of each): the first copy
        // takes the first gold unit, the straddling one the second; the second copy is left over.
        let score = Self.score(gold, [Self.predicted(0, 10), Self.predicted(0, 10), Self.predicted(5, 15)])
        #expect(score.commitments == TypeScore(truePositives: 2, falsePositives: 1, falseNegatives: 0))
        #expect(score.spurious.map(\.start) == [0])
    }

    @Test func onlyPredictionsInsideTheWindowCount() {
        let gold = Self.gold(window: (100, 200), [Self.commitment(120, 140)])
        let score = Self.score(gold, [
            Self.predicted(10, 30),    // before the window: ignored
            Self.predicted(90, 110),   // half inside: ignored (more than half is needed)
            Self.predicted(120, 140),  // the match
            Self.predicted(185, 205),  // three quarters inside: a false positive
            Self.predicted(300, 320),  // after: ignored
        ])
        #expect(score.commitments == TypeScore(truePositives: 1, falsePositives: 1, falseNegatives: 0))
        #expect(score.spurious.map(\.start) == [185])
    }

    @Test func documentsWithoutAWindowAreNotScored() {
        let unannotated = Self.gold(window: nil, [])
        let score = Self.score(unannotated, [Self.predicted(0, 10)])
        #expect(score.commitments == nil && score.commitmentAgreement == nil && score.spurious.isEmpty)
        let annotated = Self.gold([Self.commitment(0, 10)])
        var other = annotated
        other.document = "provincial-2026/河南省.txt"
        other.commitmentWindow = nil
        other.commitments = []
        let report = ExtractionReport(gold: [annotated, other], predictions: [
            P(path: annotated.document, commitments: [Self.predicted(0, 10)]),
            P(path: other.document, commitments: [Self.predicted(0, 10), Self.predicted(20, 30)]),
        ])
        #expect(report.commitmentDocuments == 1)
        #expect(report.commitments == TypeScore(truePositives: 1, falsePositives: 0, falseNegatives: 0))
        let table = report.render()
        #expect(table.components(separatedBy: "commits ").count - 1 == 2)  // the one document and the average
        #expect(table.contains("inside the windows of 1 documents): matched 1; agreement: strength 1.000, actor 1.000, "
                               + "action exact 1.000, action character F1 1.000"))
    }

    @Test func agreementCountsStrengthActorAndAction() {
        let gold = Self.gold([
            Self.commitment(0, 10, actor: "国务院", strength: "obligation", action: "确保粮食产量1.4万亿斤左右"),
            Self.commitment(10, 20, actor: nil, strength: "directive", action: "遵循规律，凝聚共识"),
            Self.commitment(20, 30, actor: "中央财政", strength: "intention", action: "积极扩大有效投资"),
            Self.commitment(30, 40, actor: "国务院", strength: "forecast", action: "国内生产总值增长5%左右"),
        ])
        let score = Self.score(gold, [
            // All equal; the prediction's width-folded digits and percent sign still match the gold exactly.
            Self.predicted(0, 10, actor: "国务院", strength: "obligation", action: "确保粮食产量1.4万亿斤左右"),
            // nil actor equals nil; the same action with a space inside is exact after folding.
            Self.predicted(10, 20, actor: nil, strength: "intention", action: "遵循规律， 凝聚共识"),
            // Wrong actor, a near-miss action: 6 shared characters of 6 and 8, F1 = 12 / 14.
            Self.predicted(20, 30, actor: "国务院", strength: "intention", action: "扩大有效投资"),
            // No strength and no action at all.
            Self.predicted(30, 40, actor: "国务院", strength: nil, action: nil),
        ])
        let a = try! #require(score.commitmentAgreement)
        #expect(a.matched == 4 && a.strength == 2 && a.actor == 3 && a.actionExact == 2)
        #expect(abs(a.actionF1Sum - (1 + 1 + 12.0 / 14 + 0)) < 1e-12)
        #expect(abs((a.meanActionF1 ?? 0) - (2 + 12.0 / 14) / 4) < 1e-12)
        #expect(a.rate(a.strength) == 0.5 && CommitmentAgreement().rate(0) == nil && CommitmentAgreement().meanActionF1 == nil)
    }

    @Test func characterF1IsABagOfCharacters() {
        #expect(ExtractionScorer.characterF1("", "") == 1)
        #expect(ExtractionScorer.characterF1("abc", "") == 0)
        #expect(ExtractionScorer.characterF1("推动发展", "发展推动") == 1)       // order does not matter
        #expect(ExtractionScorer.characterF1("发展发展", "发展") == 2 * 2.0 / 6)  // repeats count once each
        #expect(ExtractionScorer.foldedAction("增长５％ 左右\u{3000}") == "增长5%左右")
    }

    @Test func readsCommitmentsFromExtractOutputAndTheReportJSON() throws {
        let jsonl = """
        {"path": "a.txt", "commitments": [{"span": {"start": 0, "end": 11, "text": "要遵循规律,凝聚共识。"}, "actor": null, "modality": {"cue": "要", "strength": "directive"}, "action": "遵循规律,凝聚共识", "targets": [], "times": [], "slogans": []}]}
        {"path": "b.txt", "commitments": [{"span": {"start": 3, "end": 9}, "strength": "forecast"}]}
        {"path": "c.txt"}
        """
        let predictions = try P.decodeLines(DataFile(name: "run.jsonl", contents: jsonl))
        var expected = Self.predicted(0, 11, actor: nil, strength: "directive", action: "遵循规律,凝聚共识")
        expected.span.text = "要遵循规律,凝聚共识。"
        #expect(predictions[0].commitments == [expected])
        #expect(predictions[1].commitments.first?.strength == "forecast" && predictions[1].commitments.first?.action == nil)
        #expect(predictions[2].commitments.isEmpty)

        let gold = Self.gold([Self.commitment(0, 11)])
        let report = ExtractionReport(gold: [gold], predictions: [P(path: gold.document, commitments: [Self.predicted(0, 11)])])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(report), as: UTF8.self)
        #expect(json.contains("\"commitments\":{\"falseNegatives\":0,\"falsePositives\":0,\"truePositives\":1}"))
        #expect(json.contains("\"total\":{") && json.contains("\"commitmentDocuments\":1"))
        let decoded = try JSONDecoder().decode(ExtractionReport.self, from: Data(json.utf8))
        #expect(decoded == report)
    }
}
