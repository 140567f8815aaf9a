import Testing
@testable import PolicyText

@Suite struct DocumentDateDetectorTests {
    let detector = DocumentDateDetector()

    func detect(_ text: String, file: String? = nil) -> DocumentDate? {
        detector.detect(in: Array(text.unicodeScalars), fileName: file)
    }

    @Test func deliveryLineWithArabicDigits() {
        let date = detect("2026年浙江省政府工作报告\n——2026年1月14日在浙江省第十四届人民代表大会第四次会议上\n各位代表：")
        #expect(date?.date.description == "2026-01-14")
        #expect(date?.source == .deliveryLine)
        #expect(date?.yearOnly == false)
    }

    @Test func deliveryLineWithChineseNumerals() {
        let date = detect("政府工作报告\n——二〇二六年一月二十七日在甘肃省第十四届人民代表大会第五次会议上")
        #expect(date?.date.description == "2026-01-27")
    }

    @Test func publicationField() {
        let date = detect("下载\n打印\n来源：浙江日报\n时间：2026-01-22\n各位代表：")
        #expect(date?.date.description == "2026-01-22")
        #expect(date?.source == .publicationField)
    }

    @Test func deliveryLineBeatsPublicationField() {
        let date = detect("时间：2026-01-22\n2026年1月14日在浙江省第十四届人民代表大会第四次会议上")
        #expect(date?.date.description == "2026-01-14")
    }

    @Test func titleYearThenFileName() {
        #expect(detect("2025年政府工作报告\n各位代表：")?.source == .titleYear)
        #expect(detect("2025年政府工作报告\n各位代表：")?.year == 2025)
        let fromName = detect("各位代表：现在，我代表国务院……", file: "national/work-reports/2019.txt")
        #expect(fromName?.year == 2019)
        #expect(fromName?.yearOnly == true)
        #expect(fromName?.source == .fileName)
    }

    @Test func noEvidenceNoDate() {
        #expect(detect("制造业是经济发展的重要基础和支撑。", file: "000_9710c98421749e77.txt") == nil)
    }

    @Test func impossibleDatesAreIgnored() {
        #expect(detect("——2026年13月14日在会议上") == nil)
        #expect(detect("——二〇二六年二月三十日在会议上") == nil)
    }
}
