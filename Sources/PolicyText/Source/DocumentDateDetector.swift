/// Finds a document's date in its opening lines, else in its file name.
///
/// Evidence, strongest first: a delivery line (`——2026年1月14日在…会议上`, also with Chinese numerals
/// `二〇二六年一月二十七日在`), a publication field (`时间：2026-01-22`, `发布日期：2026年01月22日`), a title year
/// (`2026年浙江省政府工作报告`), a 19xx/20xx year in the file name.
public struct DocumentDateDetector: Sendable {
    /// How many scalars from the start are searched: headers live at the top.
    public var window = 3000

    public init() {}

    public func detect(in scalars: some Collection<Unicode.Scalar>, fileName: String?) -> DocumentDate? {
        let head = Array(scalars.prefix(window))
        var published: DocumentDate?
        var titleYear: DocumentDate?
        var i = 0
        while i < head.count {
            if let (date, end) = Self.fullDate(head, at: i) {
                if Self.isDeliveryLine(head, dateStart: i, dateEnd: end) {
                    return DocumentDate(date: date, source: .deliveryLine)
                }
                if published == nil, Self.followsPublicationLabel(head, at: i) {
                    published = DocumentDate(date: date, source: .publicationField)
                }
                i = end
                continue
            }
            if titleYear == nil, let (year, end) = Self.arabicYear(head, at: i), Self.titleFollows(head, from: end),
               let date = CivilDate(year: year, month: 1, day: 1) {
                titleYear = DocumentDate(date: date, yearOnly: true, source: .titleYear)
            }
            i += 1
        }
        if let published { return published }
        if let titleYear { return titleYear }
        if let fileName, let year = Self.yearInFileName(fileName), let date = CivilDate(year: year, month: 1, day: 1) {
            return DocumentDate(date: date, yearOnly: true, source: .fileName)
        }
        return nil
    }

    // MARK: Pieces

    static let chineseDigits: [Unicode.Scalar: Int] = [
        "〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    static func digit(_ s: Unicode.Scalar) -> Int? {
        switch s.value {
        case 0x30...0x39: Int(s.value - 0x30)
        case 0xFF10...0xFF19: Int(s.value - 0xFF10)
        default: nil
        }
    }

    /// A four-digit Arabic year ending at `年` or `-`: returns (year, index after the year digits).
    static func arabicYear(_ s: [Unicode.Scalar], at i: Int) -> (Int, Int)? {
        guard i + 4 <= s.count, i == 0 || digit(s[i - 1]) == nil else { return nil }
        var year = 0
        for k in i..<(i + 4) {
            guard let d = digit(s[k]) else { return nil }
            year = year * 10 + d
        }
        guard (1900...2100).contains(year), i + 4 == s.count || digit(s[i + 4]) == nil else { return nil }
        return (year, i + 4)
    }

    /// 1–2 Arabic digits, or a Chinese numeral up to 31 (十, 十一, 二十七, 三十一).
    static func smallNumber(_ s: [Unicode.Scalar], at i: Int) -> (Int, Int)? {
        if i < s.count, let d0 = digit(s[i]) {
            if i + 1 < s.count, let d1 = digit(s[i + 1]) { return (d0 * 10 + d1, i + 2) }
            return (d0, i + 1)
        }
        var j = i, value = 0, sawTen = false
        if j < s.count, let d = chineseDigits[s[j]], d > 0 { value = d; j += 1 }
        if j < s.count, s[j] == "十" {
            value = (value == 0 ? 1 : value) * 10
            sawTen = true
            j += 1
            if j < s.count, let d = chineseDigits[s[j]], d > 0 { value += d; j += 1 }
        }
        guard j > i, sawTen || value > 0 else { return nil }
        return (value, j)
    }

    /// `2026年1月14日`, `二〇二六年一月二十七日`, `2026-01-22`, `2026.1.22`, `2026/01/22`.
    static func fullDate(_ s: [Unicode.Scalar], at i: Int) -> (CivilDate, Int)? {
        var year: Int?
        var j = i
        if let (y, end) = arabicYear(s, at: i) {
            year = y
            j = end
        } else if i + 4 <= s.count, i == 0 || chineseDigits[s[i - 1]] == nil {
            var y = 0
            for k in i..<(i + 4) {
                guard let d = chineseDigits[s[k]] else { return nil }
                y = y * 10 + d
            }
            year = y
            j = i + 4
        }
        guard let year, j < s.count else { return nil }
        let separator = s[j]
        if separator == "年" {
            guard let (month, afterMonth) = smallNumber(s, at: j + 1), afterMonth < s.count, s[afterMonth] == "月",
                  let (day, afterDay) = smallNumber(s, at: afterMonth + 1), afterDay < s.count,
                  s[afterDay] == "日" || s[afterDay] == "号",
                  let date = CivilDate(year: year, month: month, day: day) else { return nil }
            return (date, afterDay + 1)
        }
        guard separator == "-" || separator == "." || separator == "/",
              let (month, afterMonth) = smallNumber(s, at: j + 1), afterMonth < s.count, s[afterMonth] == separator,
              let (day, afterDay) = smallNumber(s, at: afterMonth + 1),
              digit(s[j + 1]) != nil, let date = CivilDate(year: year, month: month, day: day) else { return nil }
        return (date, afterDay)
    }

    /// Preceded by a dash (or the line start) and followed by `在` within a few scalars.
    static func isDeliveryLine(_ s: [Unicode.Scalar], dateStart: Int, dateEnd: Int) -> Bool {
        var k = dateEnd
        while k < min(s.count, dateEnd + 3), s[k] == " " || s[k] == "\u{3000}" { k += 1 }
        guard k < s.count, s[k] == "在" else { return false }
        var b = dateStart - 1
        while b >= 0, s[b] == " " || s[b] == "\u{3000}" || s[b] == "—" || s[b] == "-" || s[b] == "－" { b -= 1 }
        return b < 0 || s[b] == "\n" || s[b] == "\r" || s[b] == "（" || s[b] == "("
    }

    /// `时间：`, `日期：`, `发布时间：`, `发布日期：`, `印发日期：` right before.
    static func followsPublicationLabel(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        var k = i - 1
        while k >= 0, s[k] == " " || s[k] == "\u{3000}" { k -= 1 }
        guard k >= 1, s[k] == "：" || s[k] == ":" else { return false }
        return (s[k - 2 >= 0 ? k - 2 : 0] == "时" && s[k - 1] == "间") || (s[k - 2 >= 0 ? k - 2 : 0] == "日" && s[k - 1] == "期")
    }

    /// `年` then, within the line, `政府工作报告`.
    static func titleFollows(_ s: [Unicode.Scalar], from end: Int) -> Bool {
        guard end < s.count, s[end] == "年" else { return false }
        let title: [Unicode.Scalar] = ["政", "府", "工", "作", "报", "告"]
        var k = end + 1
        while k + title.count <= s.count, k < end + 40, s[k] != "\n" {
            if Array(s[k..<(k + title.count)]) == title { return true }
            k += 1
        }
        return false
    }

    static func yearInFileName(_ name: String) -> Int? {
        let base = Array((name.split(separator: "/").last.map(String.init) ?? name).unicodeScalars)
        for i in base.indices {
            if let (year, _) = arabicYear(base, at: i) { return year }
        }
        return nil
    }
}
