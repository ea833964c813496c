/// Turns the matches of one weighted lexicon (evidence, attenuators, negations) into a
/// `DetectionResult.Signal`.
///
/// 1. Evidence matches negated by the words before them («no me trataron mal») are dropped.
/// 2. Overlapping evidence counts once: the heavier pattern wins («porque nadie contesta»
///    over «nadie contesta»); a pattern that occurs twice counts once.
/// 3. Weak evidence (weight below `SignalLexicon.strongWeight`) is combined by noisy OR and
///    multiplied by `(1 - w)` for each attenuator found («cómo recupero…»); strong evidence
///    is combined apart and never attenuated.
/// 4. The two are combined by noisy OR and multiplied by `(1 - w)` for each negation («no es queja»).
///
/// Evidence lists the patterns as written, then `atenuante: …` and `negación: …`.
struct EvidenceScorer: Sendable {
    let evidence: PatternGroup
    let attenuators: PatternGroup
    let negations: PatternGroup
    private let negation = LocalNegation()

    /// - Parameters:
    ///   - extra: evidence that does not come from the lexicon (tone), as (label, weight); always weak.
    ///   - model: a classifier's evidence (`ComplaintClassifier`): never attenuated, since the classifier
    ///     learnt practical questions as not complaints; negations still apply.
    func signal(from matches: [PatternMatch], in message: MessageWords, index: PatternIndex,
                extra: [(label: String, weight: Double)] = [],
                model: (label: String, weight: Double)? = nil) -> DetectionResult.Signal {
        var accepted: [PatternMatch] = []
        var attenuatorFactor = 1.0
        var negationFactor = 1.0
        var attenuatorLabels: [String] = []
        var negationLabels: [String] = []
        var seenModifiers: Set<Int> = []
        let candidates = matches.filter {
            $0.group == evidence && !negation.isNegated(index.pattern(of: $0).elements, at: $0.start, in: message)
        }
            .sorted { ($0.weight, $0.end - $0.start, -$0.start) > ($1.weight, $1.end - $1.start, -$1.start) }
        for match in candidates where !accepted.contains(where: { $0.overlaps(match) || $0.entry == match.entry }) {
            accepted.append(match)
        }
        for match in matches where match.group == attenuators || match.group == negations {
            guard seenModifiers.insert(match.entry).inserted else { continue }
            if match.group == attenuators {
                attenuatorFactor *= 1 - match.weight
                attenuatorLabels.append("atenuante: " + index.pattern(of: match).text)
            } else {
                negationFactor *= 1 - match.weight
                negationLabels.append("negación: " + index.pattern(of: match).text)
            }
        }
        guard !accepted.isEmpty || !extra.isEmpty || model != nil else { return .none }

        accepted.sort { $0.start < $1.start }
        var weakMiss = 1.0
        var strongMiss = 1.0
        for match in accepted {
            if match.weight >= SignalLexicon.strongWeight {
                strongMiss *= 1 - match.weight
            } else {
                weakMiss *= 1 - match.weight
            }
        }
        for item in extra { weakMiss *= 1 - item.weight }
        let weak = (1 - weakMiss) * attenuatorFactor
        let strong = 1 - strongMiss
        let learnt = model?.weight ?? 0
        let score = (1 - (1 - weak) * (1 - strong) * (1 - learnt)) * negationFactor

        var labels = accepted.map { index.pattern(of: $0).text } + extra.map(\.label) + (model.map { [$0.label] } ?? [])
        if weakMiss < 1 { labels += attenuatorLabels }
        labels += negationLabels
        return DetectionResult.Signal(score: min(1, max(0, score)), evidence: labels)
    }
}
