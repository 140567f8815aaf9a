/// The structured values of a document's highlights, as lines a reader sees on hover and in the inspector: a
/// heading (`Target 3 · growth`), then `key: value` lines. Written once per document as a JSON block that the
/// page's script reads on demand, so a long document does not carry a tooltip on each of its thousands of
/// elements (the cue of a commitment shares its commitment's lines).
struct ReportDetails {
    var target: [[String]] = []
    var time: [[String]] = []
    var slogan: [[String]] = []
    var commitment: [[String]] = []
    var mojibake: [[String]] = []

    init(_ a: DocumentAnalysis, mojibake runs: [MojibakeRun]) {
        let f = ReportFormat.self
        target = a.targets.enumerated().map { i, t in
            var lines = ["Target \(i) · \(t.kind.rawValue)", "metric: \(t.metric)",
                         "value: \(f.value(t.value, upper: t.upper, unit: t.unit))", "bound: \(t.bound.rawValue)",
                         "year: \(t.year.map(String.init) ?? "—")"]
            if let ti = t.time, a.times.indices.contains(ti) { lines.append("time: \(a.times[ti].text) (time \(ti))") }
            return lines
        }
        time = a.times.enumerated().map { i, m in
            var lines = ["Time \(i) · \(m.kind.rawValue)", "text: \(m.text)", "start: \(m.start?.description ?? "—")",
                         "end: \(m.end?.description ?? "—")", "basis: \(m.basis.rawValue)"]
            if let anchor = m.anchor { lines.append("anchor: time \(anchor)") }
            return lines
        }
        slogan = a.slogans.enumerated().map { i, s in
            var lines = ["Slogan \(i) · \(s.form.rawValue)", "text: \(s.text)", "head: \(s.head ?? "—")"]
            if let scope = s.scope { lines.append("scope: \(scope)") }
            if let e = s.expansion, !e.isEmpty { lines.append("expansion: \(e.joined(separator: "；"))") }
            return lines
        }
        commitment = a.commitments.enumerated().map { i, c in
            let strength = c.modality.strength.rawValue
            var lines = ["Commitment \(i) · \(strength)", "actor: \(c.actor ?? "—")",
                         "modality: \(c.modality.cue) (\(strength))", "action: \(c.action)"]
            func list(_ name: String, _ xs: [Int]) {
                if !xs.isEmpty { lines.append("\(name): \(xs.map(String.init).joined(separator: ", "))") }
            }
            list("targets", c.targets)
            list("times", c.times)
            list("slogans", c.slogans)
            return lines
        }
        mojibake = runs.enumerated().map { i, run in
            ["Mojibake run \(i) · \(run.repaired ? "repaired" : "not repaired")", "source reads: \(run.original)"]
        }
    }

    /// `<script type="application/json" class="details">{"target":[[…]],…}</script>`, safe inside a script
    /// element: `<`, `>`, `&` and line separators are written as `\u` escapes, so no document text can close it.
    func write(into w: inout HTMLWriter) {
        w.raw("<script type=\"application/json\" class=\"details\">{")
        let groups = [("target", target), ("time", time), ("slogan", slogan), ("commitment", commitment), ("mojibake", mojibake)]
        for (g, (name, items)) in groups.enumerated() {
            if g > 0 { w.raw(",") }
            w.raw("\"\(name)\":[")
            for (i, lines) in items.enumerated() {
                if i > 0 { w.raw(",") }
                w.raw("[")
                for (k, line) in lines.enumerated() {
                    if k > 0 { w.raw(",") }
                    w.jsonString(line)
                }
                w.raw("]")
            }
            w.raw("]")
        }
        w.raw("}</script>")
    }
}
