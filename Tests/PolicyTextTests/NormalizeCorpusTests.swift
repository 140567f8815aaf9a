import Foundation
import Testing
@testable import PolicyText

/// Normalization on the shared corpus (skipped when ../shared is absent).
@Suite(.enabled(if: NormalizeFixtures.hasCorpus)) struct NormalizeCorpusTests {
    /// Each file of corpus/encodings and its UTF-8 Simplified original.
    static let encodingPairs: [(file: String, original: String)] = [
        ("hebei-2026.gb18030.txt", "provincial-2026/河北省.txt"),
        ("hebei-2026.traditional.big5.txt", "provincial-2026/河北省.txt"),
        ("hebei-2026.traditional.utf8.txt", "provincial-2026/河北省.txt"),
        ("hebei-2026.utf16le-bom.txt", "provincial-2026/河北省.txt"),
        ("national-2019.gb18030.txt", "national/work-reports/2019.txt"),
        ("national-2019.traditional.big5.txt", "national/work-reports/2019.txt"),
        ("national-2019.traditional.utf8.txt", "national/work-reports/2019.txt"),
        ("national-2019.utf16le-bom.txt", "national/work-reports/2019.txt"),
    ]

    @Test func everyEncodingFileIsListed() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: NormalizeFixtures.corpus + "/encodings")
        #expect(Set(files.filter { $0.hasSuffix(".txt") }) == Set(Self.encodingPairs.map(\.file)))
    }

    /// Every encoding normalizes to the text of its Simplified original. The only differences allowed are the
    /// characters Big5 cannot hold (啓, written as `?` when the Big5 file was made): each difference must sit on a
    /// `?` of the decoded file whose Traditional UTF-8 twin has a character outside Big5, and they stay under
    /// 1 in 5,000 characters (measured: 1 of 9,799 for Hebei, 2 of 20,889 for 2019).
    @Test(arguments: encodingPairs) func encodingNormalizesToTheOriginal(file: String, original: String) throws {
        let encoded = try NormalizeFixtures.decode(NormalizeFixtures.corpus + "/encodings/" + file)
        let reference = Normalizer().normalize(try NormalizeFixtures.decode(NormalizeFixtures.corpus + "/" + original))
        let n = Normalizer().normalize(encoded)
        #expect(n.scalars.count == reference.scalars.count)
        let differences = zip(n.scalars, reference.scalars).enumerated().filter { $0.element.0 != $0.element.1 }
        if file.contains("big5") {
            #expect(differences.count * 5000 <= n.scalars.count)
            let twin = try NormalizeFixtures.decode(
                NormalizeFixtures.corpus + "/encodings/" + file.replacingOccurrences(of: "big5", with: "utf8"))
            let twinScalars = Array(twin.text.unicodeScalars)
            let big5 = try ICU.Converter(charset: "Big5")
            for (i, pair) in differences {
                #expect(pair.0 == "?")
                let sourceChar = twinScalars[n.sourceOffsets[i]]
                #expect(try big5.encode(String(sourceChar)) == nil, "\(sourceChar) is in Big5")
            }
        } else {
            #expect(differences.isEmpty, "\(differences.prefix(5))")
        }
        #expect(n.cleanup.traditionalDocument == file.contains("traditional"))
        if file.contains("traditional") { #expect(n.cleanup.traditionalConverted > 1000) }
        #expect(n.cleanup.chromeLinesRemoved == reference.cleanup.chromeLinesRemoved)
    }

    @Test func seedDocument() throws {
        let n = Normalizer().normalize(try NormalizeFixtures.decode(NormalizeFixtures.seedPath))
        let text = n.text
        // 219 `(pinyin)` groups: 218 read the character before them; `M(jìn)` follows a mojibake Latin M.
        #expect(n.cleanup.pinyinAnnotationsRemoved == 218)
        #expect(text.contains("七M(jìn)"))
        #expect(text.components(separatedBy: "(").count - 1 == 2)  // M(jìn) and 行动(2023—2026年)
        #expect(text.contains("制造业倍增行动(2023—2026年)"))
        #expect(text.hasPrefix("市委书记万正峰在全市“万人助万企”活动暨制造业倍增行动推进会上指出"))
        // Its three mojibake runs are found and, having lost bytes, flagged rather than repaired.
        #expect(n.cleanup.mojibakeSpans == 3)
        #expect(n.cleanup.mojibakeRepaired == 0)
        #expect(n.mojibake.map(\.original) == ["?!笔∥鞔_", "?!?", "?zhǔn)健保七M(jìn)"])
        #expect(n.cleanup.traditionalDocument)
        #expect(n.cleanup.traditionalConverted == 369)  // ICU on the whole document changes 369 characters
        #expect(n.cleanup.chromeLinesRemoved == 1)  // 新聞熱點
        #expect(!text.contains("新闻热点"))
    }

    /// No Traditional character is left: ICU run again over the output changes nothing.
    @Test func seedHasNoTraditionalLeft() throws {
        let n = Normalizer().normalize(try NormalizeFixtures.decode(NormalizeFixtures.seedPath))
        let again = try ICU.Transliterator(id: "Traditional-Simplified").transliterate(n.text)
        #expect(again == n.text)
        let table = ChineseScript.shared
        #expect(!n.scalars.contains { table.flags($0.value).contains(.traditional) })
    }

    @Test func hebeiChrome() throws {
        let n = Normalizer().normalize(try NormalizeFixtures.decode(NormalizeFixtures.corpus + "/provincial-2026/河北省.txt"))
        #expect(n.text.hasPrefix("2026年河北省政府工作报告\n——2026年1月26日在河北省第十四届人民代表大会第四次会议上\n来源：河北日报\n时间：2026-02-02\n"))
        #expect(!n.text.hasSuffix("相关报道：") && !n.text.hasSuffix("相关报道：\n"))
        #expect(n.cleanup.chromeLinesRemoved == 10)
    }
}
