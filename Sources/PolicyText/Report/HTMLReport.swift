/// A self-contained HTML page (inline CSS and a small inline script; no network, fonts or libraries) showing
/// documents with their targets, times, slogans and commitment cues highlighted in the normalized text.
///
/// ```swift
/// let analyzer = try PolicyAnalyzer()
/// let html = HTMLReport().render([analyzer.annotate(contentsOf: "report.txt")])
/// ```
///
/// Each highlight element carries `data-kind` (`target`, `time`, `slogan`, `commitment`, `cue`, `mojibake`),
/// `data-index` (into the JSON array of that kind) and `data-start`/`data-end`: the SOURCE offsets of the JSON
/// span (for a cue, of the cue word; for mojibake, of the run). Long documents are cut into pages of about
/// `pageSize` characters shown one at a time; every text of a document is escaped.
public struct HTMLReport: Sendable {
    public struct Options: Sendable, Equatable {
        /// The page's title.
        public var title: String
        /// Normalized characters per page of text (at least 1,000).
        public var pageSize: Int
        /// Whether to show the corpus overview (targets per year, top slogans, document table); nil: when there
        /// is more than one document.
        public var overview: Bool?
        /// Slogans in the overview's chart.
        public var topSlogans: Int

        public init(title: String = "PolicyText report", pageSize: Int = 20_000, overview: Bool? = nil,
                    topSlogans: Int = 15) {
            self.title = title
            self.pageSize = pageSize
            self.overview = overview
            self.topSlogans = topSlogans
        }
    }

    public var options: Options

    public init(options: Options = Options()) { self.options = options }

    /// The whole page for `documents`.
    public func render(_ documents: [AnnotatedDocument]) -> String {
        var builder = Builder(options: options)
        for document in documents { builder.add(document) }
        return builder.finish()
    }

    /// Builds a report a document at a time: each document's section is rendered when added and its text
    /// dropped, so a folder of documents needs memory for the HTML only.
    public struct Builder: Sendable {
        public let options: Options
        private var sections = HTMLWriter()
        private var summaries: [ReportSummary] = []

        public init(options: Options = Options()) { self.options = options }

        /// The number of documents added.
        public var count: Int { summaries.count }

        public mutating func add(_ document: AnnotatedDocument) {
            let index = summaries.count
            summaries.append(ReportSummary(document.analysis, index: index))
            ReportDocumentSection(document: document, index: index, options: options).render(into: &sections)
        }

        /// The complete page.
        public func finish() -> String {
            var w = HTMLWriter(capacity: sections.bytes.count + 64 << 10)
            let overview = options.overview ?? (summaries.count > 1)
            w.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            w.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            w.raw("<meta name=\"generator\" content=\"policytext report\">")
            // No network at all: the page may only use what it carries inline.
            w.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">")
            w.raw("<title>")
            w.text(options.title)
            w.raw("</title><script>")
            w.raw(ReportStyle.headScript)
            w.raw("</script><style>")
            w.raw(ReportStyle.css)
            w.raw("</style></head><body>")
            w.raw("<header class=\"top\"><h1>")
            w.text(options.title)
            w.raw("</h1>")
            w.raw(ReportStyle.legend)
            w.raw("</header><main>")
            if overview { ReportOverview(summaries: summaries, options: options).render(into: &w) }
            w.append(sections)
            if summaries.isEmpty { w.raw("<p class=\"empty\">No documents.</p>") }
            w.raw("</main><script>")
            w.raw(ReportStyle.script)
            w.raw("</script></body></html>\n")
            return w.string
        }
    }
}

/// What the overview keeps of a document once its section is rendered.
struct ReportSummary: Sendable {
    var index: Int
    var path: String
    var date: CivilDate?
    var chars: Int
    var targets: Int
    var times: Int
    var slogans: [String]
    var commitments: Int
    var targetYears: [Int?]
    var error: String?

    init(_ a: DocumentAnalysis, index: Int) {
        self.index = index
        path = a.path
        date = a.date
        chars = a.chars
        targets = a.targets.count
        times = a.times.count
        slogans = a.slogans.map(\.text)
        commitments = a.commitments.count
        targetYears = a.targets.map(\.year)
        error = a.error
    }
}
