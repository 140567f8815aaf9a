import Foundation
import Testing
@testable import PolicyText

/// Linear time (always on) and corpus throughput (on request: `POLICYTEXT_BENCH=1`, best in a release build:
/// `POLICYTEXT_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter RecognizeSpeedTests`).
@Suite struct RecognizeSpeedTests {
    static let paragraph = """
    2025年全省地区生产总值增长5.5%左右，城镇新增就业12万人以上，居民消费价格涨幅3%左右。力争到2030年实现制造业增加值翻一番，\
    用3年时间建成1000个以上5G基站，“十四五”期间累计投资1.5万亿元。年底前完成二〇二六年二月三十日整改，单位GDP能耗下降13.5%，\
    研发投入强度提高0.2个百分点，百分之十五的企业实现倍增。
    """

    /// Best of five wall-clock times of `body`, in seconds.
    static func time(_ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<5 {
            let t0 = DispatchTime.now().uptimeNanoseconds
            body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
        }
        return best
    }

    /// CPU time of the calling thread, in seconds (other processes on the machine do not count).
    static func threadCPUTime() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Time on 4× the input stays within 8× (linear is 4×, quadratic 16×; the slack absorbs timing noise from tests
    /// running in parallel).
    static func expectLinear(_ unit: [Unicode.Scalar], copies: Int, _ label: String) {
        let r = RecognizeFixture.recognizer
        let small = Array(repeating: unit, count: copies).flatMap { $0 }
        let large = Array(repeating: unit, count: copies * 4).flatMap { $0 }
        var count = 0
        // Alternate the two sizes and keep the best thread-CPU time of each, so load on the machine cancels out.
        var ts = Double.infinity
        var tl = Double.infinity
        for _ in 0..<7 {
            var t0 = threadCPUTime()
            count &+= r.recognize(small, documentDate: RecognizeFixture.date2026).count
            ts = min(ts, threadCPUTime() - t0)
            t0 = threadCPUTime()
            count &+= r.recognize(large, documentDate: RecognizeFixture.date2026).count
            tl = min(tl, threadCPUTime() - t0)
        }
        print("linear \(label): \(small.count) scalars \(ts)s, \(large.count) scalars \(tl)s, ratio \(tl / ts)")
        #expect(tl / max(ts, 1e-6) < 8, "\(label): 4× input took \(tl / ts)× the time")
        #expect(count > 0 || label != "policy text")
    }

    @Test func linearOnPolicyText() {
        Self.expectLinear(Array(Self.paragraph.unicodeScalars), copies: 200, "policy text")
    }

    @Test func linearOnPathologicalRuns() {
        // Long digit runs, numeral runs, repeated cue and connector characters: each must be read once.
        Self.expectLinear(Array(String(repeating: "9", count: 5000).unicodeScalars), copies: 4, "Arabic digit run")
        Self.expectLinear(Array(String(repeating: "九", count: 5000).unicodeScalars), copies: 4, "Chinese digit run")
        Self.expectLinear(Array(String(repeating: "一十", count: 2500).unicodeScalars), copies: 4, "numeral units")
        Self.expectLinear(Array(String(repeating: "5%—", count: 1500).unicodeScalars), copies: 4, "range chain")
        Self.expectLinear(Array(String(repeating: "年年底前", count: 1200).unicodeScalars), copies: 4, "time words")
        Self.expectLinear(Array(String(repeating: "1,000,", count: 800).unicodeScalars), copies: 4, "digit groups")
    }

    static var benchRequested: Bool { ProcessInfo.processInfo.environment["POLICYTEXT_BENCH"] != nil }
    static let laws = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus/laws")

    @Test(.enabled(if: benchRequested && FileManager.default.fileExists(atPath: laws.path)))
    func corpusThroughput() throws {
        var texts: [[Unicode.Scalar]] = []
        var bytes = 0
        let files = FileManager.default.enumerator(at: Self.laws, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            guard let data = try? Data(contentsOf: url), let s = String(data: data, encoding: .utf8) else { continue }
            bytes += data.count
            texts.append(Array(s.unicodeScalars))
        }
        let r = RecognizeFixture.recognizer
        var entities = 0
        let seconds = Self.time {
            entities = 0
            for t in texts { entities += r.recognize(t, documentDate: RecognizeFixture.date2026).count }
        }
        let mbps = Double(bytes) / 1e6 / seconds
        print("Recognize throughput over laws: \(texts.count) files, \(bytes) bytes, \(entities) entities, \(seconds)s, \(mbps) MB/s")
        #expect(mbps >= 20)
    }

    /// `RECOGNIZE_DUMP=file-or-folder`: prints the entities of a file or of each file in a folder (for inspection, no assertions).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["RECOGNIZE_DUMP"] != nil))
    func dump() throws {
        let path = ProcessInfo.processInfo.environment["RECOGNIZE_DUMP"] ?? ""
        let date = ProcessInfo.processInfo.environment["RECOGNIZE_DATE"].flatMap(CivilDate.init(iso:))
        var isDirectory: ObjCBool = false
        FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        let files = isDirectory.boolValue
            ? (try FileManager.default.contentsOfDirectory(atPath: path)).sorted().map { path + "/" + $0 } : [path]
        for file in files {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
            for e in RecognizeFixture.recognizer.recognize(text, documentDate: date) { print("DUMP", file, e.jsonLine()) }
        }
    }
}
