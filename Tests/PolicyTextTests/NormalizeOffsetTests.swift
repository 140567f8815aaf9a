import Foundation
import Testing
@testable import PolicyText

@Suite struct NormalizeOffsetTests {
    /// The offset map's invariants: one entry per scalar plus one, non-decreasing, ending at the source length,
    /// and each kept scalar is the normalization of the source scalar it starts at.
    func checkMap(_ n: NormalizedText) {
        let sourceCount = n.source.text.unicodeScalars.count
        #expect(n.sourceOffsets.count == n.scalars.count + 1)
        #expect(n.sourceOffsets.last == sourceCount)
        for i in n.scalars.indices where !n.mojibake.contains(where: { $0.repaired && $0.start <= i && i < $0.end }) {
            // Every scalar reads at least one source scalar; deletions only widen ranges.
            if n.sourceOffsets[i] >= n.sourceOffsets[i + 1] {
                Issue.record("scalar \(i) maps to an empty source range")
                return
            }
        }
    }

    /// Normalizing the source slice behind a random normalized span gives the span's text.
    ///
    /// Normalization reads a little context — ICU's word rules (顯著), the digit before `．`, the line a chrome cue
    /// sits on — so a slice cut right there can read differently on its own. Those cases must be rare (at most 2%
    /// of spans), and with 8 source characters of context on each side every span must read exactly as itself.
    func checkRandomSpans(_ n: NormalizedText, count: Int, seed: UInt64) {
        guard n.scalars.count > 2 else { return }
        var rng = SplitMix(seed: seed)
        let normalizer = Normalizer(script: n.cleanup.traditionalDocument ? .traditional : .simplified)
        let source = Array(n.source.text.unicodeScalars)
        func normalize(_ range: Range<Int>) -> NormalizedText {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: source[range])
            return normalizer.normalize(SourceText(text: String(view), encoding: "UTF-8"))
        }
        var alone = 0
        for _ in 0..<count {
            let a = Int.random(in: 0..<(n.scalars.count - 1), using: &rng)
            let b = Int.random(in: (a + 1)...min(n.scalars.count, a + 200), using: &rng)
            let range = n.sourceRange(a..<b)
            if normalize(range).text == n.text(a..<b) { continue }
            alone += 1
            let lo = max(0, range.lowerBound - 8), hi = min(source.count, range.upperBound + 8)
            let m = normalize(lo..<hi)
            let inside = m.scalars.indices.filter { range.contains(m.sourceOffsets[$0] + lo) }
            let text = inside.isEmpty ? "" : m.text(inside.first!..<(inside.last! + 1))
            if text != n.text(a..<b) { Issue.record("span \(a)..<\(b): \(n.text(a..<b)) ≠ \(text)") }
        }
        #expect(alone * 50 <= count, "\(alone) of \(count) spans read differently without context")
    }

    @Test func mapIsExactOnSmallCases() {
        let n = NormalizeFixtures.normalize("下载\n業(yè)發(fā)展ＧＤＰ\r\n打印\n好")
        #expect(n.text == "业发展GDP\n好")
        checkMap(n)
        #expect(n.sourceOffsets == [3, 8, 13, 14, 15, 16, 17, 22, 23])
        #expect(n.span(0..<3) == Span(start: 3, end: 14, text: "业发展"))
    }

    @Test func emptyAndBlank() {
        #expect(NormalizeFixtures.normalize("").scalars.isEmpty)
        let n = NormalizeFixtures.normalize("\n\n")
        #expect(n.text == "\n\n")
        checkMap(n)
    }

    @Test func randomSpansOnMixedText() {
        let text = """
            下载
            打印
            市委書記萬正峰在全市“萬人助萬企”活動暨制造業(yè)倍增行動推進(jìn)會上指出，增長５．５％。
            【字體：大 中 小】

            經濟發展的重(zhòng)中之重?!笔∥鞔_提出\r
            相關報道：
            """
        let n = NormalizeFixtures.normalize(text)
        checkMap(n)
        checkRandomSpans(n, count: 300, seed: 1)
    }

    @Test(.enabled(if: NormalizeFixtures.hasCorpus)) func randomSpansOnCorpusDocuments() throws {
        for path in [NormalizeFixtures.seedPath, NormalizeFixtures.corpus + "/encodings/hebei-2026.traditional.big5.txt",
            NormalizeFixtures.corpus + "/provincial-2026/宁夏回族自治区.txt"]
        {
            let n = Normalizer().normalize(try NormalizeFixtures.decode(path))
            checkMap(n)
            checkRandomSpans(n, count: 300, seed: 7)
        }
    }

    @Test func manyTasksAtOnce() async throws {
        let text = String(repeating: "市委書記萬正峰在全市活動暨制造業(yè)倍增行動推進(jìn)會上指出，重中之重?!笔∥鞔_提出。\n下载\n", count: 50)
        let expected = NormalizeFixtures.normalize(text)
        let results = await withTaskGroup(of: NormalizedText.self) { group in
            for _ in 0..<16 { group.addTask { NormalizeFixtures.normalize(text) } }
            var all: [NormalizedText] = []
            for await r in group { all.append(r) }
            return all
        }
        for r in results {
            #expect(r.scalars == expected.scalars && r.sourceOffsets == expected.sourceOffsets && r.cleanup == expected.cleanup)
        }
        #expect(expected.cleanup.pinyinAnnotationsRemoved == 100 && expected.cleanup.mojibakeSpans == 50)
    }
}

extension NormalizeOffsetTests {
    /// Random text over the characters every stage reacts to: no trap, and the map stays well formed.
    @Test func randomTextNeverBreaksTheMap() {
        let alphabet = Array("業發國着著重中之笔∥鞔确確?!！_()（）yèjìnǔM下载打印【】>\n\r\u{3000}０５．％Ａ\u{200B}\u{E5F9}\u{FFFD}\u{F9B5}𠀀a ".unicodeScalars)
        var rng = SplitMix(seed: 42)
        for _ in 0..<2000 {
            var view = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...120, using: &rng) { view.append(alphabet.randomElement(using: &rng)!) }
            let n = NormalizeFixtures.normalize(String(view))
            checkMap(n)
            let repaired = n.mojibake.filter(\.repaired)
            #expect(n.cleanup.mojibakeRepaired == repaired.count && n.cleanup.mojibakeSpans == n.mojibake.count)
            for run in n.mojibake { #expect(run.start < run.end && run.end <= n.scalars.count) }
        }
    }
}
