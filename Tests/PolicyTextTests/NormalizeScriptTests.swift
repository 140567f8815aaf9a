import Foundation
import Testing
@testable import PolicyText

@Suite struct NormalizeScriptTests {
    // How long the table takes to build is a benchmark matter (≈0.03 s in release); here only what it holds.
    @Test func tableMatchesICU() throws {
        let table = ChineseScript.build()
        #expect(table.available)
        // Spot checks against ICU itself, character by character.
        let icu = try ICU.Transliterator(id: "Traditional-Simplified")
        for ch in "業發國這們經濟確濮瞭" {
            let v = ch.unicodeScalars.first!.value
            let expected = try icu.transliterate(String(ch)).unicodeScalars.first!.value
            #expect(table.simplified(v) == expected, "\(ch)")
        }
        #expect(table.flags(0x696D).contains(.traditional))  // 業
        #expect(table.flags(0x8457).contains(.ambiguous))  // 著: GB2312 has it
        #expect(table.flags(0x77AD).contains(.ambiguous))  // 瞭: keep list
        #expect(table.flags(0x56FD).contains(.simplified))  // 国
        #expect(table.flags(0x7B14).contains(.common))  // 笔
        #expect(!table.flags(0x9794).contains(.common))  // 鞔: GB2312 level 2
        #expect(table.flags(0x9794).contains(.level2))
    }

    @Test func keepListLoads() throws {
        let list = try ChineseScript.bundledKeepList.get()
        #expect(list.contains(0x77AD))
    }

    @Test func traditionalDocumentConvertsWithICUContext() {
        let n = NormalizeFixtures.normalize("經濟的著力點，成績顯著，與時俱進，「十四五」時期。")
        #expect(n.cleanup.traditionalDocument)
        // ICU keeps 顯著's 著, converts 著力 and 「」, and (ICU's own choice) 俱 → 具.
        #expect(n.text == "经济的着力点，成绩显著，与时具进，“十四五”时期。")
        #expect(n.cleanup.traditionalConverted == 13)
    }

    @Test func simplifiedDocumentLeavesSharedCharactersAlone() {
        // A Simplified text with one Traditional name: 業 is converted, 著 瞭 俱 「」 stay.
        let n = NormalizeFixtures.normalize("显著成效，瞭望台建设，与时俱进，「示范区」。创業园区。")
        #expect(!n.cleanup.traditionalDocument)
        #expect(n.text == "显著成效，瞭望台建设，与时俱进，「示范区」。创业园区。")
        #expect(n.cleanup.traditionalConverted == 1)
    }

    @Test func scriptPolicyCanBeForced() {
        let text = "著力"
        #expect(Normalizer(script: .traditional).normalize(SourceText(text: text, encoding: "UTF-8")).text == "着力")
        #expect(Normalizer(script: .simplified).normalize(SourceText(text: text, encoding: "UTF-8")).text == "著力")
    }

    @Test func compatibilityIdeographsAreUnified() {
        let n = NormalizeFixtures.normalize("\u{F9B5}\u{FA0C}")  // 例 and 兀 in compatibility form
        #expect(n.text == "例兀")
        #expect(n.cleanup.compatibilityIdeographsFolded == 2)
    }
}

extension NormalizeScriptTests {
    /// A line far longer than one ICU call converts exactly as ICU converts it whole.
    @Test func longLineIsConvertedInPieces() throws {
        let sentence = "經濟的著力點放在實體經濟上，成績顯著，沈重的任務"
        let line = String(repeating: sentence, count: 3 * Normalizer.icuChunk / sentence.count + 1)
        let n = Normalizer(script: .traditional).normalize(SourceText(text: line, encoding: "UTF-8"))
        let whole = try ICU.Transliterator(id: "Traditional-Simplified").transliterate(line)
        #expect(n.text == whole)
        #expect(n.scalars.count == line.unicodeScalars.count)
    }
}
