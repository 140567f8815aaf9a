/// What cleaning-up did to a document; the `cleanup` object of the JSON contract.
public struct Cleanup: Codable, Sendable, Equatable {
    public var pinyinAnnotationsRemoved = 0
    public var traditionalConverted = 0
    public var mojibakeSpans = 0
    public var mojibakeRepaired = 0
    public var widthFolded = 0
    public var chromeLinesRemoved = 0
    public var invalidBytes = 0

    public init() {}
}

/// A document's normalized text with an exact map back to the source text.
///
/// `scalars[i]` came from source scalars `sourceOffsets[i]..<sourceOffsets[i + 1]`-ish: `sourceOffsets` has
/// `scalars.count + 1` entries, non-decreasing, where entry `i` is the source offset at which normalized scalar `i`
/// starts and the last entry is the source length. Deleted source text (annotations, chrome) falls inside the
/// range of the scalar before it, so a normalized range maps to the source range that reads as it.
public struct NormalizedText: Sendable {
    public let source: SourceText
    public let scalars: [Unicode.Scalar]
    public let sourceOffsets: [Int]
    public let cleanup: Cleanup

    public init(source: SourceText, scalars: [Unicode.Scalar], sourceOffsets: [Int], cleanup: Cleanup) {
        precondition(sourceOffsets.count == scalars.count + 1, "offset map must have one entry per scalar plus one")
        self.source = source
        self.scalars = scalars
        self.sourceOffsets = sourceOffsets
        self.cleanup = cleanup
    }

    /// The normalized text as a String.
    public var text: String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars)
        return String(s)
    }

    /// The text of a normalized range.
    public func text(_ range: Range<Int>) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[range.clamped(to: 0..<scalars.count)])
        return String(s)
    }

    /// The source range that a normalized range reads as.
    public func sourceRange(_ range: Range<Int>) -> Range<Int> {
        let r = range.clamped(to: 0..<scalars.count)
        return sourceOffsets[r.lowerBound]..<sourceOffsets[r.upperBound]
    }

    /// A `Span` in source offsets for a normalized range, carrying the normalized text.
    public func span(_ range: Range<Int>) -> Span {
        let s = sourceRange(range)
        return Span(start: s.lowerBound, end: s.upperBound, text: text(range))
    }
}
