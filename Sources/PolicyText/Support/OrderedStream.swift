import Foundation

/// Pulls items from `source` and produces a result for each on up to `workers` threads, consuming the results one at
/// a time, in the order the items came, while later ones are still being produced. A worker that is free takes the
/// next item by pulling it from the iterator under the lock, so the source is read by one thread at a time, only as
/// far as the work has got: at most `window` items are pulled ahead of the last one consumed, so memory stays flat
/// however long the source is (a lazy sequence over a huge corpus is never held whole). `consume` returning false
/// stops the stream (results already consumed stay consumed, in order; nothing more is pulled).
///
/// `consume` runs on whichever worker finds the next result ready, never on two threads at once, and each call
/// happens after the previous one (the lock orders them), so it may touch state that is not thread-safe.
func orderedStream<Element: Sendable, T: Sendable>(pulling source: some IteratorProtocol<Element>, workers: Int,
                                                  window: Int, produce: @Sendable (Element) -> T,
                                                  consume: (Int, T) -> Bool) {
    var source = source
    if workers <= 1 {
        var index = 0
        while let item = source.next() {
            if !consume(index, produce(item)) { return }
            index += 1
        }
        return
    }
    let state = StreamState<Element, T>(pull: { source.next() }, window: max(window, workers))
    withoutActuallyEscaping(consume) { consume in
        nonisolated(unsafe) let consume = consume
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let claimed = state.claim() {
                state.finish(claimed.index, produce(claimed.item), consume: consume)
            }
        }
    }
}

/// The shared state of one stream: the source (pulled only under the lock), the results waiting for their turn,
/// and how far production and consumption have got.
private final class StreamState<Element: Sendable, T: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let window: Int
    private let pull: () -> Element?
    private var exhausted = false
    private var next = 0
    private var emitted = 0
    private var ready: [Int: T] = [:]
    private var emitting = false
    private var stopped = false

    init(pull: @escaping () -> Element?, window: Int) {
        self.pull = pull
        self.window = window
    }

    /// The next item and its position, pulled from the source once the window has room; nil when the source is
    /// exhausted or the stream stopped.
    func claim() -> (index: Int, item: Element)? {
        condition.lock()
        defer { condition.unlock() }
        while !stopped && !exhausted && next >= emitted + window { condition.wait() }
        guard !stopped, !exhausted, let item = pull() else {
            exhausted = true
            return nil
        }
        next += 1
        return (next - 1, item)
    }

    /// Stores a produced result and, unless another worker is already consuming, consumes every result that is next.
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
