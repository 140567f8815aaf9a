/// Two figures that bound one range between them, read as one range: a floor and then a ceiling of the same kind
/// (`处一万元以上十万元以下罚款`, `大于等于0并小于230.3964`, `1000以上，1500以下`), or two plain figures followed by
/// 之间 (`10000与20000之间`). Laws state most of their fines, terms and thresholds this way.
extension RecognitionPass {
    /// Appends `e`, or merges it into the entity before it when the two bound one range.
    mutating func append(_ e: Entity) {
        guard let last = out.last, let merged = range(last, e) else {
            out.append(e)
            return
        }
        out[out.count - 1] = merged
    }

    /// The range `a` and `b` bound together, if they do.
    private func range(_ a: Entity, _ b: Entity) -> Entity? {
        guard let qa = a.quantity, let qb = b.quantity, qa.kind != .multiplier, qb.kind != .multiplier else { return nil }
        // Same kind and unit family; for 之间 a bare floor may take the ceiling's unit (`10与20万元之间`).
        let bareFloor = qa.kind == .number && qa.unit == nil && qb.unit != nil && qb.value != 0
        guard (qa.kind == qb.kind && qa.baseUnit == qb.baseUnit) || (bareFloor && qa.bound == .exact) else { return nil }
        guard let gapEnd = joinerEnd(from: a.span.end), gapEnd == b.span.start else { return nil }
        switch (qa.bound, qb.bound) {
        case (.atLeast, .atMost):
            guard qa.kind == qb.kind, qa.base <= qb.base else { return nil }
            var q = qa
            q.bound = .range
            q.upper = upper(qb.base, in: qa, or: qb)
            q.baseUpper = qb.base
            q.inclusive = qa.inclusive
            q.upperInclusive = qb.inclusive
            if q.upper == nil {
                // A zero floor has no unit factor of its own: write both ends in the ceiling's unit.
                q.unit = qb.unit
                q.upper = qb.value
            }
            return Entity(span: c.span(a.span.start..<b.span.end), quantity: q)
        case (.exact, .exact):
            guard ["与", "和", "及"].contains(c.s[a.span.end]), let end = c.matchAny(["之间", "间"], at: b.span.end)?.end
            else { return nil }
            var q = qa
            if bareFloor {
                // `10与20万元之间`: the bare floor takes the ceiling's unit.
                q.kind = qb.kind
                q.unit = qb.unit
                q.baseUnit = qb.baseUnit
                q.category = qb.category
                q.base = qb.base / qb.value * qa.value
            }
            guard q.base <= qb.base else { return nil }
            q.bound = .range
            q.upper = upper(qb.base, in: q, or: qb)
            q.baseUpper = qb.base
            return Entity(span: c.span(a.span.start..<end), quantity: q)
        default:
            return nil
        }
    }

    /// `base` in the unit of `q` as written, when `q` has a factor (a nonzero value).
    private func upper(_ base: Double, in q: Quantity, or other: Quantity) -> Double? {
        if q.unit == other.unit { return other.value }
        guard q.value != 0, q.base != 0 else { return nil }
        return base * q.value / q.base
    }

    /// The end of what may stand between two ends of a range, starting at `i`: nothing, blanks, a comma, and one of
    /// 并且/并/且/而/与/和/及.
    private func joinerEnd(from i: Int) -> Int? {
        var p = c.skipSpaces(i)
        if p < c.n, c.s[p] == "，" || c.s[p] == "," || c.s[p] == "、" { p = c.skipSpaces(p + 1) }
        if let m = c.matchAny(["并且", "并", "且", "而", "与", "和", "及"], at: p) { p = c.skipSpaces(m.end) }
        return p
    }
}
