import CICU

extension ICU {
    /// An ICU transliterator (`utrans`), e.g. `Traditional-Simplified` or `Han-Latin`. Not thread-safe.
    ///
    /// Transliteration is slow per call; callers that need it per character build a table once
    /// (see `ChineseScript`).
    public final class Transliterator {
        private let handle: UnsafeMutableRawPointer
        public let id: String

        public init(id: String) throws(ICU.Error) {
            var status: Int32 = 0
            let handle = cicu_translit_open(id, &status)
            try ICU.Error.check(status, "open transliterator \(id)")
            guard let handle else { throw ICU.Error(code: 1, operation: "open transliterator \(id)") }
            self.handle = handle
            self.id = id
        }

        deinit { cicu_translit_close(handle) }

        /// Transliterates `text`.
        public func transliterate(_ text: String) throws(ICU.Error) -> String {
            var units = Array(text.utf16)
            let length = units.count
            var capacity = max(16, length * 4 + 16)
            while true {
                var buffer = units + [UInt16](repeating: 0, count: capacity - length)
                var newLength = Int32(length)
                var status: Int32 = 0
                cicu_translit_run(handle, &buffer, &newLength, Int32(capacity), &status)
                if status == ICU.Error.bufferOverflow, capacity < 1 << 28 {
                    capacity *= 2
                    continue
                }
                try ICU.Error.check(status, "transliterate with \(id)")
                units = Array(buffer[0..<Int(newLength)])
                return String(decoding: units, as: UTF16.self)
            }
        }
    }
}
