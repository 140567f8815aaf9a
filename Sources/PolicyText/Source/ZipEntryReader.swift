import CXML

/// Reads one named entry out of a ZIP archive held in memory: the central directory tells where it is, every
/// offset and length is checked against the archive before use, and inflating stops past a size limit (ZIP bombs).
/// Archives it cannot read (ZIP64, encryption, other compression methods, damage) are refused with a reason.
struct ZipEntryReader {
    let bytes: [UInt8]

    func entry(named name: String, maxBytes: Int) throws(DocumentError) -> [UInt8] {
        let directory = try centralDirectory()
        let wanted = Array(name.utf8)
        var record = directory.offset
        for _ in 0..<directory.entries {
            guard let header = u32(record), header == 0x0201_4b50, let flags = u16(record + 8), let method = u16(record + 10),
                  let compressed = u32(record + 20), let size = u32(record + 24), let nameLength = u16(record + 28),
                  let extraLength = u16(record + 30), let commentLength = u16(record + 32),
                  let local = u32(record + 42), record + 46 + Int(nameLength) <= bytes.count
            else { throw broken("central directory record damaged") }
            if bytes[(record + 46)..<(record + 46 + Int(nameLength))].elementsEqual(wanted) {
                if flags & 1 != 0 { throw broken("\(name) is encrypted") }
                if compressed == 0xFFFF_FFFF || size == 0xFFFF_FFFF || local == 0xFFFF_FFFF {
                    throw broken("ZIP64 archives are not supported")
                }
                return try data(at: Int(local), compressed: Int(compressed), method: method, maxBytes: maxBytes)
            }
            record += 46 + Int(nameLength) + Int(extraLength) + Int(commentLength)
        }
        throw .unreadable(path: "docx", reason: "no \(name): not a Word document")
    }

    /// The end-of-central-directory record, in the last 64 KB + 22 bytes.
    private func centralDirectory() throws(DocumentError) -> (offset: Int, entries: Int) {
        guard bytes.count >= 22 else { throw broken("too short") }
        var i = bytes.count - 22
        let floor = max(0, bytes.count - 65_557)
        while i >= floor {
            if u32(i) == 0x0605_4b50, let entries = u16(i + 10), let size = u32(i + 12), let offset = u32(i + 16) {
                guard Int(offset) + Int(size) <= i else { throw broken("central directory outside the archive") }
                return (Int(offset), Int(entries))
            }
            i -= 1
        }
        throw .unreadable(path: "docx", reason: "not a ZIP archive, so not a .docx file")
    }

    private func data(at local: Int, compressed: Int, method: UInt16, maxBytes: Int) throws(DocumentError) -> [UInt8] {
        guard u32(local) == 0x0403_4b50, let nameLength = u16(local + 26), let extraLength = u16(local + 28) else {
            throw broken("local header damaged")
        }
        let start = local + 30 + Int(nameLength) + Int(extraLength)
        guard start <= bytes.count, compressed <= bytes.count - start else { throw broken("entry runs past the archive") }
        switch method {
        case 0:
            guard compressed <= maxBytes else { throw .tooLarge(bytes: compressed, limit: maxBytes) }
            return Array(bytes[start..<(start + compressed)])
        case 8:
            var length: Int64 = 0
            var status: Int32 = 0
            let inflated = bytes.withUnsafeBufferPointer { buffer in
                cxml_inflate_raw(buffer.baseAddress! + start, Int64(compressed), Int64(maxBytes), &length, &status)
            }
            defer { if let inflated { cxml_free(UnsafeMutableRawPointer(inflated).assumingMemoryBound(to: CChar.self)) } }
            switch status {
            case 0: return inflated.map { Array(UnsafeBufferPointer(start: $0, count: Int(length))) } ?? []
            case 1: throw .tooLarge(bytes: Int(length), limit: maxBytes)
            case 3: throw broken("out of memory while inflating")
            default: throw broken("compressed data damaged")
            }
        default:
            throw broken("compression method \(method) is not supported")
        }
    }

    private func broken(_ reason: String) -> DocumentError { .unreadable(path: "docx", reason: "broken ZIP archive: \(reason)") }

    private func u16(_ i: Int) -> UInt16? {
        guard i >= 0, i <= bytes.count - 2 else { return nil }
        return UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8
    }

    private func u32(_ i: Int) -> UInt32? {
        guard i >= 0, i <= bytes.count - 4 else { return nil }
        return UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24
    }
}
