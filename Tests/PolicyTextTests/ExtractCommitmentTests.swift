import Foundation
import Testing
@testable import PolicyText

/// Commitments: which units commit, how strongly, and where their action starts and ends.
@Suite struct ExtractCommitmentTests {
    private func commitments(_ text: String) -> [Commitment] {
        ExtractTestSupport.extract(text, date: CivilDate(year: 2026, month: 1, day: 20)).commitments
    }

    @Test func modalsStayOutOfTheActionTaskVerbsOpenIt() throws {
        let c = commitments("我们将坚持稳中求进，扎实推进高质量发展。强化系统思维，提升宏观政策实施效能。各地要大力提振消费。")
        try #require(c.count == 3)
        #expect(c[0].modality == .init(cue: "将", strength: .intention))
        #expect(c[0].action == "坚持稳中求进，扎实推进高质量发展")
        #expect(c[1].modality.cue == "强化")
        #expect(c[1].action == "强化系统思维，提升宏观政策实施效能", "a cue that is the verb is kept")
        #expect(c[2].actor == "各地")
        #expect(c[2].modality.strength == .directive)
        #expect(c[2].action == "提振消费", "要 and 大力 are passed over")
    }

    @Test func bareImperativesCommitStatementsDoNot() throws {
        let c = commitments("扩大有效投资。一是稳住就业基本盘；二是积极培育新型消费。我国发展面临的环境仍然复杂严峻。")
        #expect(c.map(\.modality.cue) == ["扩大", "稳住", "培育"])
        #expect(c.allSatisfy { $0.modality.strength == .intention })
        #expect(c.map(\.action) == ["扩大有效投资", "稳住就业基本盘", "积极培育新型消费"], "a manner adverb says how: it stays")
    }

    @Test func aStrongerCueInTheUnitWins() throws {
        let c = commitments("统筹安排各类财政资金，确保财政政策持续用力。")
        try #require(c.count == 1)
        #expect(c[0].modality == .init(cue: "确保", strength: .obligation))
        #expect(c[0].action == "统筹安排各类财政资金，确保财政政策持续用力", "the action starts at the opening verb")
    }

    @Test func actionsKeepNegationsSubjectsAndNeverComeOutEmpty() throws {
        let c = commitments("对破坏营商环境的行为严惩不贷、绝不姑息。财政支出强度明显加大。稳定社会预期，实现应保尽保。一个都不能少的决心要。")
        try #require(c.count == 4)
        #expect(c[0].action.hasSuffix("绝不姑息"), "the negation stays with its verb")
        #expect(c[1].action == "财政支出强度明显加大", "a cue verb after its subject keeps the subject")
        #expect(c[2].modality.cue == "稳定", "预期 the noun and 应保尽保 carry no modality")
        #expect(c[2].modality.strength == .intention)
        #expect(c[3].action == "一个都不能少的决心要", "a unit ending in its modal still has an action")
    }

    @Test func titlesListLeadsAndTargetLists() throws {
        let text = """
        （一）大力提振消费、提高投资效益，全方位扩大国内需求。实施提振消费专项行动。
        ——坚持创新驱动发展，因地制宜发展新质生产力。
        今年发展主要预期目标是：国内生产总值增长5%左右；居民收入增长和经济增长同步；国际收支保持基本平衡。
        """
        let c = commitments(text)
        #expect(!c.contains { $0.span.text.hasPrefix("（一）") }, "a numbered title run into its paragraph names a section")
        #expect(c.first?.action == "实施提振消费专项行动")
        #expect(c.contains { $0.action == "坚持创新驱动发展，因地制宜发展新质生产力" }, "the dash leads a list item")
        let list = c.filter { $0.modality.strength == .forecast }
        #expect(list.map(\.action) == ["国内生产总值增长5%左右", "居民收入增长和经济增长同步", "国际收支保持基本平衡"],
                "items of an expected-target list without a figure still belong to it")
    }

    @Test func aNewSubjectStartsTheAction() throws {
        let c = commitments("市委、市政府实施制造业倍增行动，各级各部门必须拿出超常规的举措。")
        try #require(c.count == 1)
        #expect(c[0].actor == "各级各部门")
        #expect(c[0].modality.strength == .obligation)
        #expect(c[0].action == "拿出超常规的举措")
    }

    @Test func targetListDropsItsCopula() throws {
        let c = commitments("今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。")
        try #require(c.count == 2)
        #expect(c[0].modality.strength == .forecast)
        #expect(c[0].action == "国内生产总值增长5%左右")
        #expect(c[1].targets == [1], "the second unit inherits the list's modality through its target")
    }

    @Test func estimatesAreNeitherTargetsNorCommitments() throws {
        let x = ExtractTestSupport.extract("预计今年高校毕业生超过1170万人，要强化促进青年就业政策举措。今年转移支付预计数的比例不低于90%。",
                                           date: CivilDate(year: 2024, month: 3, day: 5))
        #expect(!x.targets.contains { $0.value == 1170 }, "an expected number of graduates is no goal")
        #expect(x.targets.contains { $0.value == 90 }, "预计数 is a noun, not an estimate cue")
        try #require(x.commitments.count >= 1)
        #expect(x.commitments[0].modality.cue == "要")
        #expect(x.commitments[0].action == "强化促进青年就业政策举措")
    }

    @Test func longActionsEndAtAClauseBreak() throws {
        let clause = "加快建设现代化产业体系和高标准市场体系"
        let text = "我们要" + Array(repeating: clause, count: 14).joined(separator: "，") + "。"
        let c = try #require(commitments(text).first)
        let action = Array(c.action.unicodeScalars)
        #expect(action.count <= CommitmentBuilder.maxAction)
        #expect(action.count > CommitmentBuilder.maxAction / 2)
        #expect(c.action.hasSuffix(clause), "cut after a whole clause, not inside a word")
    }

    @Test func modalityFileRolesAreChecked() {
        let ok = DataFile(name: "x", contents: "")
        func load(_ text: String) throws(DataFile.LoadError) {
            _ = try ExtractLexicon(modality: DataFile(name: "m.tsv", contents: text), actors: ok, sections: ok,
                                   tense: ok, metric: ok, slogans: ok, sloganHeads: ok, sloganRejects: ok)
        }
        #expect(throws: DataFile.LoadError(file: "m.tsv", line: 2, message: "unknown role \"modal\" (auxiliary, verb, task, adverb)")) {
            try load("要\tdirective\tauxiliary\n必须\tobligation\tmodal\n")
        }
        #expect(throws: DataFile.LoadError(file: "m.tsv", line: 1, message: "a cue needs a role (auxiliary, verb, task)")) {
            try load("要\tdirective\n")
        }
        #expect(throws: DataFile.LoadError(file: "m.tsv", line: 1, message: "role task needs a strength")) {
            try load("扩大\tnone\ttask\n")
        }
    }

    @Test func nationalReportForecastOfGraduatesIsNoTarget() throws {
        try #require(ExtractTestSupport.extractor != nil)
        let url = ExtractTestSupport.shared.appendingPathComponent("corpus/national/work-reports/2024.txt")
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        let source = try ExtractTestSupport.decode(url)
        let x = try #require(ExtractTestSupport.extractor).extract(Normalizer().normalize(source),
                                                                  documentDate: CivilDate(year: 2024, month: 3, day: 5))
        #expect(!x.targets.contains { $0.span.text.contains("1170万人") })
        #expect(x.targets.contains { $0.span.text.contains("1200万人") }, "the employment goal next to it stays")
        let bare = x.commitments.filter { $0.modality.strength == .intention && $0.action.hasPrefix($0.modality.cue) }
        #expect(bare.count > 50, "the plan's tasks are read, not only its modal sentences")
    }
}
