/// Per-scalar classes for the number scanner: one table lookup per scalar, no string comparisons in the hot loop.
///
/// The numeral characters are a closed set of the writing system (not policy vocabulary), so they live here in code;
/// units, cue words and phrases are data files (see `RecognizerLexicon`).
struct NumeralTable: Sendable {
    enum Class: UInt8 {
        case none = 0
        /// 0-9 and full-width ０-９; `value` is the digit.
        case arabicDigit
        /// 零〇一二两…九, financial 壹贰叁…, traditional 兩參; `value` is the digit.
        case chineseDigit
        /// 十拾 百佰 千仟; `value` is the power of ten (1, 2, 3).
        case unit
        /// 万萬 亿億 兆; `value` is the power of ten (4, 8, 12).
        case magnitude
        /// 点 點: a Chinese decimal point.
        case point
        /// 负 負.
        case minus
        /// 半.
        case half
        /// 多 余 几 幾: "and some" inside a numeral (十多万, 二十几万).
        case approx
    }

    private var classes: [UInt8]
    private var values: [UInt8]
    /// Financial digits that are also common words (伍 陆 陸 拾 肆): a numeral made of one of them alone is a word.
    private var ambiguous: Set<UInt32>

    init() {
        classes = [UInt8](repeating: 0, count: 0x10000)
        values = [UInt8](repeating: 0, count: 0x10000)
        ambiguous = []
        for d in 0...9 {
            set(Unicode.Scalar(UInt8(48 + d)), .arabicDigit, d)
            if let fw = Unicode.Scalar(0xFF10 + UInt32(d)) { set(fw, .arabicDigit, d) }
        }
        let digits: [(String, Int)] = [
            ("零〇○", 0), ("一壹幺弌", 1), ("二贰貳两兩俩倆弍", 2), ("三叁參弎", 3), ("四肆", 4),
            ("五伍", 5), ("六陆陸", 6), ("七柒", 7), ("八捌", 8), ("九玖", 9),
        ]
        for (chars, d) in digits { for c in chars.unicodeScalars { set(c, .chineseDigit, d) } }
        for (chars, p) in [("十拾", 1), ("百佰", 2), ("千仟", 3)] { for c in chars.unicodeScalars { set(c, .unit, p) } }
        for (chars, p) in [("万萬", 4), ("亿億", 8), ("兆", 12)] { for c in chars.unicodeScalars { set(c, .magnitude, p) } }
        for c in "点點".unicodeScalars { set(c, .point, 0) }
        for c in "负負".unicodeScalars { set(c, .minus, 0) }
        set("半", .half, 0)
        for c in "多余几幾".unicodeScalars { set(c, .approx, 0) }
        for c in "伍陆陸拾肆".unicodeScalars { ambiguous.insert(c.value) }
    }

    private mutating func set(_ c: Unicode.Scalar, _ cls: Class, _ value: Int) {
        classes[Int(c.value)] = cls.rawValue
        values[Int(c.value)] = UInt8(value)
    }

    @inline(__always) func cls(_ c: Unicode.Scalar) -> Class {
        let v = c.value
        guard v < 0x10000 else { return .none }
        return Class(rawValue: classes[Int(v)]) ?? .none
    }

    @inline(__always) func value(_ c: Unicode.Scalar) -> Int {
        let v = c.value
        return v < 0x10000 ? Int(values[Int(v)]) : 0
    }

    func isAmbiguous(_ c: Unicode.Scalar) -> Bool { ambiguous.contains(c.value) }

    /// 0-9 or ０-９.
    @inline(__always) static func arabicDigit(_ c: Unicode.Scalar) -> Int? {
        let v = c.value
        if v >= 48 && v <= 57 { return Int(v - 48) }
        if v >= 0xFF10 && v <= 0xFF19 { return Int(v - 0xFF10) }
        return nil
    }

    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\u{3000}" || c == "\u{00A0}" || c == "\t"
    }

    /// ASCII or full-width Latin letter.
    @inline(__always) static func isLatinLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) || (v >= 0xFF21 && v <= 0xFF3A) || (v >= 0xFF41 && v <= 0xFF5A)
    }
}
