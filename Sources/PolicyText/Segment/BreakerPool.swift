import Foundation

/// ICU word break iterators to lend out, one per concurrent caller.
///
/// An ICU break iterator is not thread-safe, and opening one costs far more than a short line takes to segment,
/// so each `Tokenizer` keeps a few and lends one to each call; a call made while all are lent opens another.
final class BreakerPool: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [ICU.WordBreaker] = []
    private let locale: String
    private let keep: Int

    init(locale: String, keep: Int = 16) {
        self.locale = locale
        self.keep = keep
    }

    /// Runs `body` with a break iterator no other thread is using.
    func withBreaker<R>(_ body: (ICU.WordBreaker) throws(ICU.Error) -> R) throws(ICU.Error) -> R {
        let breaker: ICU.WordBreaker
        lock.lock()
        if let last = idle.popLast() {
            lock.unlock()
            breaker = last
        } else {
            lock.unlock()
            breaker = try ICU.WordBreaker(locale: locale)
        }
        defer {
            lock.lock()
            if idle.count < keep { idle.append(breaker) }
            lock.unlock()
        }
        return try body(breaker)
    }
}
