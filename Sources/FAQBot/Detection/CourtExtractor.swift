/// Finds the court a message names and writes it in one canonical form.
///
/// - A complete name of `## juzgados` («juzgado de control», «tribunal de enjuiciamiento»).
/// - An organ of `## organos` with an ordinal and/or a subject matter, in either order, with
///   «de», «lo», «en», «materia» and «primera instancia» skipped: «jdo 3o civil»,
///   «juzgado segundo de lo familiar», «tercer juzgado civil», «tribunal laboral» →
///   «juzgado tercero civil», «juzgado segundo familiar», «juzgado tercero civil», «tribunal laboral».
/// - An ordinal followed by a subject matter, without organ («en el 2o familiar»): the first
///   organ of the list («juzgado») is assumed. Here the ordinal may not be a bare number and
///   the subject must be written as its name («civil», not «familia»), so that «tengo 2
///   familia…» or «segunda familia» are not courts.
///
/// Feminine organs (canonical name ending in «a», like «sala») take the ordinal first and
/// in the feminine: «primera sala civil». An organ alone («el juzgado») is not a court.
struct CourtExtractor: Sendable {
    let courts: [CanonicalName]
    let organs: [CanonicalName]
    let ordinals: [CanonicalName]
    let subjects: [CanonicalName]

    static let linkingWords: Set<String> = ["de", "lo", "la", "del", "en", "materia"]
    /// «primera instancia» is not an ordinal of the court.
    static let instance = "instancia"
    static let maximumLinkingWords = 3

    func court(matches: [PatternMatch], in message: MessageWords) -> String? {
        var byStart: [Int: [PatternMatch]] = [:]
        for match in matches
        where match.group == .court || match.group == .courtOrgan || match.group == .ordinal || match.group == .subject {
            byStart[match.start, default: []].append(match)
        }
        guard !byStart.isEmpty else { return nil }
        func longest(_ group: PatternGroup, at position: Int) -> PatternMatch? {
            byStart[position]?.filter { $0.group == group }.max { $0.end < $1.end }
        }
        func skipLinking(from position: Int) -> Int {
            var position = position
            var skipped = 0
            while position < message.count, skipped < Self.maximumLinkingWords {
                if Self.linkingWords.contains(message.words[position]) {
                    position += 1
                } else if position + 1 < message.count, message.words[position + 1] == Self.instance {
                    position += 2
                } else {
                    break
                }
                skipped += 1
            }
            return position
        }

        for position in byStart.keys.sorted() {
            if let court = longest(.court, at: position) { return courts[court.item].name }
            if let ordinal = longest(.ordinal, at: position), let organ = longest(.courtOrgan, at: ordinal.end) {
                let subject = longest(.subject, at: skipLinking(from: organ.end))
                return compose(organ: organ.item, ordinal: ordinal.item, subject: subject?.item)
            }
            if let organ = longest(.courtOrgan, at: position) {
                var next = skipLinking(from: organ.end)
                var ordinal = longest(.ordinal, at: next)
                if let found = ordinal { next = skipLinking(from: found.end) }
                let subject = longest(.subject, at: next)
                if ordinal == nil, let subject {
                    ordinal = longest(.ordinal, at: skipLinking(from: subject.end))
                }
                if ordinal != nil || subject != nil {
                    return compose(organ: organ.item, ordinal: ordinal?.item, subject: subject?.item)
                }
            }
            if let ordinal = longest(.ordinal, at: position), !organs.isEmpty,
               message.kinds[position] != .number,
               let subject = longest(.subject, at: skipLinking(from: ordinal.end)),
               subject.variant == 0 {
                return compose(organ: 0, ordinal: ordinal.item, subject: subject.item)
            }
        }
        return nil
    }

    private func compose(organ: Int, ordinal: Int?, subject: Int?) -> String {
        let organName = organs[organ].name
        let feminine = organName.hasSuffix("a")
        var ordinalName = ordinal.map { ordinals[$0].name }
        if feminine, let name = ordinalName, name.hasSuffix("o") {
            ordinalName = name.dropLast() + "a"
        }
        let parts = feminine ? [ordinalName, organName, subject.map { subjects[$0].name }]
                             : [organName, ordinalName, subject.map { subjects[$0].name }]
        return parts.compactMap { $0 }.joined(separator: " ")
    }
}
