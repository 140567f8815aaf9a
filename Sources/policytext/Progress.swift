import Foundation

/// A one-line progress display on standard error, shown only on a terminal: documents done, MB of input consumed
/// out of the total, MB/s and the ETA. Progress is measured in bytes because the number of documents is not known
/// up front (a .jsonl corpus is counted as it is read); a document's bytes are those of its file, or of its line in
/// a .jsonl corpus, and documents passed over (--shard, --resume) count as consumed.
final class Progress {
    private let totalBytes: Int
    private let enabled: Bool
    private let start = Date()
    private var done = 0
    private var consumed = 0
    private var lastDraw = Date.distantPast

    init(totalBytes: Int, quiet: Bool) {
        self.totalBytes = totalBytes
        self.enabled = !quiet && isatty(STDERR_FILENO) != 0
    }

    var elapsed: TimeInterval { Date().timeIntervalSince(start) }

    /// One more document done; `consumedBytes` of the input are read through it.
    func advance(consumedBytes: Int) {
        done += 1
        consumed = max(consumed, consumedBytes)
        guard enabled, Date().timeIntervalSince(lastDraw) > 0.1 else { return }
        lastDraw = Date()
        let seconds = max(elapsed, 0.001)
        let rate = Double(consumed) / 1_000_000 / seconds
        var line = String(format: "\r%d documents  %.1f/%.1f MB  %.1f MB/s", done, Double(consumed) / 1_000_000,
                          Double(totalBytes) / 1_000_000, rate)
        if rate > 0 && totalBytes > 0 {
            line += String(format: "  ETA %.0f s", max(0, Double(totalBytes - consumed) / 1_000_000 / rate))
        }
        FileHandle.standardError.write(Data((line + "\u{1B}[K").utf8))
    }

    func finish() {
        if enabled { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
