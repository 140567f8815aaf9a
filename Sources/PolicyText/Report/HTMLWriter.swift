/// An HTML byte buffer: markup appended as is, document text and attribute values always escaped.
///
/// Built on UTF-8 bytes rather than `String` appends so a 600k-character document renders in one linear pass.
struct HTMLWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Trusted markup (tags written by the report itself, never document text).
    mutating func raw(_ markup: String) { bytes.append(contentsOf: markup.utf8) }

    /// Text content, escaped.
    mutating func text(_ string: String) {
        for scalar in string.unicodeScalars { escaped(scalar, quotes: false) }
    }

    /// Text content from scalars, escaped.
    mutating func text(_ scalars: ArraySlice<Unicode.Scalar>) {
        for scalar in scalars { escaped(scalar, quotes: false) }
    }

    /// ` name="value"` with the value escaped.
    mutating func attribute(_ name: String, _ value: String) {
        bytes.append(0x20)
        bytes.append(contentsOf: name.utf8)
        bytes.append(contentsOf: "=\"".utf8)
        for scalar in value.unicodeScalars { escaped(scalar, quotes: true) }
        bytes.append(0x22)
    }

    mutating func attribute(_ name: String, _ value: Int) { attribute(name, String(value)) }

    /// A JSON string literal for a `<script type="application/json">` block: quotes, backslashes and controls
    /// escaped as JSON needs, and `<` `>` `&` U+2028 U+2029 as `\u` escapes so the text can never end the script
    /// element or be read as markup.
    mutating func jsonString(_ string: String) {
        bytes.append(0x22)
        for scalar in string.unicodeScalars {
            switch scalar.value {
            case 0x22: bytes.append(contentsOf: "\\\"".utf8)
            case 0x5C: bytes.append(contentsOf: "\\\\".utf8)
            case 0x0A: bytes.append(contentsOf: "\\n".utf8)
            case 0x00...0x1F, 0x3C, 0x3E, 0x26, 0x2028, 0x2029, 0x7F...0x9F:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                bytes.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default: utf8(scalar.value)
            }
        }
        bytes.append(0x22)
    }

    mutating func append(_ other: HTMLWriter) { bytes.append(contentsOf: other.bytes) }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// `&`, `<`, `>` always; quotes in attributes; newlines in attributes as `&#10;` (multi-line tooltips); C0/C1
    /// controls (parse errors in HTML) as their visible Control Pictures so nothing in a document is dropped silently.
    private mutating func escaped(_ scalar: Unicode.Scalar, quotes: Bool) {
        switch scalar.value {
        case 0x26: bytes.append(contentsOf: "&amp;".utf8)
        case 0x3C: bytes.append(contentsOf: "&lt;".utf8)
        case 0x3E: bytes.append(contentsOf: "&gt;".utf8)
        case 0x22 where quotes: bytes.append(contentsOf: "&quot;".utf8)
        case 0x27 where quotes: bytes.append(contentsOf: "&#39;".utf8)
        case 0x0A where quotes: bytes.append(contentsOf: "&#10;".utf8)
        case 0x09, 0x0A: bytes.append(UInt8(scalar.value))
        case 0x0D: bytes.append(quotes ? 0x20 : 0x0D)
        case 0x00...0x1F: utf8(0x2400 + scalar.value)  // ␀ … ␟
        case 0x7F: utf8(0x2421)  // ␡
        case 0x80...0x9F: utf8(0xFFFD)
        default: utf8(scalar.value)
        }
    }

    private mutating func utf8(_ v: UInt32) {
        switch v {
        case 0..<0x80:
            bytes.append(UInt8(v))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | (v >> 6)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | (v >> 12)))
            bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        default:
            bytes.append(UInt8(0xF0 | (v >> 18)))
            bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}
