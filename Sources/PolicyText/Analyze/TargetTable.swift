/// One row per target, for spreadsheets and statistics packages: the `--format csv` output of `policytext extract`.
public enum TargetTable {
    public static let header = [
        "path", "date", "metric", "kind", "value", "upper", "unit", "bound", "year", "modality", "strength", "actor",
        "start", "end", "target", "sentence", "error",
    ]

    /// The rows of one document: one per target, or a single row carrying the error when the document failed.
    public static func rows(_ record: DocumentAnalysis) -> [[String]] {
        let date = record.date?.description ?? ""
        if let error = record.error {
            return [[record.path, date] + Array(repeating: "", count: header.count - 3) + [error]]
        }
        // The commitment that links a target carries its modality, actor and sentence.
        var owner: [Int: Commitment] = [:]
        for commitment in record.commitments {
            for index in commitment.targets where owner[index] == nil { owner[index] = commitment }
        }
        return record.targets.enumerated().map { index, target in
            let commitment = owner[index]
            return [
                record.path, date, target.metric, target.kind.rawValue, CSV.number(target.value), CSV.number(target.upper),
                target.unit, target.bound.rawValue, target.year.map(String.init) ?? "",
                commitment?.modality.cue ?? "", commitment?.modality.strength.rawValue ?? "", commitment?.actor ?? "",
                String(target.span.start), String(target.span.end), target.span.text,
                commitment?.span.text ?? target.span.text, "",
            ]
        }
    }
}
