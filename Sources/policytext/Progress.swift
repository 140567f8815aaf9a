import Foundation

/// A one-line progress display on standard error (files done/total, MB/s, ETA), shown only on a terminal.
final class Progress {
    private let total: Int
    private let totalBytes: Int
    private let enabled: Bool
    private let start = Date()
    private var done = 0
    private var bytes = 0
    private var lastDraw = Date.distantPast

    init(total: Int, totalBytes: Int, quiet: Bool) {
        self.total = total
        self.totalBytes = totalBytes
        self.enabled = !quiet && isatty(STDERR_FILENO) != 0
    }

    var elapsed: TimeInterval { Date().timeIntervalSince(start) }

    func advance(bytes more: Int) {
        done += 1
        bytes += more
        guard enabled, Date().timeIntervalSince(lastDraw) > 0.1 || done == total else { return }
        lastDraw = Date()
        let seconds = max(elapsed, 0.001)
        let rate = Double(bytes) / 1_000_000 / seconds
        let remaining = rate > 0 ? Double(totalBytes - bytes) / 1_000_000 / rate : 0
        let line = String(format: "\r%d/%d files  %.1f MB/s  ETA %.0f s ", done, total, rate, max(0, remaining))
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        if enabled { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
