/// Character classes the extractor tests on hot paths, on raw scalar values.
enum Scalars {
    @inline(__always) static func isHan(_ c: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(c) || (0x3400...0x4DBF).contains(c) || (0xF900...0xFAFF).contains(c)
            || (0x20000...0x2FA1F).contains(c)
    }

    @inline(__always) static func isDigit(_ c: UInt32) -> Bool { (0x30...0x39).contains(c) || (0xFF10...0xFF19).contains(c) }

    @inline(__always) static func isLatin(_ c: UInt32) -> Bool {
        (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c) || (0xFF21...0xFF3A).contains(c) || (0xFF41...0xFF5A).contains(c)
    }

    /// Chinese numerals that open numbered slogans (两个确保, 十大战略, 双一流, 千万工程). Not 零: “零伤亡” is a goal.
    @inline(__always) static func isNumeral(_ c: UInt32) -> Bool {
        switch c {
        case 0x4E24, 0x53CC, 0x767E, 0x5343, 0x4E07: true  // 两双百千万
        default: isEnumerationNumeral(c)                     // 一 … 十
        }
    }

    @inline(__always) static func isPlus(_ c: UInt32) -> Bool { c == 0x2B || c == 0xFF0B }

    @inline(__always) static func isOpeningQuote(_ c: UInt32) -> Bool {
        c == 0x201C || c == 0x2018 || c == 0x300C || c == 0x300E
    }

    @inline(__always) static func closingQuote(for c: UInt32) -> UInt32 {
        switch c {
        case 0x201C: 0x201D
        case 0x2018: 0x2019
        case 0x300C: 0x300D
        case 0x300E: 0x300F
        default: 0x22
        }
    }

    /// Marks that end a clause or sentence (quoted speech contains them; slogans do not).
    @inline(__always) static func isClausePunctuation(_ c: UInt32) -> Bool {
        switch c {
        case 0x3002, 0xFF0C, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x0A, 0x0D: true
        default: false
        }
    }

    /// Dashes and bullets that lead the items of a list (`——坚持…`).
    @inline(__always) static func isListLead(_ c: UInt32) -> Bool {
        switch c {
        case 0x2014, 0x2015, 0x2500, 0x2D, 0xFF0D, 0x2022, 0x00B7, 0x25CF, 0x25C6, 0x25A0, 0x2605: true
        default: false
        }
    }

    /// 一 … 十, the numerals of an enumeration (`一是…，二是…`).
    @inline(__always) static func isEnumerationNumeral(_ c: UInt32) -> Bool {
        switch c {
        case 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341: true
        default: false
        }
    }

    @inline(__always) static func isBlank(_ c: UInt32) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x3000 || c == 0xA0
    }

    static func string(_ s: ArraySlice<Unicode.Scalar>) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s)
        return String(v)
    }
}

extension Scalars {
    @inline(__always) static func isClosingQuoteOrBracket(_ c: UInt32) -> Bool {
        c == 0x201D || c == 0x2019 || c == 0x300D || c == 0x300F || c == 0xFF09 || c == 0x29 || c == 0x300B || c == 0x3011
    }

    @inline(__always) static func isOpeningBracket(_ c: UInt32) -> Bool {
        c == 0xFF08 || c == 0x28 || c == 0x300A || c == 0x3010 || c == 0x201C || c == 0x300C
    }
}
