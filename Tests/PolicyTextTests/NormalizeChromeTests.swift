import Foundation
import Testing
@testable import PolicyText

@Suite struct NormalizeChromeTests {
    @Test func bundledCuesLoad() throws {
        _ = try ChromeRules.bundled.get()
    }

    @Test func dropsToolbarsBreadcrumbsAndFooters() {
        let text = """
            下载
            打印
            全屏
            收藏
            【字号：
            加大
            还原
            减小
            】
            2026年某省政府工作报告
            您的位置: 首页 > 要闻 > 正文
            下载 打印 全屏 收藏 【字号：加大 还原 减小】
            各位代表：
            【字体：大 中 小】
            今年主要预期目标是：地区生产总值增长5%左右。
            【打印】【关闭】
            扫一扫在手机打开当前页
            版权所有：某省人民政府办公厅
            """
        let n = NormalizeFixtures.normalize(text)
        #expect(n.text == "2026年某省政府工作报告\n各位代表：\n今年主要预期目标是：地区生产总值增长5%左右。\n")
        #expect(n.cleanup.chromeLinesRemoved == 15)
    }

    @Test func keepsContentLinesWithCueWords() {
        let text = """
            承办单位应当及时答复代表。
            加大力度
            打印机产业
            大
            中
            小
            来源：河北日报
            时间：2026-02-02
            """
        let n = NormalizeFixtures.normalize(text)
        #expect(n.text == text)
        #expect(n.cleanup.chromeLinesRemoved == 0)
    }

    @Test func traditionalChromeIsMatchedAfterConversion() {
        let n = NormalizeFixtures.normalize("下載\n打印\n全屏\n政府工作報告\n")
        #expect(n.text == "政府工作报告\n")
        #expect(n.cleanup.chromeLinesRemoved == 3)
    }

    @Test func droppedLinesAreAbsorbedByTheTextBefore() {
        let n = NormalizeFixtures.normalize("正文一\n打印本页\n关闭窗口\n正文二")
        #expect(n.text == "正文一\n正文二")
        // The line break after 正文一 covers the two dropped lines in the source.
        #expect(n.sourceRange(3..<4) == 3..<14)
        #expect(n.sourceRange(4..<7) == 14..<17)
    }

    @Test func cueFileErrorsNameTheLine() {
        let file = DataFile(name: "c.txt", contents: "strong 打印\n\nmaybe 收藏\n")
        #expect(throws: DataFile.LoadError(file: "c.txt", line: 3, message: "unknown kind \"maybe\"; use strong, weak or lead")) {
            try ChromeRules(file)
        }
        #expect(throws: DataFile.LoadError.self) { try ChromeRules(DataFile(name: "c.txt", contents: "strong\n")) }
    }

    @Test(.enabled(if: NormalizeFixtures.hasCorpus)) func provincialReport() throws {
        let path = NormalizeFixtures.corpus + "/provincial-2026/云南省.txt"
        let source = try NormalizeFixtures.decode(path)
        let n = Normalizer().normalize(source)
        let kept = Set(n.text.split(separator: "\n").map(String.init))
        let all = Normalizer(chrome: .none).normalize(source).text.split(separator: "\n").map(String.init)
        let dropped = all.filter { !kept.contains($0) }
        // Toolbar, font-size bar, breadcrumb cues, share bar and related-documents footer.
        for line in ["您的位置:", "首页", ">", "【字体：", "大", "中", "小", "】", "收藏", "|", "分享到:", "分享到微信", "×",
            "相关文档：", "》》点击图片进入专题《《"]
        {
            #expect(dropped.contains(line), "\(line) should be dropped")
        }
        #expect(n.cleanup.chromeLinesRemoved == dropped.count)
        // Nothing that reads as a sentence is dropped.
        for line in dropped { #expect(line.count <= ChromeRules.maxLineLength && !line.contains("。"), "\(line)") }
        #expect(kept.contains("来源：云南日报"))
        #expect(n.text.contains("各位代表"))
    }

    @Test(.enabled(if: NormalizeFixtures.hasCorpus)) func noContentLinesDroppedAcrossProvincialReports() throws {
        let dir = NormalizeFixtures.corpus + "/provincial-2026"
        var total = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: dir) where name.hasSuffix(".txt") {
            let source = try NormalizeFixtures.decode(dir + "/" + name)
            let with = Normalizer().normalize(source).text.split(separator: "\n", omittingEmptySubsequences: false)
            let without = Normalizer(chrome: .none).normalize(source).text.split(separator: "\n", omittingEmptySubsequences: false)
            var remaining = Dictionary(with.map { ($0, 1) }, uniquingKeysWith: +)
            for line in without {
                if let c = remaining[line], c > 0 { remaining[line] = c - 1; continue }
                total += 1
                // Every dropped line is short and has no sentence in it.
                #expect(line.count <= 32 && !line.contains("。") && !line.contains("，"), "\(name): \(line)")
            }
        }
        #expect(total > 200)  // 23 toolbars of 9 lines alone
    }
}
