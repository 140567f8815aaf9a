import Foundation
import Testing
@testable import PolicyText

@Suite struct ExtractRobustnessTests {
    @Test func articleAndPageNumbersAreNotTargets() {
        let law = """
        第二十七条 违反本法规定，拒不改正的，处五万元以上十万元以下的罚款。
        第二十八条 本法自2026年1月1日起施行。
        — 3 —
        第3页 共12页
        """
        let x = ExtractTestSupport.extract(law)
        #expect(x.targets.isEmpty, "\(x.targets.map(\.span.text))")
        #expect(x.slogans.isEmpty, "\(x.slogans.map(\.text))")
    }

    @Test func onlyNumbersOnlyPunctuationOnlySlogans() {
        let numbers = (0..<5000).map { String($0 % 97) }.joined(separator: " ")
        #expect(ExtractTestSupport.extract(numbers).targets.isEmpty)
        let punctuation = String(repeating: "，。；：“”！？、（）——……%+", count: 3000)
        let p = ExtractTestSupport.extract(punctuation)
        #expect(p.targets.isEmpty && p.slogans.isEmpty && p.commitments.isEmpty)
        let slogans = String(repeating: "“两个确保”“十大战略”“1+14”", count: 2000)
        let s = ExtractTestSupport.extract(slogans)
        #expect(s.slogans.count == 6000)
        #expect(s.targets.isEmpty)
        #expect(ExtractTestSupport.extract("").targets.isEmpty)
    }

    @Test func flattenedTableGivesNoTargets() {
        let table = """
        指标 2024年 2025年
        地区生产总值（亿元） 12000 12800
        增长（%） 5.0 5.4
        城镇新增就业（万人） 60 62
        """
        let x = ExtractTestSupport.extract(table, date: CivilDate(year: 2026, month: 1, day: 14))
        #expect(x.targets.isEmpty, "\(x.targets.map(\.span.text))")
    }

    @Test func hundredThousandCharacterSentence() {
        let unit = "力争地区生产总值增长5%左右并推动“两个确保”落地实施到2030年"
        var text = ""
        while text.unicodeScalars.count < 100_000 { text += unit }
        let x = ExtractTestSupport.extract(text, date: CivilDate(year: 2026, month: 1, day: 14))
        #expect(x.slogans.count > 1000)
        #expect(x.commitments.count == 1, "one unpunctuated sentence is one unit")
        #expect((x.commitments.first?.action.unicodeScalars.count ?? 0) <= CommitmentBuilder.maxAction)
    }

    /// Doubling the input must roughly double the time: no quadratic paths.
    @Test func linearTime() throws {
        let paragraph = ExtractLayoutTests.report + ExtractTargetTests.seedPlan
            + "“十大战略”“1+14”一揽子人才政策，深化“放管服效”改革。要坚持引进与培育并重，放大专精特新企业优势。\n"
        func run(_ copies: Int) -> Double {
            let text = String(repeating: paragraph, count: copies)
            let clock = ContinuousClock()
            let elapsed = clock.measure { _ = ExtractTestSupport.extract(text, date: CivilDate(year: 2026, month: 1, day: 14)) }
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }
        _ = run(50)   // warm up
        let small = run(200)
        let large = run(1600)
        #expect(large < small * 8 * 2.5, "200 copies: \(small)s, 1600 copies: \(large)s")
    }

    /// Each estimate cue (预计) covers the rest of its clause: many cues in one clause without punctuation must not
    /// rescan it once per cue.
    @Test func estimateCuesInOneLongClauseStayLinear() {
        func run(_ copies: Int) -> Double {
            let text = String(repeating: "预计增长5%", count: copies)
            let clock = ContinuousClock()
            let elapsed = clock.measure { _ = ExtractTestSupport.extract(text) }
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }
        _ = run(500)   // warm up
        let small = run(4_000)
        let large = run(32_000)
        #expect(large < small * 8 * 2.5, "4,000 copies: \(small)s, 32,000 copies: \(large)s")
    }
}

@Suite struct ExtractFuzzTests {
    /// Random text over the characters the extractor reacts to: no trap, spans inside the text, indexes valid.
    @Test func randomTextKeepsInvariants() {
        let alphabet = Array("增长倍增翻一番两个确保十大战略力争到年内今年去年过去第条（）()“”\"、，。；：%—5.10万亿元人家项以上左右以内和分别比上年从提高到实施要必须市委、市政府1+14两年内2023—2026年\n ".unicodeScalars)
        var rng = SplitMix(seed: 20260114)
        for round in 0..<60 {
            var text = String.UnicodeScalarView()
            let length = 50 + Int(rng.next() % 3000)
            for _ in 0..<length { text.append(alphabet[Int(rng.next() % UInt64(alphabet.count))]) }
            let string = String(text)
            let count = string.unicodeScalars.count
            let x = ExtractTestSupport.extract(string, date: round % 2 == 0 ? CivilDate(year: 2026, month: 1, day: 14) : nil)
            for span in x.targets.map(\.span) + x.times.map(\.span) + x.slogans.map(\.span) + x.commitments.map(\.span) {
                #expect(0 <= span.start && span.start <= span.end && span.end <= count)
            }
            #expect(x.targets.allSatisfy { $0.time.map { x.times.indices.contains($0) } ?? true })
            #expect(x.commitments.allSatisfy { c in
                c.targets.allSatisfy(x.targets.indices.contains) && c.times.allSatisfy(x.times.indices.contains)
                    && c.slogans.allSatisfy(x.slogans.indices.contains)
            })
        }
    }

    @Test func manyParenthesesAfterAFigure() {
        let text = "今年新增就业100万人" + String(repeating: "（）", count: 50_000) + "。"
        let x = ExtractTestSupport.extract(text, date: CivilDate(year: 2026, month: 1, day: 14))
        #expect(x.targets.count <= 1)
    }
}

