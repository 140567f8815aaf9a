import Foundation

/// Finds what a policy document commits to: targets (goals with numbers), time expressions, slogans and
/// clause-level commitments.
///
/// Create one and share it: it loads its data files (`Resources/extract-*`) once, holds only immutable values and
/// is safe to use from many tasks at once.
///
/// ```swift
/// let extractor = try Extractor()
/// let result = extractor.extract(normalized, documentDate: CivilDate(year: 2026, month: 1, day: 14))
/// ```
public struct Extractor: Sendable {
    let lexicon: ExtractLexicon
    let recognizer: Recognizer

    /// Loads the bundled data files; throws a line-numbered error if one is malformed.
    public init() throws(DataFile.LoadError) {
        lexicon = try ExtractLexicon.bundled()
        recognizer = try Self.makeRecognizer()
    }

    /// Extracts targets, times, slogans and commitments from a normalized document.
    ///
    /// - Parameter documentDate: resolves relative times (`今年`, `明年`); when nil, the year is read from the
    ///   text if it says (`2026年…政府工作报告`, `2025年工作回顾`), else relative times stay unresolved.
    /// - Returns: spans in SOURCE offsets (through `text.span(_:)`), arrays in text order, indexes between them.
    public func extract(_ text: NormalizedText, documentDate: CivilDate?) -> Extraction {
        let s = text.scalars
        let layout = TextLayout(s)
        var sections = SectionMap(s, layout: layout, lexicon: lexicon, documentYear: documentDate?.year)
        let documentYear = documentDate?.year ?? sections.inferredYear
        let date = documentDate ?? documentYear.flatMap { CivilDate(year: $0, month: 1, day: 1) }

        let (quantities, recognized) = recognize(text, date: date)
        var times = recognized
        sections.applyTimes(times, layout: layout, s, documentYear: documentYear)
        TimeResolver.placeYearless(&times, layout: layout, sections: sections, documentYear: documentYear)
        let timeRefs = TimeResolver.resolve(times, in: text, documentDate: date)

        let timeRanges = times.map(\.range)
        let isTime = Self.coverage(timeRanges)
        let slogans = SloganFinder(lexicon: lexicon).find(in: s, isTime: isTime) { known in
            sections.isReport || sections.articleParagraphs < 3 && known > 0
        }
        let sloganRanges = slogans.map(\.range)

        let tense = TenseIndex(s, lexicon: lexicon, times: times, documentYear: documentYear)
        let context = TargetFinder.Context(s: s, layout: layout, sections: sections, tense: tense, times: times,
                                           timeRefs: timeRefs, sloganRanges: sloganRanges, documentYear: documentYear)
        let targets = TargetFinder(lexicon: lexicon).find(quantities, context)

        let commitments = CommitmentBuilder(lexicon: lexicon).build(
            s, layout: layout, sections: sections, tense: tense, targetStarts: targets.map(\.range.lowerBound),
            timeRanges: timeRanges, sloganRanges: sloganRanges)

        return Extraction(
            targets: targets.map { f in
                Target(span: text.span(f.range), metric: text.text(f.metric), kind: f.kind, value: f.quantity.value,
                       upper: f.quantity.upper, unit: f.quantity.unit ?? "", bound: f.bound, year: f.year, time: f.time)
            },
            times: timeRefs,
            slogans: slogans.map { f in
                let span = text.span(f.range)
                return Slogan(span: span, text: f.damaged ? (f.known?.text ?? span.text) : span.text, form: f.form, head: f.head.map { text.text($0) },
                              expansion: f.known?.expansion, scope: f.known?.scope)
            },
            commitments: commitments.map { f in
                Commitment(span: text.span(f.range), actor: f.actor,
                           modality: .init(cue: f.cue, strength: f.strength), action: text.text(f.action),
                           targets: f.targets, times: f.times, slogans: f.slogans)
            })
    }

    /// A test "is this range inside one of these sorted, non-overlapping ranges" by binary search.
    static func coverage(_ ranges: [Range<Int>]) -> (Range<Int>) -> Bool {
        { r in
            var lo = 0, hi = ranges.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if ranges[mid].upperBound <= r.lowerBound { lo = mid + 1 } else { hi = mid }
            }
            return lo < ranges.count && ranges[lo].lowerBound <= r.lowerBound && r.upperBound <= ranges[lo].upperBound
        }
    }
}
