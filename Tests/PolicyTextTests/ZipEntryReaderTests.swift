import Foundation
import Testing
@testable import PolicyText

/// The .docx reader's own ZIP parsing: damaged, lying and unsupported archives are refused with a reason, never a
/// trap (ZIPFoundation's in-memory reader trapped on the first input below, which libFuzzer found).
@Suite struct ZipEntryReaderTests {
    static func hex(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var chars = Array(text.utf8)[...]
        while chars.count >= 2 {
            let pair = String(decoding: chars.prefix(2), as: UTF8.self)
            bytes.append(UInt8(pair, radix: 16) ?? 0)
            chars = chars.dropFirst(2)
        }
        return bytes
    }

    /// Found by `scripts/fuzz.sh docx`: end-of-central-directory records pointing into each other.
    static let fuzzFinding = hex(
        "504b030404c8040404040404040404c5cdcdcdcd3dcdcd504b05060000cdcdcd0000504b05cdcdcdffffff0000cdcdcd3dcdcd504b"
            + "050404cd504b0304040404c5cdcdcdcdcdcd00000000000000000028000000cdcdcd0000504b050404cd504b030404040404040404"
            + "0404040450cdcd040404cdcdcdcd")

    @Test func fuzzFindingIsRefused() {
        #expect(Self.fuzzFinding.count == 120)
        #expect(throws: DocumentError.self) { try ZipEntryReader(bytes: Self.fuzzFinding).entry(named: "word/document.xml", maxBytes: 1 << 20) }
    }

    /// One stored entry, written by hand, so each field can be damaged on purpose.
    static func storedArchive(name: String = "word/document.xml", content: [UInt8], method: UInt16 = 0, flags: UInt16 = 0,
                              declaredSize: UInt32? = nil) -> [UInt8] {
        func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
        func le32(_ v: UInt32) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24)] }
        let nameBytes = Array(name.utf8)
        let size = declaredSize ?? UInt32(content.count)
        let local = le32(0x0403_4b50) + le16(20) + le16(flags) + le16(method) + le32(0) + le32(0) + le32(size) + le32(size)
            + le16(UInt16(nameBytes.count)) + le16(0) + nameBytes + content
        let central = le32(0x0201_4b50) + le16(20) + le16(20) + le16(flags) + le16(method) + le32(0) + le32(0) + le32(size)
            + le32(size) + le16(UInt16(nameBytes.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(0) + nameBytes
        let end = le32(0x0605_4b50) + le16(0) + le16(0) + le16(1) + le16(1) + le32(UInt32(central.count))
            + le32(UInt32(local.count)) + le16(0)
        return local + central + end
    }

    @Test func storedEntryIsRead() throws {
        let content = Array("<w:document/>".utf8)
        #expect(try ZipEntryReader(bytes: Self.storedArchive(content: content)).entry(named: "word/document.xml", maxBytes: 100) == content)
    }

    @Test func damagedArchivesGiveReasons() {
        let content = Array("<w:document/>".utf8)
        let cases: [(String, [UInt8], String)] = [
            ("size runs past the end", Self.storedArchive(content: content, declaredSize: 1_000_000), "runs past"),
            ("encrypted", Self.storedArchive(content: content, flags: 1), "encrypted"),
            ("ZIP64 marker", Self.storedArchive(content: content, declaredSize: 0xFFFF_FFFF), "ZIP64"),
            ("unknown method", Self.storedArchive(content: content, method: 14), "method 14"),
            ("damaged deflate", Self.storedArchive(content: [0xFF, 0xFF, 0xFF, 0xFF], method: 8), "damaged"),
            ("other entry only", Self.storedArchive(name: "xl/workbook.xml", content: content), "not a Word document"),
            ("cut in half", Array(Self.storedArchive(content: content).prefix(40)), "not a ZIP archive"),
        ]
        for (label, bytes, reason) in cases {
            do {
                _ = try ZipEntryReader(bytes: bytes).entry(named: "word/document.xml", maxBytes: 100)
                Issue.record("\(label): read without error")
            } catch {
                #expect("\(error)".contains(reason), "\(label): \(error)")
            }
        }
    }

    @Test func storedEntryOverTheLimitIsRefused() {
        let archive = Self.storedArchive(content: Array(repeating: 0x41, count: 500))
        #expect(throws: DocumentError.tooLarge(bytes: 500, limit: 100)) {
            try ZipEntryReader(bytes: archive).entry(named: "word/document.xml", maxBytes: 100)
        }
    }

    @Test func everyTruncationOfAValidArchiveIsRefusedCleanly() throws {
        let archive = Self.storedArchive(content: Array("<w:document><w:body/></w:document>".utf8))
        for cut in 0..<archive.count {
            #expect(throws: DocumentError.self) {
                try ZipEntryReader(bytes: Array(archive.prefix(cut))).entry(named: "word/document.xml", maxBytes: 1000)
            }
        }
    }
}
