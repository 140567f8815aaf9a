import Testing
@testable import PolicyText

@Suite struct NormalizePinyinTests {
    @Test func stripsReadingsOfTheCharacterBefore() {
        let n = NormalizeFixtures.normalize("制造業(yè)倍增行動推進(jìn)會，加強（qiáng）")
        #expect(n.text == "制造业倍增行动推进会，加强")
        #expect(n.cleanup.pinyinAnnotationsRemoved == 3)
    }

    @Test func toneInsensitiveAndUmlaut() {
        // Tone digits, no tones, capitals, ü written as v or u:.
        let n = NormalizeFixtures.normalize("業(ye4)發(fa)綠(lv)綠(lü)綠(LU:)")
        #expect(n.text == "业发绿绿绿")
        #expect(n.cleanup.pinyinAnnotationsRemoved == 5)
    }

    @Test func keepsWhatIsNotAReading() {
        for text in ["制造业倍增行动(2023—2026年)", "生产总值(GDP)", "七M(jìn)新型", "推进(zhǔn)会", "(yè)开头", "业 (yè)"] {
            let n = NormalizeFixtures.normalize(text)
            #expect(n.text == text, "\(text)")
            #expect(n.cleanup.pinyinAnnotationsRemoved == 0)
        }
    }

    @Test func polyphonicReadingsFromDataFile() throws {
        // ICU reads 行 as xíng; the data file adds háng.
        let n = NormalizeFixtures.normalize("銀行(háng)和行(xíng)動")
        #expect(n.text == "银行和行动")
        #expect(PinyinReadings.bundledError == nil)
    }

    @Test func readingOfSeveralCharacters() {
        let n = NormalizeFixtures.normalize("發展(fāzhǎn)和發展(fā zhǎn)")
        #expect(n.text == "发展和发展")
        #expect(n.cleanup.pinyinAnnotationsRemoved == 2)
    }

    @Test func annotationIsAbsorbedByItsCharacter() {
        let n = NormalizeFixtures.normalize("業(yè)發")
        #expect(n.text == "业发")
        #expect(n.sourceRange(0..<1) == 0..<5)
        #expect(n.sourceRange(1..<2) == 5..<6)
    }

    @Test func readingsFileErrorsNameTheLine() {
        let file = DataFile(name: "r.txt", contents: "# c\n行 hang xing\n行行 hang\n")
        #expect(throws: DataFile.LoadError(file: "r.txt", line: 3, message: "expected `CHARACTER READING…` with one Han character")) {
            try PinyinReadings(file: file)
        }
        #expect(throws: DataFile.LoadError.self) { try PinyinReadings(file: DataFile(name: "r.txt", contents: "行 x-y\n")) }
    }
}
