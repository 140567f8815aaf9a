/// How the report writes figures: `1200` rather than `1200.0`, ranges with an en dash,
/// bounds as ≈ ≥ ≤.
enum ReportFormat {
    static func number(_ x: Double) -> String {
        // Swift's shortest description is a plain decimal for the magnitudes documents write; only whole numbers
        // need help (`1200.0`).
        if x.isFinite, x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return String(describing: x)
    }

    /// `5–5.5%`, `1200万人`, `2倍`.
    static func value(_ value: Double, upper: Double?, unit: String) -> String {
        number(value) + (upper.map { "–" + number($0) } ?? "") + unit
    }

    /// `≈`, `≥`, `≤` or nothing, for a target's bound.
    static func boundSymbol(_ bound: Bound) -> String {
        switch bound {
        case .approx: "≈"
        case .atLeast: "≥"
        case .atMost: "≤"
        case .range, .exact: ""
        }
    }

    /// A count with thousands separators: `23,484`.
    static func count(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }
}
