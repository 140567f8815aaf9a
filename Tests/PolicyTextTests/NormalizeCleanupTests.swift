import Foundation
import Testing
@testable import PolicyText

@Suite struct NormalizeCleanupTests {
    @Test func cleanupKeepsTheContractNames() throws {
        var cleanup = Cleanup()
        cleanup.pinyinAnnotationsRemoved = 218
        cleanup.traditionalConverted = 369
        cleanup.mojibakeSpans = 3
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(cleanup)) as? [String: Any]
        #expect(json?["pinyinAnnotationsRemoved"] as? Int == 218)
        #expect(json?["traditionalConverted"] as? Int == 369)
        #expect(json?["mojibakeSpans"] as? Int == 3)
        #expect(try JSONDecoder().decode(Cleanup.self, from: JSONEncoder().encode(cleanup)) == cleanup)
    }

    @Test func olderCleanupObjectsStillDecode() throws {
        let cleanup = try JSONDecoder().decode(Cleanup.self, from: Data(#"{"pinyinAnnotationsRemoved": 2}"#.utf8))
        #expect(cleanup.pinyinAnnotationsRemoved == 2 && cleanup.mojibakeSpans == 0 && !cleanup.traditionalDocument)
    }

    @Test func mojibakeRunsEncode() throws {
        let n = NormalizeFixtures.normalize("重中之重?!笔∥鞔_提出")
        let run = try #require(n.mojibake.first)
        let decoded = try JSONDecoder().decode(MojibakeRun.self, from: JSONEncoder().encode(run))
        #expect(decoded == run && !run.repaired && run.original == "?!笔∥鞔_")
    }

    @Test func invalidBytesAreCarriedOver() {
        let n = Normalizer().normalize(SourceText(text: "好\u{FFFD}好", encoding: "GB18030", invalidBytes: 1))
        #expect(n.cleanup.invalidBytes == 1 && n.cleanup.mojibakeSpans == 0)
    }
}
