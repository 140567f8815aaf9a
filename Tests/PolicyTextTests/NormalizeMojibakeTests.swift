import Testing
@testable import PolicyText

@Suite struct NormalizeMojibakeTests {
    /// GBK bytes of `text` with the byte at `drop` removed, decoded again: one byte out of step.
    func shifted(_ text: String, droppingByteAt drop: Int) throws -> String {
        let gbk = try ICU.Converter(charset: "GBK")
        var bytes = try #require(try gbk.encode(text))
        bytes.remove(at: drop)
        return try bytes.withUnsafeBytes { try gbk.decode($0).text }
    }

    @Test func repairsARunThatReReadsCleanly() throws {
        // 重中之重。”省委明確提出: drop the lead byte of 。 (byte 8); the reading is back in step after 確's
        // ASCII trail byte `_`.
        let original = "习近平总书记强调：这是重中之重。”省委明確提出，要坚定推进。"
        let prefix = "习近平总书记强调：这是"
        let gbk = try ICU.Converter(charset: "GBK")
        let at = try #require(try gbk.encode(prefix + "重中之重")).count
        let broken = try shifted(original, droppingByteAt: at)
        #expect(broken.contains("笔∥"))  // the same garbling as in the seed
        let n = NormalizeFixtures.normalize(broken)
        #expect(n.cleanup.mojibakeSpans == 1)
        #expect(n.cleanup.mojibakeRepaired == 1)
        let run = try #require(n.mojibake.first)
        #expect(run.repaired)
        // The character whose byte was lost (。) stays lost; nothing else is invented.
        #expect(n.text == "习近平总书记强调：这是重中之重”省委明确提出，要坚定推进。")
        #expect(n.text(run.start..<run.end) == "”省委明确")
        #expect(run.original == String(broken[broken.index(broken.startIndex, offsetBy: run.sourceStart)..<broken.index(broken.startIndex, offsetBy: run.sourceEnd)]))
        // The run maps onto its source range; the text after it maps exactly.
        #expect(n.sourceRange(run.start..<run.end) == run.sourceStart..<run.sourceEnd)
        let tail = n.scalars.count - 8
        #expect(n.span(tail..<n.scalars.count).length == 8)
    }

    @Test func flagsRunsWithLostBytesWithoutTouchingThem() {
        // The seed's three runs: `?` stands for lost bytes, so re-reading cannot recover them.
        let text = "是我国经济高质量发展的重中之重?!笔∥鞔_提出，锚定“两个确?!?、深入实施，坚持“集群+链?zhǔn)健保七M(jìn)新型化工基地建设。"
        let n = NormalizeFixtures.normalize(text)
        #expect(n.text == text)
        #expect(n.cleanup.mojibakeSpans == 3)
        #expect(n.cleanup.mojibakeRepaired == 0)
        #expect(n.mojibake.map { n.text($0.start..<$0.end) } == ["?!笔∥鞔_", "?!?", "?zhǔn)健保七M(jìn)"])
        #expect(n.mojibake.allSatisfy { !$0.repaired })
    }

    @Test func ordinaryTextHasNoRuns() {
        for text in [
            "濮阳市实施制造业倍增行动（2023—2026年），力争GDP增长5%—5.5%。",
            "这是为什么?我们要问。A股市场、B超检查、X射线、5G基站、α粒子。",
            "第一条_注释_\n温度≥25℃，β受体，★重点任务■",
            "你好吗?\n好!",
        ] {
            let n = NormalizeFixtures.normalize(text)
            #expect(n.cleanup.mojibakeSpans == 0, "\(text): \(n.mojibake)")
        }
    }
}
