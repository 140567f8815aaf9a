/// The coarse class of a Unicode scalar, as the tokenizer's scanners see it.
///
/// Looked up in a 64 KiB table for the BMP (built once from Unicode properties) so that hot loops do one load per
/// scalar; scalars outside the BMP are classified from their properties directly.
enum ScalarClass: UInt8 {
    /// Anything not listed below: symbols, emoji, private use, unassigned.
    case other = 0
    /// A Han ideograph (CJK Unified Ideographs and extensions, compatibility ideographs, 〇).
    case han
    /// A decimal digit, ASCII or full-width.
    case digit
    /// A letter of a script written with spaces (Latin, Greek, Cyrillic …), ASCII or full-width.
    case latin
    /// A letter of a script written without spaces that is not Han (kana, Hangul, Thai …).
    case letter
    /// White space, line breaks included.
    case space
    /// Punctuation.
    case punct
    /// Control and format characters, surrogates.
    case control
    /// A combining mark.
    case mark

    static func of(_ v: UInt32) -> ScalarClass {
        if v < 0x10000 { return ScalarClass(rawValue: bmpTable[Int(v)]) ?? .other }
        return classify(v)
    }

    private static let bmpTable: [UInt8] = (0..<0x10000).map { classify(UInt32($0)).rawValue }

    private static func classify(_ v: UInt32) -> ScalarClass {
        switch v {
        case 0x30...0x39, 0xFF10...0xFF19: return .digit
        case 0x41...0x5A, 0x61...0x7A, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return .latin
        case 0x3007: return .han  // 〇, a Han numeral zero
        default: break
        }
        guard let scalar = Unicode.Scalar(v) else { return .control }
        let p = scalar.properties
        if p.isIdeographic { return .han }
        if p.isWhitespace { return .space }
        switch p.generalCategory {
        case .decimalNumber: return .digit
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            return .punct
        case .control, .format, .surrogate, .lineSeparator, .paragraphSeparator: return .control
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return spacedScript(v) ? .latin : .letter
        default: return .other
        }
    }

    /// Letters of the alphabets written with spaces between words (Latin, Greek, Cyrillic, Armenian, Georgian …).
    private static func spacedScript(_ v: UInt32) -> Bool {
        switch v {
        case 0x00C0...0x058F, 0x10A0...0x10FF, 0x1E00...0x1FFF, 0x2C60...0x2C7F, 0xA720...0xA7FF: true
        default: false
        }
    }
}

/// Small closed sets of scalars the number grammar needs; a `switch` compiles to a few range checks.
enum Numerals {
    /// Han numerals that can spell a number: 〇○零一二三四五六七八九十百千万亿两 and the financial forms.
    static func isHanNumeral(_ v: UInt32) -> Bool {
        switch v {
        case 0x3007, 0x25CB, 0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D,
            0x5341, 0x767E, 0x5343, 0x4E07, 0x4EBF, 0x4E24,
            0x58F9, 0x8D30, 0x53C1, 0x8086, 0x4F0D, 0x9646, 0x67D2, 0x634C, 0x7396, 0x62FE, 0x4F70, 0x4EDF:
            true
        default: false
        }
    }

    /// The value of a Han digit 〇○零一二三四五六七八九 (not 十百千…), else nil.
    static func hanDigitValue(_ v: UInt32) -> Int? {
        switch v {
        case 0x3007, 0x25CB, 0x96F6: 0
        case 0x4E00: 1
        case 0x4E8C, 0x4E24: 2
        case 0x4E09: 3
        case 0x56DB: 4
        case 0x4E94: 5
        case 0x516D: 6
        case 0x4E03: 7
        case 0x516B: 8
        case 0x4E5D: 9
        default: nil
        }
    }

    /// 十百千万亿: magnitudes that may follow Arabic digits (`50万`, `1.5万亿`).
    static func isMagnitude(_ v: UInt32) -> Bool {
        switch v {
        case 0x5341, 0x767E, 0x5343, 0x4E07, 0x4EBF: true
        default: false
        }
    }

    static func isDigit(_ v: UInt32) -> Bool { (0x30...0x39).contains(v) || (0xFF10...0xFF19).contains(v) }

    static func digitValue(_ v: UInt32) -> Int { Int(v >= 0xFF10 ? v - 0xFF10 : v - 0x30) }

    /// Value of a short Han numeral such as 十二 or 三十一 (for month and day checks), or nil.
    static func smallHanValue<C: Collection<UInt32>>(_ s: C) -> Int? {
        var total = 0
        var digit = -1
        var sawTen = false
        for v in s {
            if v == 0x5341 {  // 十
                if sawTen { return nil }
                total += (digit < 0 ? 1 : digit) * 10
                digit = -1
                sawTen = true
            } else if let d = hanDigitValue(v) {
                if digit >= 0 { return nil }
                digit = d
            } else {
                return nil
            }
        }
        return total + max(digit, 0)
    }
}
