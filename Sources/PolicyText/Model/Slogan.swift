/// A named policy slogan or programme: `两个确保`, `十大战略`, `1+14`, `转型+增效`, `放管服效`, `万人助万企`.
///
/// Encodes with the contract's fields `span`, `text`, `form`, `head` (nil as `null`), plus `expansion` and `scope`
/// from the slogan knowledge base when the slogan is known there.
public struct Slogan: Codable, Sendable, Equatable, Hashable {
    /// How the slogan is built.
    public enum Form: String, Codable, Sendable, Hashable, CaseIterable {
        /// Numbered abbreviation: `两个确保`, `十大战略`, `一高四新两能`, `三保`.
        case numbered
        /// Formula of parts joined by `+`, or a digit code: `1+14`, `1+N`, `转型+增效`, `1310`.
        case formula
        /// Coined compound: `放管服效`, `万人助万企`, `专精特新`.
        case coined
        /// A brand or programme name: `千万工程`, `高效办成一件事`.
        case brand
    }

    /// The slogan itself, without quotation marks.
    public var span: Span
    /// Its normalized text, without quotation marks.
    public var text: String
    public var form: Form
    /// The noun it names when that directly follows (`“1+14”一揽子人才政策` → `一揽子人才政策`), else nil.
    public var head: String?
    /// Public expansion of an abbreviation (`放管服` → 简政放权、放管结合、优化服务), when known.
    public var expansion: [String]?
    /// Where the slogan comes from (`national`, a province), when known.
    public var scope: String?

    public init(span: Span, text: String, form: Form, head: String? = nil, expansion: [String]? = nil,
                scope: String? = nil) {
        self.span = span
        self.text = text
        self.form = form
        self.head = head
        self.expansion = expansion
        self.scope = scope
    }

    private enum CodingKeys: String, CodingKey { case span, text, form, head, expansion, scope }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(span, forKey: .span)
        try c.encode(text, forKey: .text)
        try c.encode(form, forKey: .form)
        try c.encode(head, forKey: .head)
        try c.encode(expansion, forKey: .expansion)
        try c.encode(scope, forKey: .scope)
    }
}
