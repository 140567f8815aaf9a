extension Normalizer {
    /// Drops scraping-chrome lines (with their line breaks); the text before them absorbs their source range.
    /// Lines are judged on their normalized text, so `下載` matches the cue `下载`.
    func dropChrome(
        _ lines: [(start: Int, end: Int, next: Int)], _ out: inout [Unicode.Scalar], _ offsets: inout [Int],
        _ cleanup: inout Cleanup
    ) {
        var classes = [ChromeRules.LineClass](repeating: .content, count: lines.count)
        var values: [UInt32] = []
        var any = false
        for (n, line) in lines.enumerated() where line.end - line.start <= 2 * ChromeRules.maxLineLength {
            values.removeAll(keepingCapacity: true)
            for k in line.start..<line.end { values.append(out[k].value) }
            classes[n] = chrome.classify(values[...])
            if classes[n] == .chrome { any = true }
        }
        guard any else { return }
        let drop = chrome.chromeLines(classes)
        var keptScalars: [Unicode.Scalar] = []
        var keptOffsets: [Int] = []
        keptScalars.reserveCapacity(out.count)
        keptOffsets.reserveCapacity(offsets.count)
        for (n, line) in lines.enumerated() {
            if drop[n] {
                cleanup.chromeLinesRemoved += 1
                continue
            }
            keptScalars.append(contentsOf: out[line.start..<line.next])
            keptOffsets.append(contentsOf: offsets[line.start..<line.next])
        }
        keptOffsets.append(offsets[offsets.count - 1])
        out = keptScalars
        offsets = keptOffsets
    }
}
