import Foundation
import Testing
@testable import PolicyText

@Suite struct SourceDecoderTests {
    let decoder = SourceDecoder()
    let sample = "到2030年，全省生产总值增长5%—5.5%，城镇新增就业1200万人以上。"

    func encode(_ text: String, as charset: String) throws -> [UInt8] {
        try #require(try ICU.Converter(charset: charset).encode(text))
    }

    @Test func strictUTF8() throws {
        let text = try decoder.decode(Array(sample.utf8))
        #expect(text.text == sample)
        #expect(text.encoding == "UTF-8")
        #expect(text.invalidBytes == 0)
    }

    @Test(arguments: ["GB18030", "Big5", "UTF-16LE", "UTF-16BE"])
    func chineseCharsets(charset: String) throws {
        // A longer text gives the detector something to go on, as real documents do.
        var long = String(repeating: "各级各部门要坚决落实党中央决策部署，推动经济高质量发展，持续优化营商环境。" + sample, count: 8)
        if charset == "Big5" { long = try ICU.Transliterator(id: "Simplified-Traditional").transliterate(long) }
        let text = try decoder.decode(try encode(long, as: charset))
        #expect(text.text == long)
        #expect(text.encoding == charset)
    }

    @Test func byteOrderMarks() throws {
        let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(sample.utf8)
        #expect(try decoder.decode(utf8BOM).text == sample)
        let utf16BE: [UInt8] = [0xFE, 0xFF] + (try encode(sample, as: "UTF-16BE"))
        #expect(try decoder.decode(utf16BE).text == sample)
        let utf32LE: [UInt8] = [0xFF, 0xFE, 0, 0] + (try encode(sample, as: "UTF-32LE"))
        let decoded = try decoder.decode(utf32LE)
        #expect(decoded.text == sample)
        #expect(decoded.encoding == "UTF-32LE")
    }

    @Test func htmlMetaCharsetWins() throws {
        let html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>\(sample)</body></html>"
        let text = try decoder.decode(try encode(html, as: "GB18030"))
        #expect(text.text == html)
        #expect(text.encoding == "GB18030")
    }

    @Test func emptyFileIsAnError() {
        #expect(throws: DocumentError.empty) { try decoder.decode([]) }
    }

    @Test func pngIsBinary() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        #expect(throws: DocumentError.binary(kind: "PNG image")) { try decoder.decode(png) }
    }

    @Test func controlCharacterSoupIsBinary() {
        let bytes = (0..<4000).map { UInt8(truncatingIfNeeded: $0 % 7 + 1) }
        #expect(throws: DocumentError.binary(kind: "control characters")) { try decoder.decode(bytes) }
    }

    @Test func truncatedMultibyteIsCountedNotLost() throws {
        var bytes = Array(sample.utf8)
        bytes.removeLast(2)  // cut the final "。" (3 bytes) in the middle
        let text = try decoder.decode(bytes)
        #expect(text.encoding == "UTF-8")
        #expect(text.invalidBytes == 1)
        #expect(text.text.hasPrefix("到2030年，全省生产总值"))
        #expect(text.text.unicodeScalars.last == "\u{FFFD}")
    }

    @Test func truncatedGBKIsCounted() throws {
        let long = String(repeating: "推动经济高质量发展，持续优化营商环境。", count: 20)
        var bytes = try encode(long, as: "GB18030")
        bytes.removeLast()
        let text = try decoder.decode(bytes)
        #expect(text.encoding == "GB18030")
        #expect(text.invalidBytes == 1)
        #expect(text.text.hasPrefix("推动经济高质量发展"))
    }

    @Test func mixedEncodingsKeepTheUTF8Majority() throws {
        // A UTF-8 file with one GBK line pasted in: the UTF-8 text survives, the bad bytes are counted.
        let utf8Part = String(repeating: "各级各部门要坚决落实党中央决策部署，推动经济高质量发展。\n", count: 40)
        let bytes = Array(utf8Part.utf8) + (try encode("营商环境\n", as: "GB18030")) + Array(utf8Part.utf8)
        let text = try decoder.decode(bytes)
        #expect(text.encoding == "UTF-8")
        #expect(text.invalidBytes > 0)
        #expect(text.text.contains(utf8Part))
    }
}
