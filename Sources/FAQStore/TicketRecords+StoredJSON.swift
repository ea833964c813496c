import Foundation

extension Ticket {
    /// A new ticket's candidates as its row stores them: what `JSONEncoder()` writes
    /// (a test checks it; keys in declaration order, where `JSONEncoder`'s order
    /// varies from run to run), written by hand because the generic encoder was a tenth
    /// of the cost of storing a handed-off message. A score that is not a finite
    /// number (which `JSONEncoder` refuses, failing the message) is stored as 0.
    static func storedJSON(candidates: [Candidate]) -> String {
        var json = JSONText(escapingSlashes: true)
        json.array(candidates) { json, candidate in
            json.open()
            json.key("entry"); json.string(candidate.entry)
            json.key("score"); json.number(candidate.score.isFinite ? candidate.score : 0)
            json.close()
        }
        return json.text
    }

    /// A new ticket's evidence as its row stores it: what `JSONEncoder()` writes (a test checks it).
    static func storedJSON(evidence: [String]) -> String {
        var json = JSONText(escapingSlashes: true)
        json.strings(evidence)
        return json.text
    }
}
