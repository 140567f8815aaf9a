import CICU

extension ICU {
    /// One candidate from ICU's charset detector.
    public struct CharsetMatch: Sendable, Equatable {
        /// ICU's charset name, e.g. "GB18030", "Big5", "UTF-8", "UTF-16LE".
        public let name: String
        /// 0–100.
        public let confidence: Int
    }

    /// ICU charset detection (`ucsdet`) over `bytes`, best match first.
    public static func detectCharsets(_ bytes: UnsafeRawBufferPointer) throws(ICU.Error) -> [CharsetMatch] {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return [] }
        let maxMatches = 16
        var names = [CChar](repeating: 0, count: 32 * maxMatches)
        var confidences = [Int32](repeating: 0, count: maxMatches)
        var status: Int32 = 0
        let length = Int32(clamping: bytes.count)
        let found = cicu_detect_charsets(
            base.assumingMemoryBound(to: CChar.self), length, &names, &confidences, Int32(maxMatches), &status)
        try ICU.Error.check(status, "detect charset")
        return (0..<Int(found)).map { i in
            let name = names[(32 * i)..<(32 * i + 32)].withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            return CharsetMatch(name: name, confidence: Int(confidences[i]))
        }
    }

    /// An ICU converter (`ucnv`) between one charset and Unicode. Not thread-safe.
    public final class Converter {
        private let handle: UnsafeMutableRawPointer
        public let charset: String

        public init(charset: String) throws(ICU.Error) {
            var status: Int32 = 0
            let handle = cicu_converter_open(charset, &status)
            try ICU.Error.check(status, "open converter \(charset)")
            guard let handle else { throw ICU.Error(code: 1, operation: "open converter \(charset)") }
            self.handle = handle
            self.charset = charset
        }

        deinit { cicu_converter_close(handle) }

        /// Decodes `bytes`; invalid sequences become U+FFFD and are counted in `invalidBytes`.
        public func decode(_ bytes: UnsafeRawBufferPointer) throws(ICU.Error) -> (text: String, invalidBytes: Int) {
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return ("", 0) }
            // Every charset we read yields at most one UTF-16 unit per byte, plus a flushed replacement.
            var capacity = bytes.count + 16
            while true {
                var units = [UInt16](repeating: 0, count: capacity)
                var invalid: Int32 = 0
                var status: Int32 = 0
                let n = cicu_converter_decode(
                    handle, base.assumingMemoryBound(to: CChar.self), Int32(clamping: bytes.count), &units,
                    Int32(clamping: capacity), &invalid, &status)
                if status == ICU.Error.bufferOverflow, capacity < Int(Int32.max) / 2 {
                    capacity = max(capacity * 2, Int(n) + 16)
                    continue
                }
                try ICU.Error.check(status, "decode \(charset)")
                return (String(decoding: units[0..<Int(n)], as: UTF16.self), Int(invalid))
            }
        }

        /// Encodes `text`, or returns nil when the charset cannot represent one of its characters.
        public func encode(_ text: String) throws(ICU.Error) -> [UInt8]? {
            let units = Array(text.utf16)
            var capacity = units.count * 4 + 16
            while true {
                var bytes = [CChar](repeating: 0, count: capacity)
                var status: Int32 = 0
                let n = cicu_converter_encode(handle, units, Int32(units.count), &bytes, Int32(capacity), &status)
                if status == ICU.Error.bufferOverflow {
                    capacity = Int(n) + 16
                    continue
                }
                if status == ICU.Error.invalidCharFound || status == 12 /* U_ILLEGAL_CHAR_FOUND */ { return nil }
                try ICU.Error.check(status, "encode \(charset)")
                return bytes[0..<Int(n)].map { UInt8(bitPattern: $0) }
            }
        }
    }
}
