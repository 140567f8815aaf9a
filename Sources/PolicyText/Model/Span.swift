/// A stretch of a document: Unicode-scalar offsets `start..<end` into the decoded source text, and the
/// normalized (simplified, width-folded) text it reads as.
///
/// Stages that work on normalized text report offsets into that text; `NormalizedText.sourceSpan(_:)` maps them
/// back, so every span a user sees points into the source as decoded.
public struct Span: Codable, Sendable, Equatable, Hashable {
    /// First scalar, inclusive.
    public var start: Int
    /// One past the last scalar.
    public var end: Int
    /// The normalized text of the span.
    public var text: String

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }

    /// The number of source scalars covered.
    public var length: Int { end - start }
}
