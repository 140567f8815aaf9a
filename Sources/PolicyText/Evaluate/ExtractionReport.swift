/// Scores of an extraction run over a gold set: per document, and micro-averaged over all documents
/// (TP/FP/FN summed before the ratios are taken).
public struct ExtractionReport: Codable, Sendable, Equatable {
    public var documents: [DocumentScore]
    /// Predictions that annotate no gold document (ignored by the scores, listed so a wrong path shows).
    public var unmatchedPredictions: [String]

    public init(documents: [DocumentScore], unmatchedPredictions: [String] = []) {
        self.documents = documents
        self.unmatchedPredictions = unmatchedPredictions
    }

    /// Scores each gold document against the prediction with the same path. Paths match when one is a suffix
    /// of the other by whole path components, so `provincial-2026/浙江省.txt` matches a prediction printed as
    /// `corpus/provincial-2026/浙江省.txt` and `Corpus/000_….txt` matches `000_….txt`. A gold document without
    /// a prediction scores as all missed.
    public init(gold: [GoldDocument], predictions: [ExtractionPrediction], scorer: ExtractionScorer = ExtractionScorer()) {
        var used = Set<Int>()
        var documents: [DocumentScore] = []
        for document in gold {
            let index = predictions.indices.first { i in
                !used.contains(i) && predictions[i].path.map { Self.samePath($0, document.document) } == true
            }
            if let index { used.insert(index) }
            documents.append(scorer.score(gold: document, prediction: index.map { predictions[$0] }))
        }
        self.documents = documents
        self.unmatchedPredictions = predictions.indices.filter { !used.contains($0) }.map { predictions[$0].path ?? "(no path)" }
    }

    public var targets: TypeScore { documents.reduce(TypeScore()) { $0 + $1.targets } }
    public var times: TypeScore { documents.reduce(TypeScore()) { $0 + $1.times } }
    public var slogans: TypeScore { documents.reduce(TypeScore()) { $0 + $1.slogans } }
    public var targetAgreement: TargetAgreement { documents.reduce(TargetAgreement()) { $0 + $1.targetAgreement } }
    /// Commitments summed over the documents whose gold has a commitment window (the others are not scored).
    public var commitments: TypeScore { documents.reduce(TypeScore()) { $0 + ($1.commitments ?? TypeScore()) } }
    public var commitmentAgreement: CommitmentAgreement {
        documents.reduce(CommitmentAgreement()) { $0 + ($1.commitmentAgreement ?? CommitmentAgreement()) }
    }
    /// The number of documents whose commitments are scored.
    public var commitmentDocuments: Int { documents.filter { $0.commitments != nil }.count }

    private enum CodingKeys: String, CodingKey { case documents, unmatchedPredictions, total }

    /// The micro averages of `--json`: summed counts, as the text table's last rows.
    public struct Total: Codable, Sendable, Equatable {
        public var targets: TypeScore
        public var times: TypeScore
        public var slogans: TypeScore
        public var targetAgreement: TargetAgreement
        /// Over the `commitmentDocuments` documents with a commitment window.
        public var commitments: TypeScore
        public var commitmentAgreement: CommitmentAgreement
        public var commitmentDocuments: Int
    }

    public var total: Total {
        Total(targets: targets, times: times, slogans: slogans, targetAgreement: targetAgreement,
              commitments: commitments, commitmentAgreement: commitmentAgreement, commitmentDocuments: commitmentDocuments)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        documents = try c.decode([DocumentScore].self, forKey: .documents)
        unmatchedPredictions = try c.decode([String].self, forKey: .unmatchedPredictions)
    }

    /// `documents` and `unmatchedPredictions`, plus `total` (derived, ignored when decoding).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(documents, forKey: .documents)
        try c.encode(unmatchedPredictions, forKey: .unmatchedPredictions)
        try c.encode(total, forKey: .total)
    }

    static func samePath(_ a: String, _ b: String) -> Bool {
        let x = components(a), y = components(b)
        guard !x.isEmpty, !y.isEmpty else { return false }
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        return Array(long.suffix(short.count)) == short
    }

    private static func components(_ path: String) -> [Substring] {
        path.split(separator: "/").filter { $0 != "." }
    }

    /// A plain-text table: one row per document and type (`commits`: commitments, for documents whose gold has a
    /// commitment window), then the micro average and the attribute agreement of matched targets and commitments.
    /// With `details`, the missed and spurious items of each document follow.
    public func render(details: Bool = false) -> String {
        var lines: [String] = []
        let header = [pad("document", 34), pad("type", 8), lpad("gold", 5), lpad("pred", 5), lpad("TP", 5),
                      lpad("FP", 5), lpad("FN", 5), lpad("P", 6), lpad("R", 6), lpad("F1", 6)].joined(separator: " ")
        lines.append(header)
        lines.append(String(repeating: "-", count: header.count))
        func row(_ name: String, _ type: String, _ s: TypeScore) -> String {
            [pad(name, 34), pad(type, 8), lpad("\(s.truePositives + s.falseNegatives)", 5),
             lpad("\(s.truePositives + s.falsePositives)", 5), lpad("\(s.truePositives)", 5),
             lpad("\(s.falsePositives)", 5), lpad("\(s.falseNegatives)", 5),
             lpad(ratio(s.precision), 6), lpad(ratio(s.recall), 6), lpad(ratio(s.f1), 6)].joined(separator: " ")
        }
        for d in documents {
            let name = d.predicted ? d.document : d.document + " (no prediction)"
            lines.append(row(name, "targets", d.targets))
            lines.append(row("", "times", d.times))
            lines.append(row("", "slogans", d.slogans))
            if let c = d.commitments { lines.append(row("", "commits", c)) }
        }
        lines.append(String(repeating: "-", count: header.count))
        lines.append(row("micro average (\(documents.count) documents)", "targets", targets))
        lines.append(row("", "times", times))
        lines.append(row("", "slogans", slogans))
        if commitmentDocuments > 0 { lines.append(row("", "commits", commitments)) }
        let a = targetAgreement
        func rate(_ n: Int, of agreement: some MatchAgreement) -> String { agreement.rate(n).map(ratio) ?? "-" }
        lines.append("")
        lines.append("matched targets: \(a.matched); agreement: metric \(rate(a.metric, of: a)), "
                     + "kind \(rate(a.kind, of: a)), value \(rate(a.value, of: a)), bound \(rate(a.bound, of: a)), "
                     + "year \(rate(a.year, of: a))")
        if commitmentDocuments > 0 {
            let c = commitmentAgreement
            lines.append("commitments (commits; inside the windows of \(commitmentDocuments) documents): "
                         + "matched \(c.matched); agreement: strength \(rate(c.strength, of: c)), "
                         + "actor \(rate(c.actor, of: c)), action exact \(rate(c.actionExact, of: c)), "
                         + "action character F1 \(c.meanActionF1.map(ratio) ?? "-")")
        }
        if !unmatchedPredictions.isEmpty {
            lines.append("predictions for documents without gold (ignored): \(unmatchedPredictions.count)")
        }
        if details {
            for d in documents where !d.missed.isEmpty || !d.spurious.isEmpty {
                lines.append("")
                lines.append("## \(d.document)")
                for m in d.missed { lines.append("  missed   \(m.type) \(m.start)..<\(m.end) \(m.text) [\(m.key)]") }
                for s in d.spurious { lines.append("  spurious \(s.type) \(s.start)..<\(s.end) \(s.text) [\(s.key)]") }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func ratio(_ x: Double) -> String {
        let scaled = Int((x * 1000).rounded())
        let whole = scaled / 1000, fraction = scaled % 1000
        let digits = String(fraction)
        return "\(whole)." + String(repeating: "0", count: 3 - digits.count) + digits
    }

    /// Pads by display width (CJK characters count as two columns).
    private func pad(_ s: String, _ width: Int) -> String {
        s + String(repeating: " ", count: max(0, width - displayWidth(s)))
    }

    private func lpad(_ s: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - displayWidth(s))) + s
    }

    private func displayWidth(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 && $1.properties.isIdeographic || ($1.value >= 0xFF00 && $1.value <= 0xFFEF) ? 2 : 1) }
    }
}
