import Foundation
import Testing
import ZIPFoundation
@testable import PolicyText

@Suite struct MarkupTextTests {
    let analyzer: PolicyAnalyzer

    init() throws { analyzer = try PolicyAnalyzer() }

    @Test func htmlInGB2312DropsScriptsAndChrome() throws {
        let page = """
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
            <title>标题</title><style>p{color:red}</style><script>var a = "<p>不要</p>";</script></head>
            <body><div class="nav-bar">首页 &gt; 新闻</div><nav>导航</nav>
            <h1>2026年政府工作报告</h1><p>今年全省生产总值增长5%左右。</p><p>城镇新增就业<b>1200万人</b>以上。</p>
            <div id="share">分享到微信</div><footer>版权所有</footer></body></html>
            """
        let bytes = try #require(try ICU.Converter(charset: "GB18030").encode(page))
        let source = try analyzer.decode(bytes, format: .html)
        #expect(source.encoding == "GB18030")
        #expect(source.text == "2026年政府工作报告\n今年全省生产总值增长5%左右。\n城镇新增就业1200万人以上。\n")
    }

    @Test func deeplyNestedHTMLDoesNotExhaustTheStack() throws {
        let depth = 100_000
        let page = String(repeating: "<div>", count: depth) + "深处的文字" + String(repeating: "</div>", count: depth)
        let source = try analyzer.decode(Array(page.utf8), format: .html)
        #expect(source.text.contains("深处的文字"))
    }

    @Test func htmlLikeTextInPlainFilesStaysText() throws {
        let source = try analyzer.decode(Array("<script>alert(1)</script>要推动发展".utf8), format: .text)
        #expect(source.text == "<script>alert(1)</script>要推动发展")
    }

    static func docx(documentXML: String?, extra: [(String, Data)] = []) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        let main = documentXML.map { [("word/document.xml", Data($0.utf8))] } ?? []
        for (path, data) in main + extra {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return Array(try #require(archive.data))
    }

    @Test func docxParagraphsTabsAndBreaks() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
            <w:p><w:r><w:t>到2030年，</w:t></w:r><w:r><w:t xml:space="preserve">全省生产总值</w:t></w:r></w:p>
            <w:p><w:r><w:t>翻一番</w:t><w:tab/><w:t>力争</w:t><w:br/><w:t>实现</w:t></w:r></w:p>
            </w:body></w:document>
            """
        let source = try analyzer.decode(try Self.docx(documentXML: xml), format: .docx)
        #expect(source.text == "到2030年，全省生产总值\n翻一番\t力争\n实现\n")
    }

    @Test func docxWithoutDocumentPartOrBrokenZipIsAClearError() throws {
        let notWord = try Self.docx(documentXML: nil, extra: [("xl/workbook.xml", Data("<workbook/>".utf8))])
        #expect(analyzer.analyze(bytes: notWord, path: "x.docx", format: .docx).error?.contains("not a Word document") == true)
        let brokenXML = try Self.docx(documentXML: "<w:document><w:p>")
        #expect(analyzer.analyze(bytes: brokenXML, path: "y.docx", format: .docx).error?.contains("not well-formed") == true)
        #expect(throws: DocumentError.self) { try analyzer.decode(Array("PK\u{3}\u{4}garbage".utf8), format: .docx) }
        let record = analyzer.analyze(bytes: [0x50, 0x4B, 0x03, 0x04, 0, 0, 0], path: "x.docx", format: .docx)
        #expect(record.error?.contains("ZIP") == true)
    }

    @Test func zipBombIsRefused() throws {
        // 8 MB of repeated XML inflating from a few KB; the limit here is 1 MB.
        let xml = "<w:document xmlns:w=\"w\"><w:body>" + String(repeating: "<w:p><w:r><w:t>政策</w:t></w:r></w:p>", count: 8 << 20 / 40) + "</w:body></w:document>"
        let bytes = try Self.docx(documentXML: xml)
        #expect(bytes.count < 200_000)
        let markup = MarkupText(maxInflatedBytes: 1 << 20)
        #expect(throws: DocumentError.self) { try markup.text(ofDocx: bytes) }
    }
}
