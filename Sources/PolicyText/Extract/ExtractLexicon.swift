import Foundation

/// The extractor's data: cue words, slogan knowledge base, actors, section cues and metric words, each loaded
/// once from a data file under `Resources/` (file names prefixed `extract-`) with line-numbered errors.
struct ExtractLexicon: Sendable {
    /// A slogan known to the knowledge base.
    struct KnownSlogan: Codable, Sendable {
        var text: String
        var form: Slogan.Form
        var expansion: [String]?
        var scope: String?
        /// Only inside quotation marks: the words also occur in ordinary prose.
        var quoted: Bool?
    }

    enum Tense: String, Sendable { case past, goal, future, estimate, neutral }
    enum SectionRole: String, Sendable { case reviewHeading, reviewParagraph, planSentence, planHeading }
    /// A verb between a metric and its number: the kind it sets (nil: none) and the bound it implies.
    struct MetricVerb: Sendable, Equatable {
        var kind: Target.Kind?
        var bound: Target.Bound?
    }

    /// A word of the modality file: its strength (nil: no cue) and where it stands to the action.
    struct ModalityWord: Sendable, Equatable {
        enum Role: String, Sendable {
            /// A modal or adverb before the action, left out of it (要, 必须, 将).
            case auxiliary
            /// A cue that is the action's own verb (推动, 确保).
            case verb
            /// A plain task verb: a cue only when it opens a unit of a plan (扩大有效投资).
            case task
            /// A manner word passed over on the way to the opening verb (积极, 扎实).
            case adverb
            /// Contains a cue but is none (主要 hides 要).
            case shadow
        }
        var strength: Commitment.Strength?
        var role: Role
    }

    var modality = ScalarTrie<ModalityWord>()
    var actors = ScalarTrie<String>()
    var sections = ScalarTrie<SectionRole>()
    var tense = ScalarTrie<Tense>()
    var metricVerbs = ScalarTrie<MetricVerb>()
    var metricSuffixes = ScalarTrie<Target.Kind>()
    var metricLeads = ScalarTrie<Bool>()
    /// Verbs before a metric that stay outside it (新建, 建成, 培育); `true` for those stripped only before things
    /// counted (新增: `新增无还本续贷` and `新增装机` read only with it).
    var metricVerbLeads = ScalarTrie<Bool>()
    /// Metric endings that keep a count-only verb lead (`新增城镇就业`, `新增吞吐量`).
    var flowNouns = ScalarTrie<Bool>()
    /// Phrases joined by 和 that name one thing: a metric holding one is not split in two (货物和服务进出口).
    var joinedNouns = ScalarTrie<Bool>()
    /// Words that open a metric although they start like a verb lead (建设用地).
    var metricNouns = ScalarTrie<Bool>()
    /// Modal and time words stripped from the end of a metric (`能源消耗强度要`, `进出口总额预期`).
    var metricTrims = ScalarTrie<Bool>()
    /// Endings that look like a trim but are words (主要, 重要).
    var metricKeepEnds = ScalarTrie<Bool>()
    /// Words naming the change of their subject, dropped from the metric (`居民消费价格涨幅` → 居民消费价格, growth).
    var metricSubjectSuffixes = ScalarTrie<Target.Kind>()
    /// Baselines ending a metric (`城乡居民收入比上年`): trimmed before a percentage; before an amount the figure is a
    /// difference from last year (`支出规模比去年扩大2万亿元`), no goal.
    var metricBaselines = ScalarTrie<Bool>()
    /// Verbs that work on an existing set (`抓好550个省重大项目`, `推动21家…`): the count is no goal.
    var setVerbs = ScalarTrie<Bool>()
    var quantityTails = ScalarTrie<Bool>()
    /// Words that, inside the noun after a count, show the clause goes on (`100个项目纳入…`, `…的企业`).
    var countedNounStops = ScalarTrie<Bool>()
    var slogans = ScalarTrie<KnownSlogan>()
    var sloganHeads = ScalarTrie<Bool>()
    var sloganRejects = Set<String>()
    /// Words that oppose what follows (不搞, 杜绝): a quoted compound after one names a practice to stop.
    var sloganOpposers = ScalarTrie<Bool>()

    /// Loads the bundled data files.
    static func bundled() throws(DataFile.LoadError) -> ExtractLexicon {
        try ExtractLexicon(
            modality: DataFile(resource: "extract-modality.tsv"),
            actors: DataFile(resource: "extract-actors.txt"),
            sections: DataFile(resource: "extract-sections.tsv"),
            tense: DataFile(resource: "extract-tense.tsv"),
            metric: DataFile(resource: "extract-metric.tsv"),
            slogans: DataFile(resource: "extract-slogans.jsonl"),
            sloganHeads: DataFile(resource: "extract-slogan-heads.txt"),
            sloganRejects: DataFile(resource: "extract-slogan-rejects.txt"),
            sloganOpposers: DataFile(resource: "extract-slogan-opposers.txt"))
    }

    init(modality: DataFile, actors: DataFile, sections: DataFile, tense: DataFile, metric: DataFile,
         slogans: DataFile, sloganHeads: DataFile, sloganRejects: DataFile,
         sloganOpposers: DataFile = DataFile(name: "none", contents: "")) throws(DataFile.LoadError) {
        for line in modality.lines {
            let fields = line.text.split(separator: "\t", omittingEmptySubsequences: true).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard fields.count == 2 || fields.count == 3 else {
                throw modality.error(line, "expected word <TAB> strength [<TAB> role]")
            }
            let strength = Commitment.Strength(rawValue: fields[1])
            guard strength != nil || fields[1] == "none" else {
                throw modality.error(line, "unknown strength \"\(fields[1])\" (obligation, directive, intention, aspiration, encouragement, forecast, none)")
            }
            let role: ModalityWord.Role
            if fields.count == 3 {
                guard let r = ModalityWord.Role(rawValue: fields[2]), r != .shadow else {
                    throw modality.error(line, "unknown role \"\(fields[2])\" (auxiliary, verb, task, adverb)")
                }
                role = r
            } else {
                role = .shadow
            }
            guard (strength == nil) == (role == .adverb || role == .shadow) else {
                throw modality.error(line, strength == nil
                    ? "role \(role.rawValue) needs a strength" : "a cue needs a role (auxiliary, verb, task)")
            }
            self.modality.insert(fields[0], ModalityWord(strength: strength, role: role))
        }
        for line in actors.lines { self.actors.insert(line.text, line.text) }
        // This file is role-first: `role <TAB> word`.
        for (line, roleName, word) in try Self.pairs(sections) {
            guard let role = SectionRole(rawValue: roleName) else {
                throw sections.error(line, "unknown section role \"\(roleName)\" (reviewHeading, reviewParagraph, planSentence, planHeading)")
            }
            self.sections.insert(word, role)
        }
        for (line, word, value) in try Self.pairs(tense) {
            guard let t = Tense(rawValue: value) else {
                throw tense.error(line, "unknown tense \"\(value)\" (past, goal, future, estimate, neutral)")
            }
            self.tense.insert(word, t)
        }
        for (line, word, value) in try Self.pairs(metric) {
            switch value {
            case "lead": metricLeads.insert(word, true)
            case "verb-lead": metricVerbLeads.insert(word, false)
            case "verb-lead-count": metricVerbLeads.insert(word, true)
            case "flow": flowNouns.insert(word, true)
            case "noun": metricNouns.insert(word, true)
            case "joined": joinedNouns.insert(word, true)
            case "trim": metricTrims.insert(word, true)
            case "keep-end": metricKeepEnds.insert(word, true)
            case "set-verb": setVerbs.insert(word, true)
            case "baseline": metricBaselines.insert(word, true)
            case _ where value.hasPrefix("subject-"):
                guard let kind = Target.Kind(rawValue: String(value.dropFirst(8))) else {
                    throw metric.error(line, "unknown subject kind \"\(value)\"")
                }
                metricSubjectSuffixes.insert(word, kind)
            case "tail": quantityTails.insert(word, true)
            case "noun-stop": countedNounStops.insert(word, true)
            case _ where value.hasPrefix("suffix-"):
                guard let kind = Target.Kind(rawValue: String(value.dropFirst(7))) else {
                    throw metric.error(line, "unknown suffix kind \"\(value)\"")
                }
                metricSuffixes.insert(word, kind)
            default:
                let parts = value.split(separator: "+").map(String.init)
                let kind = parts[0] == "verb" ? nil : Target.Kind(rawValue: parts[0])
                let bound = parts.count > 1 ? Target.Bound(rawValue: parts[1]) : nil
                guard parts.count <= 2, parts[0] == "verb" || kind != nil, parts.count == 1 || bound != nil else {
                    throw metric.error(line, "unknown role \"\(value)\" (a target kind or verb, optionally +atLeast/+atMost; suffix-<kind>; subject-<kind>; lead; verb-lead; verb-lead-count; flow; noun; joined; trim; keep-end; set-verb; baseline; tail; noun-stop)")
                }
                metricVerbs.insert(word, MetricVerb(kind: kind, bound: bound))
            }
        }
        for (line, known) in try slogans.decodeJSONLines(KnownSlogan.self) {
            guard !known.text.isEmpty else { throw slogans.error(line, "empty slogan text") }
            self.slogans.insert(known.text, known)
        }
        for line in sloganHeads.lines { self.sloganHeads.insert(line.text, true) }
        for line in sloganRejects.lines { self.sloganRejects.insert(line.text) }
        for line in sloganOpposers.lines { self.sloganOpposers.insert(line.text, true) }
    }

    /// `word <TAB> value` lines.
    private static func pairs(_ file: DataFile) throws(DataFile.LoadError) -> [(DataFile.Line, String, String)] {
        var result: [(DataFile.Line, String, String)] = []
        for line in file.lines {
            let fields = line.text.split(separator: "\t", omittingEmptySubsequences: true)
            guard fields.count == 2 else { throw file.error(line, "expected two tab-separated fields") }
            result.append((line, String(fields[0]), String(fields[1]).trimmingCharacters(in: .whitespaces)))
        }
        return result
    }
}
