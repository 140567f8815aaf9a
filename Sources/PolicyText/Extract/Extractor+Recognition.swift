/// The extractor's use of the recognizer: figures and time expressions of the whole document in one pass.
extension Extractor {
    static func makeRecognizer() throws(DataFile.LoadError) -> Recognizer {
        try Recognizer()
    }

    /// Quantities (percentages, multipliers, figures) and times, each sorted by position, in normalized offsets.
    func recognize(_ text: NormalizedText, date: CivilDate?)
        -> (quantities: [(range: Range<Int>, quantity: Quantity)], times: [(range: Range<Int>, frame: TimeFrame)]) {
        var quantities: [(range: Range<Int>, quantity: Quantity)] = []
        var times: [(range: Range<Int>, frame: TimeFrame)] = []
        for entity in recognizer.recognize(text.scalars, documentDate: date) {
            guard entity.range.lowerBound >= 0, entity.range.upperBound <= text.scalars.count,
                  !entity.range.isEmpty else { continue }
            if let frame = entity.time {
                times.append((entity.range, frame))
            } else if let q = entity.quantity {
                quantities.append((entity.range, q))
            }
        }
        return (quantities, times)
    }
}
