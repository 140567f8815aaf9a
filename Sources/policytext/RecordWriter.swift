import ArgumentParser
import Foundation
import PolicyText

/// Writes analysis records in one output format.
struct RecordWriter {
    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, json, csv }

    let format: Format
    let out: OutputFile
    private let encoder = JSONEncoder()
    private var count = 0

    init(format: Format, out: OutputFile, excel: Bool, appending: Bool) {
        self.format = format
        self.out = out
        encoder.outputFormatting = format == .json
            ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        switch format {
        case .json: out.write("[\n")
        case .csv where !appending:
            if excel { out.write("\u{FEFF}") }  // Excel reads UTF-8 only with a byte-order mark
            out.write(CSV.row(TargetTable.header))
        default: break
        }
    }

    mutating func write(_ record: DocumentAnalysis) {
        switch format {
        case .jsonl, .json:
            guard let data = try? encoder.encode(record) else { return }
            if format == .json && count > 0 { out.write(",\n") }
            out.write(String(decoding: data, as: UTF8.self))
            if format == .jsonl { out.write("\n") }
        case .csv:
            for row in TargetTable.rows(record) { out.write(CSV.row(row)) }
        }
        count += 1
    }

    func finish() {
        if format == .json { out.write("\n]\n") }
    }
}
