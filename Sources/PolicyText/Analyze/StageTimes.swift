import Foundation
import Synchronization

/// Time spent in each pipeline stage, added up across documents and threads: what `policytext extract --timing`
/// prints. Shared by reference so that every worker adds to the same totals.
public final class StageTimes: Sendable {
    public enum Stage: String, CaseIterable, Sendable {
        case read, decode, normalize, extract
    }

    private let totals = Mutex<[Stage: Duration]>([:])
    private let bytes = Mutex<Int>(0)

    public init() {}

    /// Runs `body`, adding its duration to `stage`.
    public func measure<T, E: Error>(_ stage: Stage, _ body: () throws(E) -> T) throws(E) -> T {
        let clock = ContinuousClock()
        let start = clock.now
        defer {
            let elapsed = clock.now - start
            totals.withLock { $0[stage, default: .zero] += elapsed }
        }
        return try body()
    }

    public func addBytes(_ count: Int) { bytes.withLock { $0 += count } }

    public var totalBytes: Int { bytes.withLock { $0 } }

    public func total(_ stage: Stage) -> Duration { totals.withLock { $0[stage] ?? .zero } }

    /// One line per stage: seconds (summed over threads) and MB/s of input bytes.
    public func report() -> String {
        let megabytes = Double(totalBytes) / 1_000_000
        return Stage.allCases.map { stage in
            let seconds = Double(total(stage).components.attoseconds) / 1e18 + Double(total(stage).components.seconds)
            let rate = seconds > 0 ? megabytes / seconds : 0
            return "\(stage.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)) \(String(format: "%8.3f s  %8.1f MB/s", seconds, rate))"
        }.joined(separator: "\n") + "\n" + String(format: "input      %8.1f MB", megabytes)
    }
}
