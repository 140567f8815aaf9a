/// What cleaning-up did to a document; the `cleanup` object of the JSON contract.
public struct Cleanup: Codable, Sendable, Equatable {
    /// Pinyin annotations such as the `(yè)` of `業(yè)` removed.
    public var pinyinAnnotationsRemoved = 0
    /// Characters changed by Traditional→Simplified conversion.
    public var traditionalConverted = 0
    /// Runs that look like GBK bytes read one byte out of step (repaired or flagged).
    public var mojibakeSpans = 0
    /// Of those, runs replaced by re-reading their bytes one step over.
    public var mojibakeRepaired = 0
    /// Full-width digits, Latin letters, ％＋－, and ideographic / no-break spaces folded to ASCII.
    public var widthFolded = 0
    /// Scraping chrome lines (toolbars, breadcrumbs, share bars, footers) dropped.
    public var chromeLinesRemoved = 0
    /// Source bytes that could not be decoded (U+FFFD in the source).
    public var invalidBytes = 0
    /// CJK compatibility ideographs replaced by their unified form.
    public var compatibilityIdeographsFolded = 0
    /// Zero-width spaces, word joiners, soft hyphens and stray byte-order marks removed.
    public var invisibleCharactersRemoved = 0
    /// Whether the document was read as Traditional Chinese (then ICU converts characters Simplified text also
    /// uses, such as 著 and 後, with its word context).
    public var traditionalDocument = false

    public init() {}
}

extension Cleanup {
    private enum CodingKeys: String, CodingKey {
        case pinyinAnnotationsRemoved, traditionalConverted, mojibakeSpans, mojibakeRepaired, widthFolded
        case chromeLinesRemoved, invalidBytes, compatibilityIdeographsFolded, invisibleCharactersRemoved
        case traditionalDocument
    }

    /// Reads a `cleanup` object; fields missing from older output read as zero.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func count(_ key: CodingKeys) throws -> Int { try c.decodeIfPresent(Int.self, forKey: key) ?? 0 }
        self.init()
        pinyinAnnotationsRemoved = try count(.pinyinAnnotationsRemoved)
        traditionalConverted = try count(.traditionalConverted)
        mojibakeSpans = try count(.mojibakeSpans)
        mojibakeRepaired = try count(.mojibakeRepaired)
        widthFolded = try count(.widthFolded)
        chromeLinesRemoved = try count(.chromeLinesRemoved)
        invalidBytes = try count(.invalidBytes)
        compatibilityIdeographsFolded = try count(.compatibilityIdeographsFolded)
        invisibleCharactersRemoved = try count(.invisibleCharactersRemoved)
        traditionalDocument = try c.decodeIfPresent(Bool.self, forKey: .traditionalDocument) ?? false
    }
}

/// A document's normalized text with an exact map back to the source text.
///
/// `scalars[i]` came from source scalars `sourceOffsets[i]..<sourceOffsets[i + 1]`-ish: `sourceOffsets` has
/// `scalars.count + 1` entries, non-decreasing, where entry `i` is the source offset at which normalized scalar `i`
/// starts and the last entry is the source length. Deleted source text (annotations, chrome) falls inside the
/// range of the scalar before it, so a normalized range maps to the source range that reads as it. Deleted text
/// before the first kept scalar maps to nothing. Inside a repaired mojibake run the map is proportional; the run
/// as a whole maps exactly.
public struct NormalizedText: Sendable {
    public let source: SourceText
    public let scalars: [Unicode.Scalar]
    public let sourceOffsets: [Int]
    public let cleanup: Cleanup
    /// Mojibake runs found, in text order (see `MojibakeRun`).
    public let mojibake: [MojibakeRun]

    public init(
        source: SourceText, scalars: [Unicode.Scalar], sourceOffsets: [Int], cleanup: Cleanup,
        mojibake: [MojibakeRun] = []
    ) {
        precondition(sourceOffsets.count == scalars.count + 1, "offset map must have one entry per scalar plus one")
        self.source = source
        self.scalars = scalars
        self.sourceOffsets = sourceOffsets
        self.cleanup = cleanup
        self.mojibake = mojibake
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
