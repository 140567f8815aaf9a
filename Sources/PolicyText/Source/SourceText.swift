/// A document decoded from bytes: the source text every offset in PolicyText points into.
public struct SourceText: Sendable, Equatable {
    /// The decoded text.
    public let text: String
    /// The encoding it was decoded from, by its common name: "UTF-8", "UTF-16LE", "GB18030", "Big5", …
    public let encoding: String
    /// Bytes that could not be decoded and became U+FFFD.
    public let invalidBytes: Int

    public init(text: String, encoding: String, invalidBytes: Int = 0) {
        self.text = text
        self.encoding = encoding
        self.invalidBytes = invalidBytes
    }
}
