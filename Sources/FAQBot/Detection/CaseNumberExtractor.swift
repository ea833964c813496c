/// Finds the case number a message gives: the first `1234/2023` token, else the number
/// captured by a `## numero-expediente` pattern («expediente 1234», «causa penal 45»).
struct CaseNumberExtractor: Sendable {
    func caseNumber(tokens: [Token], matches: [PatternMatch], in message: MessageWords, index: PatternIndex) -> String? {
        if let token = tokens.first(where: { $0.kind == .caseNumber }) { return token.text }
        let captures = matches.lazy.filter { $0.group == .caseNumber }.compactMap { match -> (Int, String)? in
            guard let offset = index.pattern(of: match).elements.firstIndex(where: \.capturesCaseNumber) else { return nil }
            return (match.start + offset, message.words[match.start + offset])
        }
        return captures.min { $0.0 < $1.0 }?.1
    }
}
