/// Renders a document's normalized text as pages of paragraphs with its highlights as nested elements.
///
/// One sweep over the text: highlights open at their start and close at their end. Elements must nest, so when
/// highlights cross (or a paragraph or page ends inside one), the element is closed and reopened as a further
/// fragment (`data-part` 2, 3 …) with the same data attributes; only the first fragment carries the `id` anchor.
struct ReportTextRenderer {
    let document: Int
    let scalars: [Unicode.Scalar]
    /// Sorted by start, longer first (`ReportHighlight.all`).
    let highlights: [ReportHighlight]
    let pages: ReportPages

    func render(into w: inout HTMLWriter) {
        var state = Sweep(renderer: self)
        for page in 0..<pages.count {
            let r = pages.range(page)
            w.raw("<article class=\"page\(page == 0 ? " current" : "")\"")
            w.attribute("id", "d\(document)-p\(page + 1)")
            w.attribute("data-page", page + 1)
            w.attribute("data-from", r.lowerBound)
            w.attribute("data-to", r.upperBound)
            w.raw(">")
            navigation(page, &w)
            w.raw("<div class=\"text\" lang=\"zh-CN\">")
            var p = r.lowerBound
            while p < r.upperBound {
                var q = p
                while q < r.upperBound, scalars[q] != "\n" { q += 1 }
                if q < r.upperBound { q += 1 }  // the line break stays in its paragraph
                let blank = scalars[p..<q].allSatisfy { $0 == "\n" || $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
                w.raw(blank ? "<p class=\"blank\">" : "<p>")
                state.paragraph(p..<q, &w)
                w.raw("</p>")
                p = q
            }
            if page == pages.count - 1 { state.trailing(&w) }
            w.raw("</div>")
            if pages.count > 1 { navigation(page, &w) }
            w.raw("</article>")
        }
    }

    /// `‹ 1 … 4 5 [6] 7 8 … 31 ›` as links to page anchors (no script needed to follow them).
    private func navigation(_ page: Int, _ w: inout HTMLWriter) {
        guard pages.count > 1 else { return }
        let n = pages.count
        w.raw("<nav class=\"pager\">")
        func link(_ k: Int, _ label: String, _ cls: String = "") {
            w.raw("<a")
            w.attribute("href", "#d\(document)-p\(k + 1)")
            if !cls.isEmpty { w.attribute("class", cls) }
            w.raw(">")
            w.text(label)
            w.raw("</a>")
        }
        if page > 0 { link(page - 1, "‹ previous", "step") } else { w.raw("<span class=\"step off\">‹ previous</span>") }
        w.raw("<span class=\"pages\">")
        var last = -1
        // First, last and two either side: constant work per page however many pages there are.
        let shown = Set([0, n - 1] + Array(max(0, page - 2)...min(n - 1, page + 2))).sorted()
        for k in shown {
            if last >= 0, k > last + 1 { w.raw("<span class=\"gap\">…</span>") }
            if k == page { w.raw("<b>\(k + 1)</b>") } else { link(k, String(k + 1)) }
            last = k
        }
        w.raw("</span>")
        w.raw("<span class=\"where\">page \(page + 1) of \(n) · characters \(ReportFormat.count(pages.bounds[page]))–\(ReportFormat.count(pages.bounds[page + 1]))</span>")
        if page < n - 1 { link(page + 1, "next ›", "step") } else { w.raw("<span class=\"step off\">next ›</span>") }
        w.raw("</nav>")
    }

    /// The open elements as the sweep moves along the text.
    private struct Sweep {
        let renderer: ReportTextRenderer
        /// Highlights open at the sweep position, outermost first (indexes into `highlights`).
        var stack: [Int] = []
        /// The next highlight to open.
        var next = 0
        /// Fragments emitted per highlight.
        var parts: [Int]

        init(renderer: ReportTextRenderer) {
            self.renderer = renderer
            parts = [Int](repeating: 0, count: renderer.highlights.count)
        }

        var h: [ReportHighlight] { renderer.highlights }

        /// Renders `range` (one paragraph or its part on this page): reopens what is still open, sweeps, and
        /// closes everything at the end (elements still running continue in the next paragraph).
        mutating func paragraph(_ range: Range<Int>, _ w: inout HTMLWriter) {
            for i in stack { open(i, &w) }
            var pos = range.lowerBound
            while true {
                while next < h.count, h[next].range.lowerBound <= pos {
                    let i = next
                    next += 1
                    open(i, &w)
                    if h[i].range.upperBound <= pos { close(i, &w) } else { stack.append(i) }
                }
                var event = range.upperBound
                if next < h.count { event = min(event, h[next].range.lowerBound) }
                for i in stack { event = min(event, h[i].range.upperBound) }
                w.text(renderer.scalars[pos..<event])
                pos = event
                closeEnding(at: pos, &w)
                if pos >= range.upperBound { break }
            }
            for i in stack.reversed() { close(i, &w) }
        }

        /// Empty highlights at the very end of the text.
        mutating func trailing(_ w: inout HTMLWriter) {
            while next < h.count {
                open(next, &w)
                close(next, &w)
                next += 1
            }
        }

        /// Closes the highlights ending at `pos`; those opened inside them but still running are reopened.
        private mutating func closeEnding(at pos: Int, _ w: inout HTMLWriter) {
            guard let k = stack.firstIndex(where: { h[$0].range.upperBound <= pos }) else { return }
            let popped = stack[k...]
            for i in popped.reversed() { close(i, &w) }
            let running = popped.filter { h[$0].range.upperBound > pos }
            stack.removeSubrange(k...)
            for i in running {
                open(i, &w)
                stack.append(i)
            }
        }

        private mutating func open(_ i: Int, _ w: inout HTMLWriter) {
            let x = h[i]
            parts[i] += 1
            w.raw(x.kind == .commitment ? "<span" : "<mark")
            w.attribute("data-kind", x.kind.name)
            w.attribute("data-index", x.index)
            w.attribute("data-start", x.sourceStart)
            w.attribute("data-end", x.sourceEnd)
            if parts[i] > 1 {
                w.attribute("data-part", parts[i])
            } else if let letter = x.kind.anchorLetter {
                w.attribute("id", "d\(renderer.document)-\(letter)\(x.index)")
            }
            if let c = x.className { w.attribute("class", c) }
            w.raw(">")
        }

        private func close(_ i: Int, _ w: inout HTMLWriter) {
            w.raw(h[i].kind == .commitment ? "</span>" : "</mark>")
        }
    }
}
