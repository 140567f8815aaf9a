/// Cleans decoded text for analysis. (Placeholder: identity; the normalization issue fills it in.)
public struct Normalizer: Sendable {
    public init() {}

    public func normalize(_ source: SourceText) -> NormalizedText {
        let scalars = Array(source.text.unicodeScalars)
        var cleanup = Cleanup()
        cleanup.invalidBytes = source.invalidBytes
        return NormalizedText(source: source, scalars: scalars, sourceOffsets: Array(0...scalars.count), cleanup: cleanup)
    }
}
