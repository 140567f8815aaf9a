/// The corpus overview of a report over several documents: totals, targets per year and the most frequent
/// slogans as inline SVG bar charts, and a table of the documents linking to each.
struct ReportOverview {
    let summaries: [ReportSummary]
    let options: HTMLReport.Options

    func render(into w: inout HTMLWriter) {
        let failed = summaries.filter { $0.error != nil }.count
        let targets = summaries.reduce(0) { $0 + $1.targets }
        let commitments = summaries.reduce(0) { $0 + $1.commitments }
        let slogans = summaries.reduce(0) { $0 + $1.slogans.count }
        w.raw("<section class=\"overview\" id=\"overview\"><h2>Corpus overview</h2><p class=\"counts\">")
        w.raw("<span class=\"count\"><b>\(summaries.count)</b> documents</span>")
        if failed > 0 { w.raw("<span class=\"count bad\"><b>\(failed)</b> failed</span>") }
        w.raw("<span class=\"count k-target\"><b>\(ReportFormat.count(targets))</b> targets</span>")
        w.raw("<span class=\"count k-slogan\"><b>\(ReportFormat.count(slogans))</b> slogan mentions</span>")
        w.raw("<span class=\"count k-cue\"><b>\(ReportFormat.count(commitments))</b> commitments</span></p>")
        w.raw("<div class=\"charts\"><figure class=\"chart\" id=\"chart-years\"><figcaption>Targets per year due</figcaption>")
        yearChart(&w)
        w.raw("</figure><figure class=\"chart\" id=\"chart-slogans\"><figcaption>Top slogans <span class=\"muted\">(mentions · documents)</span></figcaption>")
        sloganChart(&w)
        w.raw("</figure></div>")
        documentTable(&w)
        w.raw("</section>")
    }

    /// Targets counted by `year`; targets without a year last as “no year”.
    func yearCounts() -> [(label: String, count: Int)] {
        var byYear: [Int: Int] = [:]
        var none = 0
        for s in summaries {
            for y in s.targetYears {
                if let y { byYear[y, default: 0] += 1 } else { none += 1 }
            }
        }
        var rows = byYear.sorted { $0.key < $1.key }.map { (label: String($0.key), count: $0.value) }
        if none > 0 { rows.append((label: "no year", count: none)) }
        return rows
    }

    /// Slogans by mentions, then by documents mentioning them, then by text.
    func sloganCounts() -> [(text: String, mentions: Int, documents: Int)] {
        var mentions: [String: Int] = [:]
        var documents: [String: Int] = [:]
        for s in summaries {
            for t in s.slogans { mentions[t, default: 0] += 1 }
            for t in Set(s.slogans) { documents[t, default: 0] += 1 }
        }
        return mentions.map { (text: $0.key, mentions: $0.value, documents: documents[$0.key] ?? 0) }
            .sorted { ($1.mentions, $1.documents, $0.text) < ($0.mentions, $0.documents, $1.text) }
            .prefix(max(0, options.topSlogans)).map { $0 }
    }

    private func yearChart(_ w: inout HTMLWriter) {
        let rows = yearCounts()
        guard let top = rows.map(\.count).max(), top > 0 else {
            w.raw("<p class=\"muted\">No targets.</p>")
            return
        }
        let bar = 30, gap = 8, left = 8, plot = 150, labelBand = 34
        let width = max(280, left * 2 + rows.count * (bar + gap))
        let height = plot + labelBand + 18
        w.raw("<svg class=\"bars\" role=\"img\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">")
        w.raw("<title>Targets per year</title>")
        let baseline = 18 + plot
        w.raw("<line x1=\"0\" x2=\"\(width)\" y1=\"\(baseline)\" y2=\"\(baseline)\" class=\"axis\"/>")
        for (i, row) in rows.enumerated() {
            let h = max(1, row.count * plot / top)
            let x = left + i * (bar + gap)
            w.raw("<g data-year=\"")
            w.text(row.label)
            w.raw("\" data-count=\"\(row.count)\"><rect x=\"\(x)\" y=\"\(baseline - h)\" width=\"\(bar)\" height=\"\(h)\" rx=\"2\" class=\"\(row.label == "no year" ? "none" : "target")\"><title>")
            w.text("\(row.label): \(row.count) targets")
            w.raw("</title></rect><text x=\"\(x + bar / 2)\" y=\"\(baseline - h - 4)\" class=\"val\">\(row.count)</text>")
            let rotate = rows.count > 12 ? " transform=\"rotate(-45 \(x + bar / 2) \(baseline + 14))\"" : ""
            w.raw("<text x=\"\(x + bar / 2)\" y=\"\(baseline + 14)\" class=\"lab\"\(rotate)>")
            w.text(row.label == "no year" ? "—" : row.label)
            w.raw("</text></g>")
        }
        w.raw("</svg>")
    }

    private func sloganChart(_ w: inout HTMLWriter) {
        let rows = sloganCounts()
        guard let top = rows.map(\.mentions).max(), top > 0 else {
            w.raw("<p class=\"muted\">No slogans.</p>")
            return
        }
        let labelWidth = 150, barMax = 230, row = 22, width = labelWidth + barMax + 70
        let height = rows.count * row + 6
        w.raw("<svg class=\"bars\" role=\"img\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">")
        w.raw("<title>Top slogans</title>")
        for (i, r) in rows.enumerated() {
            let y = 3 + i * row
            let len = max(2, r.mentions * barMax / top)
            let label = r.text.count > 11 ? String(r.text.prefix(10)) + "…" : r.text
            w.raw("<g data-slogan=\"")
            w.text(r.text)
            w.raw("\" data-count=\"\(r.mentions)\"><title>")
            w.text("\(r.text): \(r.mentions) mentions in \(r.documents) documents")
            w.raw("</title><text x=\"\(labelWidth - 6)\" y=\"\(y + 15)\" class=\"name\">")
            w.text(label)
            w.raw("</text><rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(len)\" height=\"\(row - 7)\" rx=\"2\" class=\"slogan\"/>")
            w.raw("<text x=\"\(labelWidth + len + 6)\" y=\"\(y + 15)\" class=\"num\">\(r.mentions) · \(r.documents)</text></g>")
        }
        w.raw("</svg>")
    }

    private func documentTable(_ w: inout HTMLWriter) {
        w.raw("<table class=\"docs\"><thead><tr><th>#</th><th>Document</th><th>Date</th><th class=\"r\">Characters</th>")
        w.raw("<th class=\"r\">Targets</th><th class=\"r\">Times</th><th class=\"r\">Slogans</th><th class=\"r\">Commitments</th></tr></thead><tbody>")
        for s in summaries {
            w.raw("<tr><td class=\"num\">\(s.index + 1)</td><td><a")
            w.attribute("href", "#d\(s.index)")
            w.raw(">")
            w.text(s.path)
            w.raw("</a>")
            if let e = s.error {
                w.raw(" <span class=\"bad\">")
                w.text(e)
                w.raw("</span>")
            }
            w.raw("</td><td>")
            w.text(s.date?.description ?? "—")
            w.raw("</td><td class=\"r\">\(ReportFormat.count(s.chars))</td><td class=\"r\">\(s.targets)</td><td class=\"r\">\(s.times)</td>")
            w.raw("<td class=\"r\">\(s.slogans.count)</td><td class=\"r\">\(s.commitments)</td></tr>")
        }
        w.raw("</tbody></table>")
    }
}
