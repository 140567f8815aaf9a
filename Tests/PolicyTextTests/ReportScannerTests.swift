import Testing

/// A small HTML reader for the report tests: the tree of elements and text of a page as a browser's parser sees it
/// (entities decoded, `<script>`/`<style>` contents as raw text, void and self-closed elements). Tests read the
/// report through it rather than through string searches, so they check what a browser would show.
struct HTMLScan {
    final class Element {
        let name: String
        let attributes: [String: String]
        var children: [Node] = []
        weak var parent: Element?

        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }

        subscript(_ attribute: String) -> String? { attributes[attribute] }

        /// The text of the element and its descendants, as `textContent`.
        var text: String {
            var out = ""
            for child in children {
                switch child {
                case .text(let t): out += t
                case .element(let e): out += e.text
                }
            }
            return out
        }

        /// Elements below this one, in document order.
        var descendants: [Element] {
            var out: [Element] = []
            for case .element(let e) in children {
                out.append(e)
                out += e.descendants
            }
            return out
        }

        var classes: Set<String> { Set((attributes["class"] ?? "").split(separator: " ").map(String.init)) }

        func ancestor(where test: (Element) -> Bool) -> Element? {
            var e = parent
            while let x = e {
                if test(x) { return x }
                e = x.parent
            }
            return nil
        }
    }

    enum Node {
        case text(String)
        case element(Element)
    }

    struct ParseError: Error, CustomStringConvertible {
        var description: String
    }

    let root = Element(name: "#document", attributes: [:])
    /// Elements in document order.
    let elements: [Element]

    private static let void: Set<String> = ["meta", "br", "img", "input", "link", "hr", "wbr"]
    private static let rawText: Set<String> = ["script", "style"]

    /// Parses `html`; throws on a close tag that does not match the open element (the report must nest properly).
    init(_ html: String) throws {
        let s = Array(html.unicodeScalars)
        var stack = [root]
        var i = 0
        var text = String.UnicodeScalarView()
        func flush() {
            if !text.isEmpty, let top = stack.last {
                top.children.append(.text(HTMLScan.decode(String(text))))
                text = String.UnicodeScalarView()
            }
        }
        // `p` in lower case; ASCII letters in the page match either case.
        func starts(_ p: String, at k: Int) -> Bool {
            var k = k
            for c in p.unicodeScalars {
                guard k < s.count else { return false }
                let x = s[k].value
                if ((65...90).contains(x) ? x + 32 : x) != c.value { return false }
                k += 1
            }
            return true
        }
        while i < s.count {
            guard s[i] == "<" else {
                text.append(s[i])
                i += 1
                continue
            }
            if starts("<!--", at: i) {
                flush()
                while i < s.count, !starts("-->", at: i) { i += 1 }
                i += 3
                continue
            }
            if starts("<!", at: i) {
                flush()
                while i < s.count, s[i] != ">" { i += 1 }
                i += 1
                continue
            }
            if starts("</", at: i) {
                flush()
                var j = i + 2
                var name = ""
                while j < s.count, s[j] != ">" { name.unicodeScalars.append(s[j]); j += 1 }
                name = name.lowercased().filter { $0 != " " && $0 != "\n" }
                guard let top = stack.last, top.name == name else {
                    throw ParseError(description: "</\(name)> closes <\(stack.last?.name ?? "?")> at \(i)")
                }
                stack.removeLast()
                i = j + 1
                continue
            }
            // Start tag.
            flush()
            var j = i + 1
            var name = ""
            while j < s.count, !" \n\t/>".unicodeScalars.contains(s[j]) { name.unicodeScalars.append(s[j]); j += 1 }
            name = name.lowercased()
            var attributes: [String: String] = [:]
            var selfClosed = false
            while j < s.count, s[j] != ">" {
                if s[j] == " " || s[j] == "\n" || s[j] == "\t" { j += 1; continue }
                if s[j] == "/" { selfClosed = true; j += 1; continue }
                var key = ""
                while j < s.count, !" =>\n\t".unicodeScalars.contains(s[j]) { key.unicodeScalars.append(s[j]); j += 1 }
                var value = ""
                if j < s.count, s[j] == "=" {
                    j += 1
                    let quote = s[j]
                    guard quote == "\"" || quote == "'" else { throw ParseError(description: "unquoted attribute \(key) at \(j)") }
                    j += 1
                    while j < s.count, s[j] != quote { value.unicodeScalars.append(s[j]); j += 1 }
                    j += 1
                }
                guard attributes[key.lowercased()] == nil else { throw ParseError(description: "duplicate attribute \(key) at \(j)") }
                attributes[key.lowercased()] = HTMLScan.decode(value)
            }
            i = j + 1
            let element = Element(name: name, attributes: attributes)
            element.parent = stack.last
            stack.last?.children.append(.element(element))
            if HTMLScan.void.contains(name) || selfClosed { continue }
            if HTMLScan.rawText.contains(name) {
                var k = i
                while k < s.count, !starts("</\(name)", at: k) { k += 1 }
                var raw = String.UnicodeScalarView()
                raw.append(contentsOf: s[i..<k])
                element.children.append(.text(String(raw)))
                i = k
                stack.append(element)
                continue
            }
            stack.append(element)
        }
        flush()
        guard stack.count == 1 else { throw ParseError(description: "unclosed <\(stack.last?.name ?? "")>") }
        elements = root.descendants
    }

    /// The first element with this id.
    func element(id: String) -> Element? { elements.first { $0["id"] == id } }

    func elements(named name: String) -> [Element] { elements.filter { $0.name == name } }

    /// Decodes the entities the report writes (named ones for markup characters and numeric ones).
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = String.UnicodeScalarView()
        let s = Array(text.unicodeScalars)
        var i = 0
        while i < s.count {
            if s[i] == "&", let semicolon = s[i...].prefix(12).firstIndex(of: ";") {
                let name = String(String.UnicodeScalarView(s[(i + 1)..<semicolon]))
                let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]
                var scalar: Unicode.Scalar?
                if let n = named[name] { scalar = n.unicodeScalars.first }
                else if name.hasPrefix("#x") || name.hasPrefix("#X") { scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
                else if name.hasPrefix("#") { scalar = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
                if let scalar {
                    out.append(scalar)
                    i = semicolon + 1
                    continue
                }
            }
            out.append(s[i])
            i += 1
        }
        return String(out)
    }
}

@Suite("Report test scanner")
struct ReportScannerTests {
    @Test("nesting, attributes, entities and raw text are read as a browser reads them")
    func readsMarkup() throws {
        let page = try HTMLScan("""
            <!DOCTYPE html><html><head><meta charset="utf-8"><script>if (a < b) x = "</p>";</script></head>\
            <body><p id="x" title="a&#10;b &amp; &quot;c&quot;">1 &lt; 2 <mark data-kind="t">&#x4E2D;&#25991;</mark>!</p>\
            <svg><rect x="1"/></svg></body></html>
            """)
        let p = try #require(page.element(id: "x"))
        #expect(p["title"] == "a\nb & \"c\"")
        #expect(p.text == "1 < 2 中文!")
        #expect(page.elements(named: "mark").first?.parent === p)
        #expect(page.elements(named: "script").first?.text == "if (a < b) x = \"</p>\";")
        #expect(page.elements(named: "rect").count == 1)
    }

    @Test("a close tag that does not match is an error")
    func rejectsBadNesting() {
        #expect(throws: HTMLScan.ParseError.self) { try HTMLScan("<p><b>x</p></b>") }
        #expect(throws: HTMLScan.ParseError.self) { try HTMLScan("<p><b>x</b>") }
    }
}
