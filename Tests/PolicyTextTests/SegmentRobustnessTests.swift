import Foundation
import Testing
@testable import PolicyText

/// Bad input: nothing crashes, offsets stay exact, time grows linearly.
@Suite struct SegmentRobustnessTests {
    let tokenizer = SegmentFixtures.tokenizer

    /// Checks that the tokens tile `text` exactly: contiguous scalar offsets whose texts are the text's scalars.
    func checkTiling(_ text: String, _ tokens: [Token], sourceLocation: SourceLocation = #_sourceLocation) {
        let scalars = Array(text.unicodeScalars)
        var expected = 0
        var ok = true
        for token in tokens {
            guard token.start == expected, token.end > token.start, token.end <= scalars.count,
                String(String.UnicodeScalarView(scalars[token.start..<token.end])) == token.text
            else {
                ok = false
                break
            }
            expected = token.end
        }
        #expect(ok && expected == scalars.count, "tokens do not tile the text", sourceLocation: sourceLocation)
    }

    /// Deterministic pseudo-random Han text without punctuation (policy words and single characters).
    static func hanText(scalars count: Int, seed: UInt64 = 42) -> String {
        let words = ["发展", "制造业", "的", "推进", "高质量", "改革", "一", "年", "新", "放管服", "营商环境", "了", "和",
                     "城中村", "以旧换新", "十四五", "是", "在", "国民经济", "克", "林", "顿", "江", "泽", "民", "二〇三五",
                     "第", "三十", "万", "亿", "元", "人", "化", "会", "主义"]
        var state = seed
        var out = String.UnicodeScalarView()
        var n = 0
        while n < count {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let word = words[Int(state >> 33) % words.count].unicodeScalars
            out.append(contentsOf: word)
            n += word.count
        }
        return String(out)
    }

    @Test(arguments: [
        "\u{0}\u{1}\u{7}\u{1B}[31m制造业\u{7F}\u{85}\u{200B}\u{200D}\u{FEFF}发展\u{2028}\u{2029}",
        String(repeating: "\u{FFFD}", count: 500) + "营商环境" + String(repeating: "\u{FFFD}", count: 3),
        "👍🏽👨‍👩‍👧‍👦🇨🇳🏳️‍🌈制造业😀5.5%😀",
        "Привет мир 制造业 مرحبا بالعالم 한국어 텍스트 にほんごのぶんしょう हिन्दी पाठ ภาษาไทย ε=mc²",
        "e\u{301}\u{301}\u{301}\u{20DD}\u{301}制\u{301}造业",
        "𠀀𠀁𠀂𪚥𰻝𰻝面\u{E000}\u{F8FF}\u{10FFFD}",
        "\u{D7FF}\u{E000}\u{FFFE}\u{FFFF}\u{1FFFE}",
        String(repeating: "1", count: 5000) + "年" + String(repeating: "1,000", count: 500) + "%",
        String(repeating: "——", count: 1000) + String(repeating: "……", count: 1000),
        String(repeating: "+", count: 1000) + String(repeating: "1+", count: 1000) + "转型+增效+提质+",
        String(repeating: "a+", count: 3000) + String(repeating: "a.", count: 3000) + "@x",
        "http://" + String(repeating: "a", count: 5000) + " www. https:// ftp://x",
        String(repeating: "第", count: 300) + String(repeating: "一二三", count: 300) + String(repeating: "的了是", count: 300),
        String(repeating: "百分之", count: 200) + "百分之三十点" + String(repeating: "－", count: 100) + "5",
        "\r\n\r\r\n\n\t \u{3000}\u{A0}",
        "",
    ])
    func strangeInputKeepsOffsetsExact(text: String) {
        checkTiling(text, tokenizer.tokenize(text))
        // The spaced output keeps every non-space scalar, in order, and one line per line.
        let spaced = tokenizer.spacedLines(text)
        let kept = text.unicodeScalars.filter { !$0.properties.isWhitespace }
        #expect(String(String.UnicodeScalarView(spaced.unicodeScalars.filter { !$0.properties.isWhitespace }))
            == String(String.UnicodeScalarView(kept)))
    }

    @Test func longLineWithoutPunctuation() {
        let text = Self.hanText(scalars: 400_000)
        let tokens = tokenizer.tokenize(text)
        checkTiling(text, tokens)
        #expect(tokens.contains { $0.text == "营商环境" })
        // Cut in chunks and done in parallel, the same line gives the same tokens.
        var options = Tokenizer.Options()
        options.parallelThreshold = 1024
        guard let lexicon = try? Lexicon.builtIn(), let rules = try? SegmentRules.builtIn() else {
            Issue.record("built-in data missing")
            return
        }
        let chunked = Tokenizer(lexicons: [lexicon], rules: rules, options: options)
        #expect(chunked.spacedLines(text).split(separator: " ").count >= tokens.count - 32)
    }

    @Test func chunkedTextGivesTheSameWordsAsWhole() throws {
        // Lines and sentences: chunks cut only after line feeds and sentence ends, so nothing changes.
        var text = ""
        for i in 0..<400 { text += "第\(i)条　推进制造业高质量发展，稳就业。优化营商环境！\n" }
        var small = Tokenizer.Options()
        small.parallelThreshold = 1024
        let chunked = Tokenizer(lexicons: [try Lexicon.builtIn()], rules: try SegmentRules.builtIn(), options: small)
        var one = Tokenizer.Options()
        one.parallelThreshold = 1 << 30
        let whole = Tokenizer(lexicons: [try Lexicon.builtIn()], rules: try SegmentRules.builtIn(), options: one)
        #expect(chunked.spacedLines(text) == whole.spacedLines(text))
        #expect(chunked.tokenize(text) == whole.tokenize(text))
    }

    @Test func timeGrowsLinearly() throws {
        // Compare the same kind of text at two sizes (the best of three runs each): a quadratic step would make
        // the larger take about 16 times as long, a linear one about 4 times. One thread, and inputs large enough
        // that other tests running at the same time blur the ratio little; the bound leaves room for that.
        var options = Tokenizer.Options()
        options.maximumConcurrency = 1
        let tokenizer = try Tokenizer(options: options)
        let small = Self.hanText(scalars: 100_000, seed: 1)
        let large = Self.hanText(scalars: 400_000, seed: 2)
        func best(_ text: String) -> Double {
            var times: [Double] = []
            for _ in 0..<3 {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = tokenizer.spacedLines(text)
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start))
            }
            return times.min() ?? 1
        }
        _ = tokenizer.spacedLines(small)  // warm up
        let ratio = best(large) / best(small)
        #expect(ratio < 10, "4× the text took \(ratio)× the time")
    }

    @Test func concurrentUseFromManyTasks() async {
        let texts = (0..<16).map { Self.hanText(scalars: 5_000, seed: UInt64($0)) }
        let expected = texts.map { tokenizer.tokenize($0) }
        let shared = tokenizer
        let results = await withTaskGroup(of: (Int, [Token]).self) { group in
            for (i, text) in texts.enumerated() { group.addTask { (i, shared.tokenize(text)) } }
            var out = [[Token]](repeating: [], count: texts.count)
            for await (i, tokens) in group { out[i] = tokens }
            return out
        }
        #expect(results == expected)
    }
}
