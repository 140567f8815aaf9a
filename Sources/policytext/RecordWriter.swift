import ArgumentParser
import Foundation
import PolicyText

/// Writes analysis records in one output format.
struct RecordWriter {
    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, json, csv }

    let format: Format
    let out: OutputFile
    private var count = 0

    init(format: Format, table: ExtractionTable, out: OutputFile, excel: Bool, appending: Bool) {
        self.format = format
        self.out = out
        switch format {
        case .json: out.write("[\n")
        case .csv where !appending:
            if excel { out.write("\u{FEFF}") }  // Excel reads UTF-8 only with a byte-order mark
            out.write(CSV.row(table.header))
        default: break
        }
    }

    /// A record's text in `format`; thread-safe, so the worker threads encode while the writer writes.
    static func encode(_ record: DocumentAnalysis, as format: Format, table: ExtractionTable) -> String {
        switch format {
        case .jsonl, .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = format == .json
                ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
            guard let data = try? encoder.encode(record) else {
                return #"{"path":\#(JSONString.quoted(record.path)),"error":"record could not be encoded"}"#
            }
            return String(decoding: data, as: UTF8.self)
        case .csv:
            return table.rows(record).map(CSV.row).joined()
        }
    }

    /// Writes one encoded record.
    mutating func write(_ encoded: String) {
        if format == .json && count > 0 { out.write(",\n") }
        out.write(encoded)
        if format == .jsonl { out.write("\n") }
        count += 1
    }

    func finish() {
        if format == .json { out.write("\n]\n") }
    }
}

extension ExtractionTable: ExpressibleByArgument {}
