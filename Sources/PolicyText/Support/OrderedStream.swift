import Foundation

/// Produces `count` items on up to `workers` threads and consumes them one at a time, in index order, while the
/// others are still being produced. At most `window` items are produced ahead of the last one consumed, so memory
/// stays flat however many there are; `consume` returning false stops the stream (items already consumed stay
/// consumed, in order).
///
/// `consume` runs on whichever worker finds the next item ready, never on two threads at once, and each call
/// happens after the previous one (the lock orders them), so it may touch state that is not thread-safe.
func orderedStream<T: Sendable>(count: Int, workers: Int, window: Int, produce: @Sendable (Int) -> T,
                                consume: (Int, T) -> Bool) {
    if workers <= 1 || count <= 1 {
        for i in 0..<count where !consume(i, produce(i)) { return }
        return
    }
    let state = StreamState<T>(window: max(window, workers))
    withoutActuallyEscaping(consume) { consume in
        nonisolated(unsafe) let consume = consume
        DispatchQueue.concurrentPerform(iterations: min(workers, count)) { _ in
            while let index = state.claim(count: count) {
                state.finish(index, produce(index), consume: consume)
            }
        }
    }
}

private final class StreamState<T>: @unchecked Sendable {
    private let condition = NSCondition()
    private let window: Int
    private var next = 0
    private var emitted = 0
    private var ready: [Int: T] = [:]
    private var emitting = false
    private var stopped = false

    init(window: Int) { self.window = window }

    /// The next index to produce, waiting while the window is full; nil when done or stopped.
    func claim(count: Int) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !stopped && next < count && next >= emitted + window { condition.wait() }
        guard !stopped, next < count else { return nil }
        next += 1
        return next - 1
    }

    /// Stores a produced item and, unless another worker is already consuming, consumes every item that is next.
    func finish(_ index: Int, _ item: T, consume: (Int, T) -> Bool) {
        condition.lock()
        ready[index] = item
        if emitting || stopped {
            condition.unlock()
            return
        }
        emitting = true
        while !stopped, let item = ready.removeValue(forKey: emitted) {
            let position = emitted
            condition.unlock()
            let goOn = consume(position, item)
            condition.lock()
            emitted += 1
            if !goOn { stopped = true }
            condition.broadcast()
        }
        emitting = false
        condition.unlock()
    }
}
