/// A message that only names whom it wants: «Agente.», «¿Operador?», «un asesor humano por
/// favor», «hola, una persona». Such a message asks for a person though no pattern of
/// `## persona` (which needs a verb: «hablar con…») fires.
///
/// Every word must be covered by a phrase of `## persona-sola` or by courtesy (`## saludo`,
/// `## agradecimiento`, `## relleno`, `## acuse`), or be a function word, and at least one
/// phrase of `## persona-sola` must be there. A topic word («agente del ministerio público»,
/// «asesor legal para divorcio») leaves the message to the other detectors.
struct PersonNamedAlone: Sendable {
    /// The score of the request-for-a-person signal it gives: above any threshold, as
    /// naming a person and nothing else leaves no doubt.
    static let score = 0.9
    private static let functionWords = StopWordFilter()

    /// The signal for `message`, or `nil` when the message does more than name a person.
    func signal(matches: [PatternMatch], in message: MessageWords, index: PatternIndex) -> DetectionResult.Signal? {
        guard message.count > 0 else { return nil }
        var covered = [Bool](repeating: false, count: message.count)
        var named: [String] = []
        let alone = matches.filter { $0.group == .requestedAlone }
        for match in matches {
            switch match.group {
            case .requestedAlone:
                // «una persona», not also the «persona» inside it.
                let inside = alone.contains {
                    $0.start <= match.start && match.end <= $0.end && $0.end - $0.start > match.end - match.start
                }
                let text = index.pattern(of: match).text
                if !inside, !named.contains(text) { named.append(text) }
            case .greeting, .thanks, .filler, .acknowledgement:
                break
            default:
                continue
            }
            for position in match.start..<match.end { covered[position] = true }
        }
        guard !named.isEmpty else { return nil }
        for (position, word) in message.words.enumerated() where !covered[position] {
            guard Self.functionWords.isStopWord(folded: word) else { return nil }
        }
        return DetectionResult.Signal(score: Self.score, evidence: named.map { "solo: " + $0 })
    }
}
