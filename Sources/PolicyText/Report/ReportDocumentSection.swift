/// One document of a report: its header (path, date, encoding, cleanup), the paged text with highlights, and a
/// side panel with the inspector and the table of all targets linking to their place in the text.
struct ReportDocumentSection {
    let document: AnnotatedDocument
    let index: Int
    let options: HTMLReport.Options

    func render(into w: inout HTMLWriter) {
        let a = document.analysis
        w.raw("<section class=\"doc\(index == 0 ? " current" : "")\"")
        w.attribute("id", "d\(index)")
        w.attribute("data-path", a.path)
        w.raw(">")
        header(a, &w)
        guard let text = document.text else {
            w.raw("<p class=\"error\">Could not be analysed: ")
            w.text(a.error ?? "no text")
            w.raw("</p></section>")
            return
        }
        let highlights = ReportHighlight.all(in: a, text: text)
        let pages = ReportPages(text.scalars, pageSize: options.pageSize, highlights: highlights)
        w.raw("<div class=\"doc-body\"><div class=\"text-col\">")
        ReportTextRenderer(document: index, scalars: text.scalars, highlights: highlights, pages: pages).render(into: &w)
        ReportDetails(a, mojibake: text.mojibake).write(into: &w)
        w.raw("</div><aside class=\"side\">")
        w.raw("<div class=\"inspector\"><p class=\"hint\">Click a highlight to see its values here; hover shows them too.</p></div>")
        targetTable(a, text, pages, &w)
        w.raw("</aside></div></section>")
    }

    private func header(_ a: DocumentAnalysis, _ w: inout HTMLWriter) {
        w.raw("<header class=\"doc-head\"><div class=\"title-row\"><h2>")
        w.text(a.path)
        w.raw("</h2><nav class=\"docnav\">")
        // Shown only under a corpus overview (CSS); the last document hides its “next”.
        if index > 0 { w.raw("<a class=\"prev-doc\" href=\"#d\(index - 1)\">‹ previous document</a>") }
        w.raw("<a class=\"to-overview\" href=\"#overview\">overview</a><a class=\"next-doc\" href=\"#d\(index + 1)\">next document ›</a>")
        w.raw("</nav></div><p class=\"meta\">")
        var facts: [String] = []
        if let date = a.date {
            let known = a.dateYearOnly == true ? "\(date.year)" : date.description
            facts.append("dated \(known)" + (a.dateSource.map { " (\($0.rawValue))" } ?? ""))
        } else if a.error == nil {
            facts.append("no document date")
        }
        if let e = a.encoding { facts.append(e) }
        if let f = a.format { facts.append(f.rawValue) }
        facts.append("\(ReportFormat.count(a.chars)) characters")
        w.text(facts.joined(separator: " · "))
        w.raw("</p>")
        if a.error == nil {
            w.raw("<p class=\"counts\">")
            for (n, kind, label) in [(a.targets.count, "target", "targets"), (a.times.count, "time", "times"),
                                     (a.slogans.count, "slogan", "slogans"), (a.commitments.count, "cue", "commitments")] {
                w.raw("<span class=\"count k-\(kind)\"><b>\(n)</b> \(label)</span>")
            }
            w.raw("</p>")
        }
        if let c = a.cleanup {
            let notes = [(c.traditionalConverted, "Traditional→Simplified"), (c.pinyinAnnotationsRemoved, "pinyin annotations removed"),
                         (c.mojibakeSpans, "mojibake runs (\(c.mojibakeRepaired) repaired)"), (c.chromeLinesRemoved, "page-chrome lines removed"),
                         (c.widthFolded, "full-width folded"), (c.invalidBytes, "undecodable bytes")]
                .filter { $0.0 > 0 }.map { "\(ReportFormat.count($0.0)) \($0.1)" }
            if !notes.isEmpty {
                w.raw("<p class=\"cleanup\">Cleanup: ")
                w.text(notes.joined(separator: " · "))
                w.raw("</p>")
            }
        }
        w.raw("</header>")
    }

    /// Every target once, in text order, linking to its highlight. On a paged document the rows are grouped by
    /// text page (`tbody data-page`), and the script shows the current page's group unless “all pages” is chosen:
    /// thousands of rows laid out at once would cost more than the text itself.
    private func targetTable(_ a: DocumentAnalysis, _ text: NormalizedText, _ pages: ReportPages, _ w: inout HTMLWriter) {
        let paged = pages.count > 1
        w.raw("<div class=\"targets-head\"><h3>Targets <span class=\"muted\">\(a.targets.count)</span></h3>")
        if paged && !a.targets.isEmpty {
            w.raw("<button type=\"button\" class=\"toggle\" aria-pressed=\"false\">all pages</button>")
        }
        w.raw("</div>")
        guard !a.targets.isEmpty else {
            w.raw("<p class=\"muted\">No targets found.</p>")
            return
        }
        w.raw("<table class=\"targets\"><thead><tr><th>#</th><th>Metric</th><th>Kind</th><th class=\"r\">Value</th><th>Year</th>")
        if paged { w.raw("<th class=\"r\">Page</th>") }
        w.raw("</tr></thead>")
        var open = -1
        for (i, t) in a.targets.enumerated() {
            let page = pages.page(containing: text.normalizedRange(ofSource: t.span.start..<t.span.end).lowerBound)
            if page != open {
                if open >= 0 { w.raw("</tbody>") }
                w.raw("<tbody\(page == 0 ? " class=\"current\"" : "") data-page=\"\(page + 1)\">")
                open = page
            }
            w.raw("<tr data-target=\"\(i)\"><td class=\"num\">\(i)</td><td><a href=\"#d\(index)-t\(i)\">")
            w.text(t.metric.isEmpty ? t.span.text : t.metric)
            w.raw("</a></td><td class=\"kind\">")
            w.text(t.kind.rawValue)
            w.raw("</td><td class=\"r v\">")
            let bound = ReportFormat.boundSymbol(t.bound)
            if !bound.isEmpty { w.raw("<span class=\"bound\">\(bound)</span> ") }
            w.text(ReportFormat.value(t.value, upper: t.upper, unit: t.unit))
            w.raw("</td><td>")
            w.text(t.year.map(String.init) ?? "—")
            w.raw("</td>")
            if paged { w.raw("<td class=\"r muted\">\(page + 1)</td>") }
            w.raw("</tr>")
        }
        w.raw("</tbody></table>")
    }
}
