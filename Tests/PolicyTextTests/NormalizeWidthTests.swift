import Testing
@testable import PolicyText

@Suite struct NormalizeWidthTests {
    @Test func foldsDigitsLettersAndSigns() {
        let n = NormalizeFixtures.normalize("增长５．５％，ＧＤＰ达到１２０万亿元，＋３－２，ａｂｃ")
        #expect(n.text == "增长5.5%，GDP达到120万亿元，+3-2，abc")
        #expect(n.cleanup.widthFolded == 17)
    }

    @Test func chinesePunctuationStays() {
        let text = "一、“十四五”（二〇二一年）：稳中求进；好吗？好！《纲要》……"
        let n = NormalizeFixtures.normalize(text)
        #expect(n.text == text)
        #expect(n.cleanup.widthFolded == 0)
    }

    @Test func fullStopNextToDigitsOnly() {
        #expect(NormalizeFixtures.normalize("３．５").text == "3.5")
        #expect(NormalizeFixtures.normalize("完成．下一步").text == "完成．下一步")
        #expect(NormalizeFixtures.normalize("1．坚持").text == "1.坚持")
    }

    @Test func spacesAndInvisibles() {
        let n = NormalizeFixtures.normalize("省长\u{3000}王正谱\u{00A0}同志\u{200B}讲话\u{FEFF}。")
        #expect(n.text == "省长 王正谱 同志讲话。")
        #expect(n.cleanup.widthFolded == 2)
        #expect(n.cleanup.invisibleCharactersRemoved == 2)
    }

    @Test func lineBreaksBecomeLineFeeds() {
        let n = NormalizeFixtures.normalize("第一行\r\n第二行\r第三行\n")
        #expect(n.text == "第一行\n第二行\n第三行\n")
        // The CR of the CRLF carries the LF's source offset too.
        #expect(n.sourceRange(3..<4) == 3..<5)
    }
}
