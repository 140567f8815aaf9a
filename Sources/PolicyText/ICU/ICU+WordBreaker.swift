import CICU

extension ICU {
    /// The kind ICU's word-break rules give a segment (its rule status range).
    public enum WordStatus: Sendable, Equatable {
        case none, number, letter, kana, ideograph

        init(ruleStatus: Int32) {
            switch ruleStatus {
            case 100..<200: self = .number
            case 200..<300: self = .letter
            case 300..<400: self = .kana
            case 400..<500: self = .ideograph
            default: self = .none
            }
        }
    }

    /// An ICU word break iterator (`ubrk`, UBRK_WORD) with the given locale's dictionary. Not thread-safe.
    public final class WordBreaker {
        private let handle: UnsafeMutableRawPointer

        public init(locale: String = "zh") throws(ICU.Error) {
            var status: Int32 = 0
            let handle = cicu_wordbreak_open(locale, &status)
            try ICU.Error.check(status, "open word break iterator for \(locale)")
            guard let handle else { throw ICU.Error(code: 1, operation: "open word break iterator for \(locale)") }
            self.handle = handle
        }

        deinit { cicu_wordbreak_close(handle) }

        /// Calls `body` with each segment of `utf16` as a UTF-16 offset range and its rule status.
        /// The buffer must stay valid during the call (it does: it is borrowed for the call's duration).
        public func enumerateSegments(
            _ utf16: UnsafeBufferPointer<UInt16>, _ body: (Range<Int>, WordStatus) -> Void
        ) throws(ICU.Error) {
            guard let base = utf16.baseAddress, !utf16.isEmpty else { return }
            var status: Int32 = 0
            cicu_wordbreak_set_text(handle, base, Int32(utf16.count), &status)
            try ICU.Error.check(status, "set word break text")
            var start = Int(cicu_wordbreak_first(handle))
            while true {
                let next = cicu_wordbreak_next(handle)
                if next < 0 { break }
                body(start..<Int(next), WordStatus(ruleStatus: cicu_wordbreak_rule_status(handle)))
                start = Int(next)
            }
            // Detach the iterator from the caller's buffer before it goes away.
            let empty: [UInt16] = [0]
            empty.withUnsafeBufferPointer { cicu_wordbreak_set_text(handle, $0.baseAddress, 0, &status) }
        }
    }
}
