import Foundation

extension BotResult {
    /// The JSON stored for each handled message (what a redelivery returns): byte for byte
    /// what `JSONEncoder` with `.sortedKeys` and `.withoutEscapingSlashes` writes (a test
    /// checks it), written by hand because the generic encoder cost more per message than
    /// the database write that stores it.
    func storedJSON() -> Data {
        var json = JSONText()
        json.open()
        json.key("action"); json.string(decision.action.rawValue)
        json.key("area"); json.string(decision.area)
        json.key("case_number"); json.string(decision.caseNumber)
        json.key("city"); json.string(decision.city)
        json.key("confidence"); json.number((decision.confidence * 1000).rounded() / 1000)
        json.key("court"); json.string(decision.court)
        json.key("duplicate"); json.bool(duplicate)
        json.key("entry"); json.string(decision.entry)
        json.key("evidence"); json.strings(decision.evidence)
        json.key("id"); json.string(messageID)
        json.key("option_rows")
        json.array(decision.optionRows) { json, row in
            json.open()
            json.key("id"); json.string(row.id)
            json.key("title"); json.string(row.title)
            json.close()
        }
        json.key("options"); json.strings(decision.options)
        json.key("priority"); json.string(decision.priority?.spanishName)
        json.key("reason"); json.string(decision.reason?.rawValue)
        json.key("reply"); json.string(decision.reply)
        json.key("text"); json.string(decision.text)
        json.key("ticket")
        if let ticket {
            json.open()
            json.key("area"); json.string(ticket.area)
            json.key("folio"); json.string(ticket.folio)
            json.key("opened"); json.bool(ticket.opened)
            json.key("priority"); json.string(ticket.priority)
            json.key("status"); json.string(ticket.status)
            json.close()
        } else {
            json.null()
        }
        json.key("top"); json.string(decision.top)
        json.close()
        return Data(json.text.utf8)
    }
}

/// A JSON text written in order, with `JSONEncoder`'s separators and escapes.
private struct JSONText {
    var text = ""
    private var needsComma = false

    init() { text.reserveCapacity(512) }

    mutating func open() { separate(); text += "{"; needsComma = false }
    mutating func close() { text += "}"; needsComma = true }

    mutating func key(_ name: String) {
        separate()
        text += "\"" + name + "\":"
        needsComma = false
    }

    mutating func null() { separate(); text += "null"; needsComma = true }
    mutating func bool(_ value: Bool) { separate(); text += value ? "true" : "false"; needsComma = true }

    mutating func number(_ value: Double) {
        separate()
        // Whole numbers without a fraction, as JSONEncoder writes them ("1", "0").
        if value == value.rounded(), abs(value) < 1e15 { text += String(Int64(value)) } else { text += "\(value)" }
        needsComma = true
    }

    mutating func string(_ value: String?) {
        guard let value else { return null() }
        separate()
        text += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "\u{8}": text += "\\b"
            case "\u{C}": text += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
        needsComma = true
    }

    mutating func strings(_ values: [String]) {
        array(values) { json, value in json.string(value) }
    }

    mutating func array<T>(_ values: [T], _ element: (inout JSONText, T) -> Void) {
        separate()
        text += "["
        needsComma = false
        for value in values { element(&self, value) }
        text += "]"
        needsComma = true
    }

    private mutating func separate() {
        if needsComma { text += "," }
    }
}
