import Foundation

/// ICU transliterators of one id, lent to one task at a time (ICU handles are not thread-safe).
/// A borrower that finds the pool empty opens a new handle; handles return to the pool after use.
final class TransliteratorPool: @unchecked Sendable {
    let id: String
    private let lock = NSLock()
    private var idle: [ICU.Transliterator] = []
    private var failed = false

    init(id: String) { self.id = id }

    /// Runs `body` with a transliterator of this pool's id; nil if ICU cannot open one.
    func with<R>(_ body: (ICU.Transliterator) -> R) -> R? {
        lock.lock()
        let handle = idle.popLast()
        let knownBroken = failed
        lock.unlock()
        guard let handle = handle ?? (knownBroken ? nil : open()) else { return nil }
        defer {
            lock.lock()
            idle.append(handle)
            lock.unlock()
        }
        return body(handle)
    }

    private func open() -> ICU.Transliterator? {
        let handle = try? ICU.Transliterator(id: id)
        if handle == nil {
            lock.lock()
            failed = true
            lock.unlock()
        }
        return handle
    }
}
