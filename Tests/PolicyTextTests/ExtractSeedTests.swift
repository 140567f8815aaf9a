import Foundation
import Testing
@testable import PolicyText

/// The seed as it is stored: Traditional characters, pinyin annotations, GBK mojibake.
@Suite struct ExtractSeedTests {
    static let analysis: (source: SourceText, extraction: Extraction)? = {
        guard let source = try? ExtractTestSupport.decode(ExtractTestSupport.seedURL) else { return nil }
        let text = Normalizer().normalize(source)
        return (source, ExtractTestSupport.extractor?.extract(text, documentDate: nil) ?? Extraction())
    }()

    @Test func fourMultiplierTargetsAnchoredOn2023to2026() throws {
        let (source, x) = try #require(Self.analysis)
        #expect(x.targets.map(\.metric) == ["制造业招商到位资金", "制造业投资", "产能", "规模以上制造业增加值"])
        #expect(x.targets.map(\.year) == [2024, 2025, 2025, 2026])
        #expect(x.targets.allSatisfy { $0.kind == .multiplier && $0.value == 2 && $0.unit == "倍" })
        // Spans point into the Traditional source, annotations and all.
        let scalars = Array(source.text.unicodeScalars)
        let first = try #require(x.targets.first)
        let sourceText = String(String.UnicodeScalarView(scalars[first.span.start..<first.span.end]))
        #expect(sourceText.hasPrefix("制造業(yè)招商到位資金"))
        #expect(sourceText.hasSuffix("倍增"))
        #expect(first.span.text == "制造业招商到位资金实现倍增")
        let horizons = x.targets.compactMap { $0.time.map { x.times[$0].text } }
        #expect(horizons == ["两年内", "三年内", "三年内", "四年内"])
    }

    @Test func slogansIncludingThoseDamagedByMojibake() throws {
        let (_, x) = try #require(Self.analysis)
        let texts = Set(x.slogans.map(\.text))
        for expected in ["两个确保", "十大战略", "一高四新两能", "1+14", "放管服效", "万人助万企", "转型+增效", "科研+研发",
                         "集群+链式", "专精特新"] {
            #expect(texts.contains(expected), "missing \(expected)")
        }
        #expect(!texts.contains("牛鼻子"))
        #expect(x.slogans.first { $0.text == "1+14" }?.head == "一揽子人才政策")
    }

    @Test func commitmentsCarryActorsAndModality() throws {
        let (_, x) = try #require(Self.analysis)
        let plan = try #require(x.commitments.first { !$0.targets.isEmpty })
        #expect(plan.actor == "市委、市政府")
        #expect(plan.targets == [0, 1, 2, 3])
        let must = try #require(x.commitments.first { $0.modality.cue == "必须" && $0.times == [0] })
        #expect(must.modality.strength == .obligation)
        #expect(must.actor == "各级各部门", "the actor named right before the cue")
    }
}
