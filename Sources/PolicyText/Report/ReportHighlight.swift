/// One stretch of a document's normalized text the report marks: a target, time, slogan, commitment clause, the
/// commitment's modality cue, or a mojibake run.
struct ReportHighlight {
    /// Kinds in nesting order: when two highlights cover the same text, the earlier kind is the outer element.
    enum Kind: Int, Comparable {
        case commitment, mojibake, target, slogan, time, cue

        /// The `data-kind` value; targets, times, slogans and commitments are named as the JSON arrays' items.
        var name: String {
            switch self {
            case .commitment: "commitment"
            case .mojibake: "mojibake"
            case .target: "target"
            case .slogan: "slogan"
            case .time: "time"
            case .cue: "cue"
            }
        }

        /// The letter of element ids (`d0-t3` is target 3 of document 0); cues and mojibake runs have no anchor.
        var anchorLetter: String? {
            switch self {
            case .commitment: "c"
            case .target: "t"
            case .slogan: "s"
            case .time: "m"
            case .cue, .mojibake: nil
            }
        }

        static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }

    var kind: Kind
    /// Index into the analysis array of its kind (`targets`, `times` …; for a cue, its commitment; for mojibake,
    /// `NormalizedText.mojibake`).
    var index: Int
    /// Normalized range rendered.
    var range: Range<Int>
    /// Source offsets written as `data-start` / `data-end`: the JSON span's (for a cue, the cue's own).
    var sourceStart: Int
    var sourceEnd: Int
    /// A CSS class beyond the kind (`repaired` mojibake).
    var className: String?
}

extension ReportHighlight {
    /// Every highlight of a document, sorted for rendering: by start, longer first, then by kind.
    static func all(in analysis: DocumentAnalysis, text: NormalizedText) -> [ReportHighlight] {
        var items: [ReportHighlight] = []
        func add(_ kind: Kind, _ index: Int, _ span: Span) {
            items.append(ReportHighlight(kind: kind, index: index, range: text.normalizedRange(ofSource: span.start..<span.end),
                                         sourceStart: span.start, sourceEnd: span.end))
        }
        for (i, t) in analysis.targets.enumerated() { add(.target, i, t.span) }
        for (i, m) in analysis.times.enumerated() { add(.time, i, m.span) }
        for (i, s) in analysis.slogans.enumerated() { add(.slogan, i, s.span) }
        for (i, c) in analysis.commitments.enumerated() {
            add(.commitment, i, c.span)
            if let cue = cueRange(c, in: items[items.count - 1].range, text) {
                let source = text.sourceRange(cue)
                items.append(ReportHighlight(kind: .cue, index: i, range: cue, sourceStart: source.lowerBound,
                                             sourceEnd: source.upperBound))
            }
        }
        for (i, run) in text.mojibake.enumerated() {
            let range = min(run.start, text.scalars.count)..<min(max(run.start, run.end), text.scalars.count)
            items.append(ReportHighlight(kind: .mojibake, index: i, range: range, sourceStart: run.sourceStart,
                                         sourceEnd: run.sourceEnd, className: run.repaired ? "repaired" : nil))
        }
        items.sort { a, b in
            if a.range.lowerBound != b.range.lowerBound { return a.range.lowerBound < b.range.lowerBound }
            if a.range.upperBound != b.range.upperBound { return a.range.upperBound > b.range.upperBound }
            if a.kind != b.kind { return a.kind < b.kind }
            return a.index < b.index
        }
        return items
    }

    /// Where the commitment's cue word is in its clause: the occurrence the action follows (a modal: `要…`) or
    /// begins with (a cue verb: `推动…`), else the first one. Nil when the cue was inherited from an earlier clause
    /// of the sentence and is not in this one.
    static func cueRange(_ c: Commitment, in clause: Range<Int>, _ text: NormalizedText) -> Range<Int>? {
        let cue = Array(c.modality.cue.unicodeScalars)
        let action = Array(c.action.unicodeScalars.prefix(8))
        let s = text.scalars
        guard !cue.isEmpty, clause.count >= cue.count else { return nil }
        var first: Range<Int>?
        var i = clause.lowerBound
        while i + cue.count <= clause.upperBound {
            if s[i] == cue[0], s[i..<(i + cue.count)].elementsEqual(cue) {
                let found = i..<(i + cue.count)
                if first == nil { first = found }
                var j = found.upperBound
                while j < clause.upperBound, Scalars.isClausePunctuation(s[j].value) || Scalars.isBlank(s[j].value) { j += 1 }
                for start in [j, found.lowerBound] where !action.isEmpty && start + action.count <= s.count {
                    if s[start..<(start + action.count)].elementsEqual(action) { return found }
                }
            }
            i += 1
        }
        return first
    }
}

extension NormalizedText {
    /// The normalized range that reads as the source range `range`: the inverse of `sourceRange(_:)` for the
    /// spans the pipeline reports (binary search in the non-decreasing offset map).
    func normalizedRange(ofSource range: Range<Int>) -> Range<Int> {
        let lo = firstIndex(atOrAfterSource: range.lowerBound)
        let hi = max(lo, firstIndex(atOrAfterSource: range.upperBound))
        return lo..<hi
    }

    /// The first normalized index `i` (0...count) with `sourceOffsets[i] >= offset`.
    private func firstIndex(atOrAfterSource offset: Int) -> Int {
        var lo = 0, hi = scalars.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sourceOffsets[mid] < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
