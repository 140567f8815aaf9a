/// The CSV tables `policytext extract --format csv --table …` writes: one row per target (the default), per
/// commitment, per time or per slogan, each row led by the document's path and date so tables from many documents
/// stack into one file. A failed document is a single row carrying the error in the last column.
public enum ExtractionTable: String, CaseIterable, Sendable {
    case targets, commitments, times, slogans

    public var header: [String] {
        switch self {
        case .targets: TargetTable.header
        case .commitments:
            ["path", "date", "actor", "modality", "strength", "action", "targets", "metrics", "times", "slogans",
             "start", "end", "sentence", "error"]
        case .times: ["path", "date", "text", "kind", "from", "to", "basis", "start", "end", "error"]
        case .slogans: ["path", "date", "text", "form", "head", "scope", "start", "end", "error"]
        }
    }

    public func rows(_ record: DocumentAnalysis) -> [[String]] {
        let date = record.date?.description ?? ""
        if let error = record.error, self != .targets {
            return [[record.path, date] + Array(repeating: "", count: header.count - 3) + [error]]
        }
        switch self {
        case .targets:
            return TargetTable.rows(record)
        case .commitments:
            // Linked items are listed by their text, joined with "; " (a cell holds one value for spreadsheets).
            func texts(_ indexes: [Int], _ text: (Int) -> String?) -> String {
                indexes.compactMap(text).joined(separator: "; ")
            }
            return record.commitments.map { c in
                [record.path, date, c.actor ?? "", c.modality.cue, c.modality.strength.rawValue, c.action,
                 texts(c.targets) { record.targets.indices.contains($0) ? record.targets[$0].span.text : nil },
                 texts(c.targets) { record.targets.indices.contains($0) ? record.targets[$0].metric : nil },
                 texts(c.times) { record.times.indices.contains($0) ? record.times[$0].text : nil },
                 texts(c.slogans) { record.slogans.indices.contains($0) ? record.slogans[$0].text : nil },
                 String(c.span.start), String(c.span.end), c.span.text, ""]
            }
        case .times:
            return record.times.map { t in
                [record.path, date, t.text, t.kind.rawValue, t.start?.description ?? "", t.end?.description ?? "",
                 t.basis.rawValue, String(t.span.start), String(t.span.end), ""]
            }
        case .slogans:
            return record.slogans.map { s in
                [record.path, date, s.text, s.form.rawValue, s.head ?? "", s.scope ?? "", String(s.span.start),
                 String(s.span.end), ""]
            }
        }
    }
}
