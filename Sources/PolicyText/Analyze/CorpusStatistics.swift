import Foundation

/// A corpus overview gathered record by record: documents, characters, encodings, commitments by the strength of
/// their modality and by actor, slogans by the number of documents that use them, and targets by metric and year. What
/// `policytext stats` prints.
public struct CorpusStatistics: Sendable, Equatable {
    public private(set) var documents = 0
    public private(set) var failures = 0
    public private(set) var characters = 0
    public private(set) var targets = 0
    public private(set) var encodings: [String: Int] = [:]
    /// Slogan text → number of documents using it.
    public private(set) var sloganDocuments: [String: Int] = [:]
    /// Target metric → year (0 when unknown) → count.
    public private(set) var targetsByMetricYear: [String: [Int: Int]] = [:]
    public private(set) var targetsByYear: [Int: Int] = [:]
    public private(set) var commitments = 0
    /// Commitments by the strength of their modality cue (obligation … forecast).
    public private(set) var commitmentsByStrength: [Commitment.Strength: Int] = [:]
    /// Commitments by actor (`unknown` when neither the text nor the document names one).
    public private(set) var commitmentsByActor: [String: Int] = [:]

    public init() {}

    public mutating func add(_ record: DocumentAnalysis) {
        documents += 1
        if record.error != nil {
            failures += 1
            return
        }
        characters += record.chars
        encodings[record.encoding ?? "unknown", default: 0] += 1
        for slogan in Set(record.slogans.map(\.text)) { sloganDocuments[slogan, default: 0] += 1 }
        for commitment in record.commitments {
            commitments += 1
            commitmentsByStrength[commitment.modality.strength, default: 0] += 1
            commitmentsByActor[commitment.actor ?? "unknown", default: 0] += 1
        }
        for target in record.targets {
            targets += 1
            targetsByMetricYear[target.metric, default: [:]][target.year ?? 0, default: 0] += 1
            targetsByYear[target.year ?? 0, default: 0] += 1
        }
    }

    /// Slogans by document count, most used first (ties by text), at most `limit`.
    public func topSlogans(_ limit: Int) -> [(slogan: String, documents: Int)] {
        sloganDocuments.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(limit).map { ($0.key, $0.value) }
    }

    /// Metrics by number of targets, most first, at most `limit`.
    public func topMetrics(_ limit: Int) -> [(metric: String, total: Int, byYear: [Int: Int])] {
        targetsByMetricYear.map { ($0.key, $0.value.values.reduce(0, +), $0.value) }
            .sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(limit).map { ($0.0, $0.1, $0.2) }
    }

    /// A plain-text report with aligned columns (CJK characters count as two columns).
    public func render(top: Int = 20) -> String {
        var out = ""
        func line(_ cells: [String], _ widths: [Int]) {
            out += zip(cells, widths).map { cell, width in cell + String(repeating: " ", count: max(1, width - Self.columns(cell))) }
                .joined().trimmingTrailingSpaces() + "\n"
        }
        out += "documents  \(documents) (\(failures) failed)\ncharacters \(characters)\ntargets    \(targets)\n"
        out += "encodings  " + encodings.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n"
        if commitments > 0 {
            out += "\ncommitments by strength of modality (\(commitments))\n"
            for strength in Commitment.Strength.allCases {
                let count = commitmentsByStrength[strength] ?? 0
                line([strength.rawValue, String(count), String(format: "%.1f%%", 100 * Double(count) / Double(commitments))], [14, 8, 0])
            }
            out += "\ncommitments by actor (top \(top))\n"
            for (actor, count) in commitmentsByActor.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).prefix(top) {
                line([actor, String(count)], [28, 8])
            }
        }
        let years = targetsByYear.keys.sorted()
        if !years.isEmpty {
            out += "\ntargets by year\n"
            for year in years { line([year == 0 ? "unknown" : String(year), String(targetsByYear[year] ?? 0)], [10, 6]) }
        }
        let slogans = topSlogans(top)
        if !slogans.isEmpty {
            out += "\ntop slogans (documents)\n"
            for (slogan, count) in slogans { line([slogan, String(count)], [28, 6]) }
        }
        let metrics = topMetrics(top)
        if !metrics.isEmpty {
            out += "\ntargets per metric and year\n"
            for (metric, total, byYear) in metrics {
                let detail = byYear.keys.sorted().map { "\($0 == 0 ? "?" : String($0)):\(byYear[$0] ?? 0)" }.joined(separator: " ")
                line([metric, String(total), detail], [30, 6, 0])
            }
        }
        return out
    }

    /// Terminal columns: East Asian wide characters take two.
    static func columns(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            let v = scalar.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
            return width + (wide ? 2 : 1)
        }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
