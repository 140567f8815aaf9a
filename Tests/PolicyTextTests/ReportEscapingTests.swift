import Foundation
import Testing
@testable import PolicyText

@Suite("Report: escaping")
struct ReportEscapingTests {
    static let hostile = """
        <script>alert("正文")</script>关于<b>加强</b>管理的通知 & "引号" 'single' </p></mark></span>
        到2027年，全省生产总值增长5%以上，<img src=x onerror=alert(1)>力争实现“两个确保”。
        <!-- comment --> </script><style>body{display:none}</style>&amp; &lt;
        """

    @Test("document text, path and values with markup show as text; only the report's own scripts run")
    func hostileDocument() throws {
        let analyzer = try #require(ReportCheck.analyzer)
        let path = "<script>alert(1)</script>\"'.txt"
        let document = analyzer.annotate(source: SourceText(text: Self.hostile, encoding: "UTF-8"), path: path)
        #expect(!document.analysis.targets.isEmpty)
        let html = HTMLReport(options: .init(title: "<b>title</b>", overview: true)).render([document, document])
        let page = try HTMLScan(html)
        // The report's scripts: the head script, two details blocks (JSON, not run), and the page script.
        let scripts = page.elements(named: "script")
        #expect(scripts.count == 4)
        #expect(scripts.filter { $0["type"] == "application/json" }.count == 2)
        #expect(scripts.allSatisfy { !$0.text.contains("alert") || $0["type"] == "application/json" })
        // Inside the text only paragraphs and highlights are elements; the page has no image and one stylesheet.
        let texts = page.elements.filter { $0.classes.contains("text") }
        #expect(texts.count == 2)
        for text in texts {
            let foreign = text.descendants.filter { $0.name != "p" && $0["data-kind"] == nil }.map(\.name)
            #expect(foreign.isEmpty, "elements from the document: \(foreign)")
        }
        #expect(page.elements(named: "img").isEmpty)
        #expect(page.elements(named: "style").count == 1)
        // What a reader sees is the document as written.
        #expect(ReportCheck.pageText(page, document: 0) == document.text?.text)
        #expect(ReportCheck.pageText(page, document: 0).contains("<script>alert(\"正文\")</script>"))
        #expect(page.element(id: "d0")?.descendants.first { $0.name == "h2" }?.text == path)
        #expect(page.element(id: "d0")?["data-path"] == path)
        #expect(page.elements(named: "title").first?.text == "<b>title</b>")
        // The details block is valid JSON holding the text as written, and cannot end its script element.
        let block = try #require(page.element(id: "d0")?.descendants.first { $0.classes.contains("details") })
        #expect(!block.text.contains("<"))
        let details = try #require(try JSONSerialization.jsonObject(with: Data(block.text.utf8)) as? [String: [[String]]])
        #expect(details["target"]?.count == document.analysis.targets.count)
        // The overview's slogan chart and document table hold the path as text too.
        let overview = try #require(page.element(id: "overview"))
        #expect(overview.descendants.contains { $0.name == "a" && $0.text == path })
        let problems = ReportCheck.mismatches(page, document: 0, json: try ReportCheck.json(document.analysis))
        let matches = problems.isEmpty
        #expect(matches, "\(problems)")
    }

    @Test("the writer escapes markup, quotes in attributes, and shows control characters")
    func writer() throws {
        var w = HTMLWriter()
        w.raw("<p")
        w.attribute("title", "a\"b'c<d>&\ne")
        w.raw(">")
        w.text("x<y>&z\u{0}\u{1B}\u{7F}\u{85}")
        w.raw("</p>")
        #expect(w.string == "<p title=\"a&quot;b&#39;c&lt;d&gt;&amp;&#10;e\">x&lt;y&gt;&amp;z\u{2400}\u{241B}\u{2421}\u{FFFD}</p>")
        var j = HTMLWriter()
        j.jsonString("</script><!--\"\\\n\u{2028}&")
        #expect(j.string == #""\u003C/script\u003E\u003C!--\"\\\n\u2028\u0026""#)
        let decoded = try JSONSerialization.jsonObject(with: Data(j.string.utf8), options: .fragmentsAllowed) as? String
        #expect(decoded == "</script><!--\"\\\n\u{2028}&")
    }

    @Test("figures read as written: whole numbers without a decimal point, ranges with a dash")
    func figures() {
        #expect(ReportFormat.value(5, upper: 5.5, unit: "%") == "5–5.5%")
        #expect(ReportFormat.value(1200, upper: nil, unit: "万人") == "1200万人")
        #expect(ReportFormat.number(0.35) == "0.35")
        #expect(ReportFormat.number(-3) == "-3")
        #expect(ReportFormat.count(23484) == "23,484")
        #expect(ReportFormat.count(999) == "999")
        #expect(ReportFormat.count(1_000_000) == "1,000,000")
    }
}
