/// How a user answered a clarify list: "2", "la segunda", the option's title, or "ninguna".
enum ClarifyReply: Sendable, Hashable {
    /// The option at this index (0-based).
    case pick(Int)
    /// None of the options.
    case none
    /// Not an answer to the list: a new message.
    case unrelated

    private static let ordinals: [String: Int] = [
        "1": 0, "uno": 0, "una": 0, "primera": 0, "primero": 0, "primer": 0, "1a": 0, "1ra": 0, "1o": 0, "1ro": 0,
        "2": 1, "dos": 1, "segunda": 1, "segundo": 1, "2a": 1, "2da": 1, "2o": 1, "2do": 1,
        "3": 2, "tres": 2, "tercera": 2, "tercero": 2, "tercer": 2, "3a": 2, "3ra": 2, "3o": 2, "3ro": 2,
        "4": 3, "cuatro": 3, "cuarta": 3, "cuarto": 3, "4a": 3, "4ta": 3, "4o": 3, "4to": 3,
    ]
    private static let noneWords: Set<String> = ["ninguna", "ninguno", "ningun", "nada", "otra", "otro", "otra cosa", "ninguna de esas",
                                                 "ninguna de las anteriores", "no es ninguna", "niguna", "ningna"]
    /// Words that may surround a pick: "la 2", "opcion 2", "la segunda por favor".
    private static let fillers: Set<String> = ["la", "el", "lo", "opcion", "numero", "num", "no", "es", "de", "del", "por",
                                               "favor", "porfa", "gracias", "esa", "ese", "esta", "este", "mejor", "seria",
                                               "la de", "tema", "y", "pues", "si", "ok", "va", "que", "quiero", "ultima"]

    /// The row the user tapped in the clarify sent as a list: an option's entry id, or `ninguna`
    /// (the list's last row); `nil` when nothing was tapped or the id is not one of the list's.
    init?(pick: String?, options: [String]) {
        guard let pick else { return nil }
        if pick == Self.noneRowID {
            self = .none
        } else if let index = options.firstIndex(of: pick) {
            self = .pick(index)
        } else {
            return nil
        }
    }

    /// The id of the list's last row, "none of these".
    static let noneRowID = "ninguna"

    /// Interprets `words` (the analyser's folded words) against the offered `titles`.
    init(words: [String], titles: [String], ultimateIndex: Int) {
        let content = words.filter { !Self.fillers.contains($0) || Self.ordinals[$0] != nil }
        let joined = words.joined(separator: " ")
        if Self.noneWords.contains(joined) || (content.count <= 3 && content.contains { ["ninguna", "ninguno", "ningun"].contains($0) }) {
            self = .none
            return
        }
        if words.contains("ultima") || words.contains("ultimo"), content.isEmpty {
            self = .pick(ultimateIndex)
            return
        }
        if content.count == 1, let index = Self.ordinals[content[0]], index < titles.count {
            self = .pick(index)
            return
        }
        let foldedTitles = titles.map { $0.lowercased().folding(options: [.diacriticInsensitive], locale: nil) }
        if let index = foldedTitles.firstIndex(where: { $0 == joined }) {
            self = .pick(index)
            return
        }
        // A few words all found in exactly one title ("el del boletin" → "Boletín Judicial").
        let significant = content.filter { $0.count >= 4 }
        if !significant.isEmpty, significant.count <= 4 {
            let titleWords = foldedTitles.map { Set($0.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)) }
            let matching = titleWords.indices.filter { index in significant.allSatisfy { titleWords[index].contains($0) } }
            if matching.count == 1 {
                self = .pick(matching[0])
                return
            }
        }
        self = .unrelated
    }
}

import Foundation
