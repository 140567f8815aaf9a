import Foundation
import Testing
@testable import PolicyText

@Suite struct ExtractModelTests {
    private func json(_ value: some Encodable) throws -> [String: Any] {
        let data = try JSONEncoder().encode(value)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func targetEncodesContractFieldsWithNulls() throws {
        let t = Target(span: Span(start: 3, end: 19, text: "城镇调查失业率5%以内"), metric: "城镇调查失业率", kind: .level,
                       value: 5, unit: "%", bound: .atMost, year: nil, time: nil)
        let o = try json(t)
        #expect(Set(o.keys) == ["span", "metric", "kind", "value", "upper", "unit", "bound", "year", "time"])
        #expect(o["upper"] is NSNull)
        #expect(o["year"] is NSNull)
        #expect(o["time"] is NSNull)
        #expect(o["kind"] as? String == "level")
        #expect(o["bound"] as? String == "atMost")
        let span = try #require(o["span"] as? [String: Any])
        #expect(Set(span.keys) == ["start", "end", "text"])
        #expect(try JSONDecoder().decode(Target.self, from: JSONEncoder().encode(t)) == t)
    }

    @Test func timeSloganCommitmentFieldNames() throws {
        let span = Span(start: 0, end: 7, text: "到2030年")
        let time = try json(TimeRef(span: span, text: "到2030年", kind: .by, start: nil,
                                    end: CivilDate(year: 2030, month: 12, day: 31), basis: .absolute))
        #expect(Set(time.keys).isSuperset(of: ["span", "text", "kind", "start", "end", "basis"]))
        #expect(time["start"] is NSNull)
        #expect(time["end"] as? String == "2030-12-31")
        let relative = try json(TimeRef(span: span, text: "今年", kind: .point, start: nil, end: nil, basis: .documentDate))
        #expect(relative["basis"] as? String == "document-date")

        let slogan = try json(Slogan(span: span, text: "8+4", form: .formula, head: nil))
        #expect(Set(slogan.keys).isSuperset(of: ["span", "text", "form", "head"]))
        #expect(slogan["head"] is NSNull)

        let c = try json(Commitment(span: span, actor: nil, modality: .init(cue: "力争", strength: .aspiration),
                                    action: "实现倍增", targets: [0], times: [1], slogans: []))
        #expect(Set(c.keys) == ["span", "actor", "modality", "action", "targets", "times", "slogans"])
        #expect(c["actor"] is NSNull)
        let modality = try #require(c["modality"] as? [String: Any])
        #expect(modality["cue"] as? String == "力争")
        #expect(modality["strength"] as? String == "aspiration")
    }

    @Test func strengthScaleIsOrdered() {
        #expect(Commitment.Strength.obligation > .directive)
        #expect(Commitment.Strength.directive > .intention)
        #expect(Commitment.Strength.intention > .aspiration)
        #expect(Commitment.Strength.aspiration > .encouragement)
        #expect(Commitment.Strength.encouragement > .forecast)
    }

    @Test func extractionEncodesFourArrays() throws {
        let o = try json(Extraction())
        #expect(Set(o.keys) == ["targets", "times", "slogans", "commitments"])
    }
}
