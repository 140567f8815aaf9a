import Testing
@testable import PolicyText

@Suite struct SourceDecoderTests {
    @Test func utf8() throws {
        let text = try SourceDecoder().decode(Array("制造业倍增".utf8))
        #expect(text.text == "制造业倍增")
        #expect(text.encoding == "UTF-8")
    }
}
