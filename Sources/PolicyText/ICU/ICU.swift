import CICU

/// Swift face of the system ICU library, reached through the `CICU` C bridge.
///
/// Each ICU handle is owned by one `final class` that closes it in `deinit`. Handles are not thread-safe:
/// create one per thread or task (see `ICU.WordBreaker` and friends), never share one across tasks.
public enum ICU {
    /// An ICU `UErrorCode` that signals failure.
    public struct Error: Swift.Error, CustomStringConvertible, Equatable, Sendable {
        /// The raw `UErrorCode` value (> 0 for failures).
        public let code: Int32
        /// What was being attempted, e.g. "open transliterator Han-Latin".
        public let operation: String

        public var description: String {
            "ICU error \(String(cString: cicu_error_name(code))) (\(code)) in \(operation)"
        }

        static let bufferOverflow: Int32 = 15  // U_BUFFER_OVERFLOW_ERROR
        static let invalidCharFound: Int32 = 10  // U_INVALID_CHAR_FOUND

        /// Throws when `status` is a failure code; warnings (< 0) pass.
        static func check(_ status: Int32, _ operation: @autoclosure () -> String) throws(ICU.Error) {
            if status > 0 { throw ICU.Error(code: status, operation: operation()) }
        }
    }
}
