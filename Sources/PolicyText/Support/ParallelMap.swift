import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// Maps with up to `jobs` threads, keeping the input order in the result. Workers take the next item as they
    /// finish one, so a few large documents do not hold the others back.
    public func parallelMap<Result: Sendable>(jobs: Int, _ transform: @Sendable (Element) -> Result) -> [Result] {
        if jobs <= 1 || count <= 1 { return map(transform) }
        let slots = ResultSlots<Result>(count: count)
        let next = Atomic<Int>(0)
        let items = self
        DispatchQueue.concurrentPerform(iterations: Swift.min(jobs, count)) { _ in
            while true {
                let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
                if i >= items.count { break }
                slots.store(transform(items[i]), at: i)
            }
        }
        return slots.collect()
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
