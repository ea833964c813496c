/// A message that only names whom it wants: «Agente.», «¿Operador?», «un asesor humano por
/// favor», «hola, una persona». Such a message asks for a person though no pattern of
/// `## persona` (which needs a verb: «hablar con…») fires.
///
/// Every word must be covered by a phrase of `## persona-sola` or by courtesy (`## saludo`,
/// `## agradecimiento`, `## relleno`, `## acuse`), or be one of `connectives` («un», «con»,
/// «hay»…), and at least one phrase of `## persona-sola` must be there. Any other word leaves
/// the message to the other detectors: a topic («agente del ministerio público»), a negation
/// («no, agente no», «sin asesor»), a verb or a question word («¿eres humano?», «ya tengo
/// asesor», «¿quién es mi asesor?»). A match of `## persona-negacion` does too.
struct PersonNamedAlone: Sendable {
    /// The score of the request-for-a-person signal it gives: above any threshold, as
    /// naming a person and nothing else leaves no doubt.
    static let score = 0.9
    /// The only words besides courtesy that may stand around the name: articles and the
    /// prepositions and «hay» of a request («con un asesor», «¿hay operador?»).
    static let connectives: Set<String> = ["un", "una", "el", "la", "a", "al", "con", "hay", "algun", "alguna"]

    /// The signal for `message`, or `nil` when the message does more than name a person.
    func signal(matches: [PatternMatch], in message: MessageWords, index: PatternIndex) -> DetectionResult.Signal? {
        let alone = matches.filter { $0.group == .requestedAlone }
        guard !alone.isEmpty, !matches.contains(where: { $0.group == .requestedNegation }) else { return nil }
        var covered = [Bool](repeating: false, count: message.count)
        var named: [String] = []
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
        for (position, word) in message.words.enumerated() where !covered[position] {
            guard Self.connectives.contains(word) else { return nil }
        }
        return DetectionResult.Signal(score: Self.score, evidence: named.map { "solo: " + $0 })
    }
}
