/// How a document's bytes are turned into text.
public enum DocumentFormat: String, Codable, Sendable {
    /// Plain text (`.txt`, `.md`, anything else).
    case text
    /// An HTML page (`.html`, `.htm`): text extracted with libxml2, chrome dropped.
    case html
    /// A Word document (`.docx`): the text of `word/document.xml`.
    case docx

    /// The format a file name implies.
    public init(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") {
            self = .html
        } else if lower.hasSuffix(".docx") {
            self = .docx
        } else {
            self = .text
        }
    }
}
