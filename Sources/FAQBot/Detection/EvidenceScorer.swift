/// Turns the matches of one weighted lexicon (evidence, attenuators, negations) into a
/// `DetectionResult.Signal`.
///
/// 1. Evidence matches negated by the words before them («no me trataron mal») are dropped.
/// 2. Overlapping evidence counts once: the heavier pattern wins («porque nadie contesta»
///    over «nadie contesta»); a pattern that occurs twice counts once.
/// 3. Weak evidence (weight below `SignalLexicon.strongWeight`) is combined by noisy OR and
///    multiplied by `(1 - w)` for each attenuator found («cómo recupero…»); strong evidence
///    is combined apart and never attenuated.
/// 4. When the message names a private party (`otherParties`: «mi ex», «el casero») and nothing of
///    the institution (`institution`), the weak evidence and the classifier's are multiplied by
///    `(1 - w)` for each party: the grievance is against that party, and the message asks the courts
///    for a remedy («mi ex no me paga la pensión desde hace meses, ¿qué hago?»).
/// 5. The two are combined by noisy OR and multiplied by `(1 - w)` for each negation («no es queja»).
///
/// Evidence lists the patterns as written, then the extra evidence's labels (tone), the model's, and
/// `atenuante: …`, `particular: …` and `negación: …`, in that order: `MessageDetectors` reads the
/// first label to tell a signal with a pattern from one without.
struct EvidenceScorer: Sendable {
    let evidence: PatternGroup
    let attenuators: PatternGroup
    let negations: PatternGroup
    /// Who, outside the institution, may be the one complained about (complaints only).
    var otherParties: PatternGroup? = nil
    /// What names the institution as the one complained about; with it, `otherParties` do not apply.
    var institution: PatternGroup? = nil
    private let negation = LocalNegation()

    /// - Parameters:
    ///   - extra: evidence that does not come from the lexicon (tone), as (label, weight); always weak.
    ///   - model: a classifier's evidence (`ExampleClassifier`): never attenuated, since the classifier
    ///     learnt practical questions as not showing the signal; negations still apply.
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
        let (otherPartyFactor, otherPartyLabels) = otherPartyFactor(matches, index: index)

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
        let weak = (1 - weakMiss) * attenuatorFactor * otherPartyFactor
        let strong = 1 - strongMiss
        let learnt = (model?.weight ?? 0) * otherPartyFactor
        let score = (1 - (1 - weak) * (1 - strong) * (1 - learnt)) * negationFactor

        var labels = accepted.map { index.pattern(of: $0).text } + extra.map(\.label) + (model.map { [$0.label] } ?? [])
        if weakMiss < 1 { labels += attenuatorLabels }
        if weakMiss < 1 || model != nil { labels += otherPartyLabels }
        labels += negationLabels
        return DetectionResult.Signal(score: min(1, max(0, score)), evidence: labels)
    }

    /// `Π(1 - w)` over the private parties named, with their labels; 1 when none is, or when the
    /// institution is named too.
    private func otherPartyFactor(_ matches: [PatternMatch], index: PatternIndex) -> (Double, [String]) {
        guard let otherParties, matches.contains(where: { $0.group == otherParties }),
              !matches.contains(where: { $0.group == institution }) else { return (1, []) }
        var factor = 1.0
        var labels: [String] = []
        var seen: Set<Int> = []
        for match in matches where match.group == otherParties && seen.insert(match.entry).inserted {
            factor *= 1 - match.weight
            labels.append("particular: " + index.pattern(of: match).text)
        }
        return (factor, labels)
    }
}
