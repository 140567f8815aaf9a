/// One token of a text as the `Tokenizer` cuts it: its text, where it sits, and what kind of thing it is.
///
/// `start`/`end` are Unicode-scalar offsets (end exclusive) into the text the tokenizer was given; a pipeline
/// that tokenizes normalized text maps them to source offsets through `NormalizedText`.
public struct Token: Codable, Sendable, Equatable, Hashable {
    /// What a token is.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// A word of Han characters (or kana, Hangul, other scripts' letters without spaces).
        case word
        /// A number with what belongs to it: `5.5%`, `1.5万亿元`, `12万人`, `2023—2026年`, `二〇三五年`, `第三`.
        case number
        /// Punctuation, including runs such as `——` and `……`.
        case punct
        /// A run of Latin letters and digits: `GDP`, `5G`, `iPhone`.
        case latin
        /// A URL or e-mail address.
        case url
        /// A formula-like slogan: `1+14`, `8+4`, `1+N`, `转型+增效`.
        case formula
        /// White space (line breaks included).
        case space
        /// Anything else: symbols, emoji, control characters, U+FFFD.
        case symbol
    }

    /// The token's text.
    public var text: String
    /// First scalar, inclusive.
    public var start: Int
    /// One past the last scalar.
    public var end: Int
    /// What the token is.
    public var kind: Kind

    public init(text: String, start: Int, end: Int, kind: Kind) {
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
    }

    /// The number of scalars covered.
    public var length: Int { end - start }

    /// The token as a `Span` (same offsets, same text).
    public var span: Span { Span(start: start, end: end, text: text) }
}
