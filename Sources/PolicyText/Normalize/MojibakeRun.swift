/// A run of normalized text that looks like GBK bytes decoded one byte out of step (`重中之重?!笔∥鞔_提出` for
/// `重中之重。”省委明确提出`).
public struct MojibakeRun: Codable, Sendable, Equatable {
    /// Normalized range `start..<end` (of the repaired text when `repaired`).
    public var start: Int
    public var end: Int
    /// Source range of the run.
    public var sourceStart: Int
    public var sourceEnd: Int
    /// The run as it reads in the source.
    public var original: String
    /// Whether the run was replaced by re-reading its bytes one step over; otherwise it is left as is and flagged.
    public var repaired: Bool

    public init(start: Int, end: Int, sourceStart: Int, sourceEnd: Int, original: String, repaired: Bool) {
        self.start = start
        self.end = end
        self.sourceStart = sourceStart
        self.sourceEnd = sourceEnd
        self.original = original
        self.repaired = repaired
    }
}
