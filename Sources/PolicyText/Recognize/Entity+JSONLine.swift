import Foundation

/// The flat JSON-line form of an entity for `policytext recognize`:
/// `{"span":{"start":0,"end":6,"text":"到2030年"},"type":"time","kind":"by","start":"2026-01-01","end":"2030-12-31","basis":"absolute"}`
/// or `{"span":{…},"type":"percent","value":5,"upper":5.5,"unit":"%","bound":"range","base":5,"baseUnit":"%"}`.
/// Absent fields are omitted.
public struct EntityRecord: Codable, Sendable, Equatable {
    public var span: Span
    public var type: EntityType
    // Figures
    public var value: Double?
    public var upper: Double?
    public var unit: String?
    public var bound: Bound?
    public var base: Double?
    public var baseUpper: Double?
    public var baseUnit: String?
    public var category: String?
    public var inclusive: Bool?
    public var upperInclusive: Bool?
    // Times
    public var kind: TimeFrame.Kind?
    public var start: CivilDate?
    public var end: CivilDate?
    public var basis: TimeFrame.Basis?
    public var approximate: Bool?
    public var yearOffset: Int?
    public var horizonYears: Int?
    public var plan: String?
    public var yearImplied: Bool?

    /// The record of `entity`; pass `span` to report source offsets instead of the recognizer's (normalized) ones,
    /// e.g. `NormalizedText.span(entity.range)`.
    public init(_ entity: Entity, span: Span? = nil) {
        self.span = span ?? entity.span
        self.type = entity.type
        if let q = entity.quantity {
            value = q.value
            upper = q.upper
            unit = q.unit
            bound = q.bound
            base = q.base
            baseUpper = q.baseUpper
            baseUnit = q.baseUnit
            category = q.category
            inclusive = q.inclusive
            upperInclusive = q.upperInclusive
        }
        if let t = entity.time {
            kind = t.kind
            start = t.start
            end = t.end
            basis = t.basis
            approximate = t.approximate ? true : nil
            yearOffset = t.yearOffset
            horizonYears = t.horizonYears
            plan = t.plan
            yearImplied = t.yearImplied
        }
    }

    /// One line of JSON (keys sorted, no trailing newline).
    public func jsonLine() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self), let line = String(data: data, encoding: .utf8) else {
            return #"{"error":"unencodable entity"}"#
        }
        return line
    }
}

extension Entity {
    /// This entity as one JSON line (see `EntityRecord`).
    public func jsonLine(span: Span? = nil) -> String { EntityRecord(self, span: span).jsonLine() }
}
