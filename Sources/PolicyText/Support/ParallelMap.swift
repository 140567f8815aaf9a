import Dispatch
import Synchronization

/// `body(0..<count)` on up to `workers` threads, results in index order. Workers take the next index as they finish
/// one, so a few large items do not hold the others back. `body` may capture buffers that live only for this call:
/// it returns when every worker is done.
func concurrentMap<T>(count: Int, workers: Int, _ body: (Int) -> T) -> [T] {
    if count <= 1 || workers <= 1 { return (0..<count).map(body) }
    let slots = ResultSlots<T>(count: count)
    let next = Atomic<Int>(0)
    withoutActuallyEscaping(body) { body in
        nonisolated(unsafe) let body = body
        DispatchQueue.concurrentPerform(iterations: Swift.min(workers, count)) { _ in
            while true {
                let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
                if i >= count { break }
                slots.store(body(i), at: i)
            }
        }
    }
    return slots.collect()
}

extension Array where Element: Sendable {
    /// Maps with up to `jobs` threads, keeping the input order in the result.
    public func parallelMap<Result: Sendable>(jobs: Int, _ transform: @Sendable (Element) -> Result) -> [Result] {
        concurrentMap(count: count, workers: jobs) { transform(self[$0]) }
    }
}

/// Write-once slots filled from many threads: each index is written by exactly one worker, and all writes happen
/// before `concurrentPerform` returns.
private final class ResultSlots<T>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        base = .allocate(capacity: count)
        base.initialize(repeating: nil, count: count)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    func store(_ value: T, at index: Int) { base[index] = value }

    func collect() -> [T] { (0..<count).map { base[$0]! } }
}
