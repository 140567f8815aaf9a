extension GoldDocument {
    /// Problems that make the annotation unusable: bad spans, unknown kinds, inverted ranges, duplicates.
    /// Empty when the document is well-formed. Each message names the item (`targets[3]`).
    public func validationProblems() -> [String] {
        var problems: [String] = []
        func check(_ span: Span, _ item: String) {
            if span.start < 0 || span.end <= span.start {
                problems.append("\(item): span \(span.start)..<\(span.end) is empty or negative")
            }
            if span.text.isEmpty { problems.append("\(item): span text is empty") }
        }
        func oneOf(_ value: String, _ allowed: Set<String>, _ what: String, _ item: String) {
            if !allowed.contains(value) {
                problems.append("\(item): \(what) \"\(value)\" is not one of \(allowed.sorted().joined(separator: ", "))")
            }
        }
        var seenTargets = Set<String>()
        for (i, target) in targets.enumerated() {
            let item = "targets[\(i)]"
            check(target.span, item)
            oneOf(target.kind, Self.targetKinds, "kind", item)
            oneOf(target.bound, Self.bounds, "bound", item)
            if target.metric.isEmpty { problems.append("\(item): metric is empty") }
            if !target.value.isFinite { problems.append("\(item): value is not finite") }
            if let upper = target.upper {
                if !(upper > target.value) { problems.append("\(item): upper \(upper) is not above value \(target.value)") }
                if target.bound != "range" { problems.append("\(item): upper given but bound is \(target.bound)") }
            } else if target.bound == "range" {
                problems.append("\(item): bound range needs upper")
            }
            if let year = target.year, !(1900...2100).contains(year) { problems.append("\(item): year \(year) out of range") }
            if !seenTargets.insert("\(target.span.start):\(target.span.end):\(target.metric):\(target.value)").inserted {
                problems.append("\(item): duplicate of an earlier target (same span, metric and value)")
            }
        }
        var seenTimes = Set<String>()
        for (i, time) in times.enumerated() {
            let item = "times[\(i)]"
            check(time.span, item)
            oneOf(time.kind, Self.timeKinds, "kind", item)
            oneOf(time.basis, Self.timeBases, "basis", item)
            if time.end == nil && time.start == nil { problems.append("\(item): neither start nor end") }
            if let start = time.start, let end = time.end, end < start {
                problems.append("\(item): end \(end) before start \(start)")
            }
            if time.basis == "document-date" && date == nil {
                problems.append("\(item): basis document-date but the document has no date")
            }
            if !seenTimes.insert("\(time.span.start):\(time.span.end)").inserted {
                problems.append("\(item): duplicate span")
            }
        }
        var seenSlogans = Set<String>()
        for (i, slogan) in slogans.enumerated() {
            let item = "slogans[\(i)]"
            check(slogan.span, item)
            oneOf(slogan.form, Self.sloganForms, "form", item)
            if slogan.text.isEmpty { problems.append("\(item): text is empty") }
            if !seenSlogans.insert("\(slogan.span.start):\(slogan.span.end)").inserted {
                problems.append("\(item): duplicate span")
            }
        }
        if let window = commitmentWindow {
            check(window, "commitmentWindow")
        } else if !commitments.isEmpty {
            problems.append("commitments: \(commitments.count) given but no commitmentWindow")
        }
        var previous: Span?
        for (i, commitment) in commitments.enumerated() {
            let item = "commitments[\(i)]"
            let span = commitment.span
            check(span, item)
            oneOf(commitment.strength, Self.commitmentStrengths, "strength", item)
            if let actor = commitment.actor, actor.isEmpty { problems.append("\(item): actor is empty (use null)") }
            if commitment.action.isEmpty {
                problems.append("\(item): action is empty")
            } else if !span.text.contains(commitment.action) {
                problems.append("\(item): action \"\(commitment.action)\" is not part of the span text")
            }
            if let window = commitmentWindow, span.start < window.start || span.end > window.end {
                problems.append("\(item): span \(span.start)..<\(span.end) outside the commitment window "
                                + "\(window.start)..<\(window.end)")
            }
            if let previous, (span.start, span.end) <= (previous.start, previous.end) {
                problems.append("\(item): span \(span.start)..<\(span.end) not after the previous commitment's "
                                + "\(previous.start)..<\(previous.end) (sort by span, no duplicates)")
            }
            previous = span
        }
        return problems
    }
}
