import CXML
import Foundation

/// Plain text out of markup documents: HTML pages (libxml2's forgiving HTML parser) and Word `.docx` files
/// (`word/document.xml` inside the ZIP, read by `ZipEntryReader`). For these, the "source text" that offsets point
/// into is this extracted text.
public struct MarkupText: Sendable {
    /// The most bytes a `.docx` may inflate to: a guard against ZIP bombs.
    public var maxInflatedBytes: Int

    public init(maxInflatedBytes: Int = 256 << 20) {
        self.maxInflatedBytes = maxInflatedBytes
    }

    /// The readable text of a decoded HTML page: scripts, styles and navigation chrome dropped.
    public func text(ofHTML html: String) throws(DocumentError) -> String {
        // libxml2 2.9 switches encodings when it meets a <meta charset> even when told the input is UTF-8; the page
        // is already decoded, so declarations in the head are defused first.
        let utf8 = Array(Self.defuseCharsetDeclarations(html).utf8)
        var length: Int32 = 0
        let result = utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cxml_html_text($0.baseAddress, Int32(clamping: $0.count), 256, &length) }
        }
        guard let result else { throw .unreadable(path: "HTML", reason: "libxml2 could not parse the page") }
        defer { cxml_free(result) }
        let parsed = String(decoding: UnsafeRawBufferPointer(start: result, count: Int(length)), as: UTF8.self)
        // libxml2 stops at 256 levels of nesting and drops the rest; then a plain tag stripper keeps the text.
        let stripped = Self.strippingTags(html)
        if Self.hanCount(parsed) * 2 < Self.hanCount(stripped) { return Self.tidyLines(stripped) }
        return Self.tidyLines(parsed)
    }

    /// Text outside tags, without `<script>`/`<style>` contents; block-ish tags become line breaks.
    static func strippingTags(_ html: String) -> String {
        var out = String.UnicodeScalarView()
        let s = Array(html.unicodeScalars)
        var i = 0
        func startsTag(_ name: String, at k: Int) -> Bool {
            let n = Array(name.unicodeScalars)
            guard k + n.count <= s.count else { return false }
            for j in 0..<n.count where s[k + j].properties.lowercaseMapping != String(n[j]) { return false }
            return true
        }
        while i < s.count {
            if s[i] == "<" {
                let skipContent = startsTag("<script", at: i) || startsTag("<style", at: i)
                let closing: String = startsTag("<script", at: i) ? "</script" : "</style"
                while i < s.count, s[i] != ">" { i += 1 }
                i += 1
                if skipContent {
                    while i < s.count, !startsTag(closing, at: i) { i += 1 }
                } else {
                    out.append("\n")
                }
                continue
            }
            out.append(s[i])
            i += 1
        }
        return String(out)
    }

    static func hanCount(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ((0x4E00...0x9FFF).contains($1.value) ? 1 : 0) }
    }

    /// The text of a `.docx` file's main document part.
    public func text(ofDocx bytes: [UInt8]) throws(DocumentError) -> String {
        let xml = try ZipEntryReader(bytes: bytes).entry(named: "word/document.xml", maxBytes: maxInflatedBytes)
        var length: Int32 = 0
        let result = xml.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cxml_docx_text($0.baseAddress, Int32(clamping: $0.count), &length) }
        }
        guard let result else { throw .unreadable(path: "docx", reason: "word/document.xml is not well-formed XML") }
        defer { cxml_free(result) }
        return String(decoding: UnsafeRawBufferPointer(start: result, count: Int(length)), as: UTF8.self)
    }

    /// `charset=gbk` → `charset_=gbk` in the first 8 KB.
    static func defuseCharsetDeclarations(_ html: String) -> String {
        var bytes = Array(html.utf8)
        let needle = Array("charset".utf8)
        var i = 0
        while i + needle.count <= min(bytes.count, 8192) {
            if zip(bytes[i..<(i + needle.count)], needle).allSatisfy({ $0 | 0x20 == $1 }) {
                bytes.insert(UInt8(ascii: "_"), at: i + needle.count)
                i += needle.count
            }
            i += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Trims each line and keeps at most one empty line between paragraphs.
    static func tidyLines(_ text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                if let last = lines.last, !last.isEmpty { lines.append("") }
            } else {
                lines.append(Substring(trimmed))
            }
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}
