/// A document's bytes in a known format → its source text: plain text decoded (encoding detected), an HTML page
/// decoded and reduced to its readable text, a .docx unpacked. Every command that reads documents starts here, so
/// `normalize`, `segment` and `extract` see the same text of the same file.
public struct DocumentDecoder: Sendable {
    public var decoder = SourceDecoder()
    public var markup: MarkupText

    public init(maxBytes: Int = 256 << 20) {
        self.markup = MarkupText(maxInflatedBytes: maxBytes)
    }

    public func decode(_ bytes: [UInt8], format: DocumentFormat) throws(DocumentError) -> SourceText {
        switch format {
        case .text:
            return try decoder.decode(bytes)
        case .html:
            let page = try decoder.decode(bytes)
            return SourceText(text: try markup.text(ofHTML: page.text), encoding: page.encoding, invalidBytes: page.invalidBytes)
        case .docx:
            return SourceText(text: try markup.text(ofDocx: bytes), encoding: "UTF-8")
        }
    }
}
