/// Turns raw bytes into `SourceText`.
///
/// Order of evidence: a byte-order mark; an HTML `<meta charset>`; strict UTF-8; UTF-16 without BOM (by the
/// pattern of zero bytes); ICU's charset detector among the Chinese charsets, checked by decoding. A file that is
/// almost all valid UTF-8 is read as UTF-8 with its few bad bytes counted, so one stray GBK line does not turn a
/// whole UTF-8 file into mojibake.
public struct SourceDecoder: Sendable {
    public init() {}

    public func decode(_ bytes: [UInt8]) throws(DocumentError) -> SourceText {
        let result = bytes.withUnsafeBytes { raw in Result { () throws(DocumentError) in try decode(raw) } }
        return try result.get()
    }

    public func decode(_ bytes: UnsafeRawBufferPointer) throws(DocumentError) -> SourceText {
        if bytes.isEmpty { throw .empty }
        if let kind = BinarySignature.match(bytes) { throw .binary(kind: kind) }
        do {
            if let (charset, bomLength) = ByteOrderMark.detect(bytes) {
                return try convert(UnsafeRawBufferPointer(rebasing: bytes[bomLength...]), charset: charset)
            }
            if let declared = HTMLCharset.declared(in: bytes),
               let result = try? convert(bytes, charset: Self.displayName(declared)) {
                return result
            }
            // Before UTF-8: Chinese UTF-16 is often valid UTF-8 by accident (到 is 0x5230, bytes "0R").
            if let utf16 = Self.utf16WithoutBOM(bytes) {
                return try convert(bytes, charset: utf16)
            }
            if let text = String(validating: bytes, as: UTF8.self) {
                if Self.looksBinary(text) { throw DocumentError.binary(kind: "control characters") }
                return SourceText(text: text, encoding: "UTF-8")
            }
            let utf8 = try convert(bytes, charset: "UTF-8")
            // Valid UTF-8 but for a sequence cut at the end (a truncated file), or a few stray bytes.
            if Self.isUTF8CutAtEnd(bytes) || utf8.invalidBytes * 20 < Self.nonASCIICount(bytes) { return utf8 }
            return try bestChineseDecoding(bytes, fallback: utf8)
        } catch let error as ICU.Error {
            throw .icu(error.description)
        } catch let error as DocumentError {
            throw error
        } catch {
            throw .icu("\(error)")
        }
    }

    /// Decodes with one charset through ICU, then rejects control-character soup as binary.
    func convert(_ bytes: UnsafeRawBufferPointer, charset: String) throws -> SourceText {
        let converter = try ICU.Converter(charset: charset)
        let (text, invalid) = try converter.decode(bytes)
        if Self.looksBinary(text) { throw DocumentError.binary(kind: "control characters") }
        return SourceText(text: text, encoding: Self.displayName(charset), invalidBytes: invalid)
    }

    /// ICU ranks the candidates; the decoding with the fewest invalid bytes among the plausible ones wins.
    private func bestChineseDecoding(_ bytes: UnsafeRawBufferPointer, fallback: SourceText) throws -> SourceText {
        let sample = UnsafeRawBufferPointer(rebasing: bytes[..<min(bytes.count, 1 << 20)])
        var order = (try? ICU.detectCharsets(sample).map(\.name)) ?? []
        order = order.filter { Self.chineseCharsets.contains($0) }
        for name in ["GB18030", "Big5"] where !order.contains(name) { order.append(name) }
        var best = fallback
        for name in order {
            guard let candidate = try? convert(bytes, charset: name) else { continue }
            if candidate.invalidBytes < best.invalidBytes { best = candidate }
            if candidate.invalidBytes == 0 { break }
        }
        return best
    }

    static let chineseCharsets: Set<String> = ["GB18030", "Big5", "UTF-16LE", "UTF-16BE"]

    static func displayName(_ charset: String) -> String {
        switch charset.lowercased() {
        case "gb2312", "gbk", "gb18030", "cp936", "x-gbk", "windows-936": "GB18030"
        case "big5", "big-5", "cp950", "windows-950": "Big5"
        case "utf-8", "utf8": "UTF-8"
        default: charset
        }
    }

    /// UTF-16 without a BOM: read both ways, one reading is almost all Han, CJK punctuation and ASCII, the other
    /// is not. (ASCII-heavy UTF-16 has zero bytes; Chinese-heavy UTF-16 has code units in the Han block.)
    static func utf16WithoutBOM(_ bytes: UnsafeRawBufferPointer) -> String? {
        let n = min(bytes.count, 4096) & ~1
        guard n >= 8 else { return nil }
        var little = 0, big = 0
        for i in stride(from: 0, to: n, by: 2) {
            if isTextUnit(UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8) { little += 1 }
            if isTextUnit(UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])) { big += 1 }
        }
        let units = n / 2
        if little * 10 >= units * 9 && big * 2 < units { return "UTF-16LE" }
        if big * 10 >= units * 9 && little * 2 < units { return "UTF-16BE" }
        return nil
    }

    /// Code units that make up most of a Chinese document.
    private static func isTextUnit(_ u: UInt16) -> Bool {
        switch u {
        case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x3000...0x303F, 0x4E00...0x9FFF, 0xFF00...0xFFEF, 0x2010...0x2027: true
        default: false
        }
    }

    /// Valid UTF-8 once the last one to three bytes (a multi-byte sequence cut short) are dropped.
    static func isUTF8CutAtEnd(_ bytes: UnsafeRawBufferPointer) -> Bool {
        for cut in 1...3 where bytes.count > cut && bytes[bytes.count - cut] >= 0xC0 {
            return String(validating: UnsafeRawBufferPointer(rebasing: bytes[..<(bytes.count - cut)]), as: UTF8.self) != nil
        }
        return false
    }

    static func nonASCIICount(_ bytes: UnsafeRawBufferPointer) -> Int {
        var count = 0
        for byte in bytes where byte >= 0x80 { count += 1 }
        return count
    }

    /// More than 10% C0 controls other than tab, line feed, carriage return, form feed and escape.
    static func looksBinary(_ text: String) -> Bool {
        var controls = 0, total = 0
        for scalar in text.unicodeScalars.prefix(65536) {
            total += 1
            let v = scalar.value
            if v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D && v != 0x0C && v != 0x1B { controls += 1 }
        }
        return total > 0 && controls * 10 > total
    }
}

/// Byte-order marks, longest first (UTF-32LE's starts like UTF-16LE's).
enum ByteOrderMark {
    static func detect(_ bytes: UnsafeRawBufferPointer) -> (charset: String, length: Int)? {
        func starts(_ prefix: [UInt8]) -> Bool { bytes.count >= prefix.count && zip(bytes, prefix).allSatisfy(==) }
        if starts([0xEF, 0xBB, 0xBF]) { return ("UTF-8", 3) }
        if starts([0xFF, 0xFE, 0x00, 0x00]) { return ("UTF-32LE", 4) }
        if starts([0x00, 0x00, 0xFE, 0xFF]) { return ("UTF-32BE", 4) }
        if starts([0xFF, 0xFE]) { return ("UTF-16LE", 2) }
        if starts([0xFE, 0xFF]) { return ("UTF-16BE", 2) }
        return nil
    }
}

/// Magic numbers of common binary formats that end up in document folders.
enum BinarySignature {
    static let signatures: [(bytes: [UInt8], kind: String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"), ([0xFF, 0xD8, 0xFF], "JPEG image"), ([0x47, 0x49, 0x46, 0x38], "GIF image"),
        ([0x25, 0x50, 0x44, 0x46], "PDF document"), ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"), ([0x1F, 0x8B], "gzip archive"),
        ([0xD0, 0xCF, 0x11, 0xE0], "OLE2 (old Office) document"), ([0x42, 0x5A, 0x68], "bzip2 archive"),
    ]

    static func match(_ bytes: UnsafeRawBufferPointer) -> String? {
        for (magic, kind) in signatures where bytes.count >= magic.count {
            if zip(bytes, magic).allSatisfy(==) { return kind }
        }
        return nil
    }
}

/// `<meta charset="gbk">` or `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">` in the
/// first 4 KB.
enum HTMLCharset {
    static func declared(in bytes: UnsafeRawBufferPointer) -> String? {
        let head = bytes.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        guard let metaStart = find(Array("<meta".utf8), in: head, from: 0) else { return nil }
        guard let at = find(Array("charset=".utf8), in: head, from: metaStart) else { return nil }
        var i = at + 8
        while i < head.count, head[i] == UInt8(ascii: "\"") || head[i] == UInt8(ascii: "'") || head[i] == 0x20 { i += 1 }
        var name: [UInt8] = []
        while i < head.count, name.count < 40 {
            let c = head[i]
            let isNameByte = (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x5F
            if !isNameByte { break }
            name.append(c)
            i += 1
        }
        return name.isEmpty ? nil : String(decoding: name, as: UTF8.self)
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard haystack.count >= needle.count, from <= haystack.count - needle.count else { return nil }
        for i in from...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if Array(haystack[i..<(i + needle.count)]) == needle { return i }
        }
        return nil
    }
}
