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
        return json.data
    }
}

/// A JSON text written in order as UTF-8 bytes, with `JSONEncoder`'s separators and escapes.
private struct JSONText {
    private(set) var bytes: [UInt8] = []
    private var needsComma = false

    init() { bytes.reserveCapacity(1_024) }

    var data: Data { Data(bytes) }

    mutating func open() { separate(); bytes.append(UInt8(ascii: "{")); needsComma = false }
    mutating func close() { bytes.append(UInt8(ascii: "}")); needsComma = true }

    mutating func key(_ name: String) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: name.utf8)
        bytes.append(contentsOf: "\":".utf8)
        needsComma = false
    }

    mutating func null() { separate(); bytes.append(contentsOf: "null".utf8); needsComma = true }
    mutating func bool(_ value: Bool) { separate(); bytes.append(contentsOf: (value ? "true" : "false").utf8); needsComma = true }

    mutating func number(_ value: Double) {
        separate()
        // Whole numbers without a fraction, as JSONEncoder writes them ("1", "0").
        let text = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
        bytes.append(contentsOf: text.utf8)
        needsComma = true
    }

    mutating func string(_ value: String?) {
        guard let value else { return null() }
        separate()
        bytes.append(UInt8(ascii: "\""))
        let utf8 = value.utf8
        if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            bytes.append(contentsOf: utf8)
        } else {
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
                case UInt8(ascii: "\\"): bytes.append(contentsOf: "\\\\".utf8)
                case 0x0A: bytes.append(contentsOf: "\\n".utf8)
                case 0x0D: bytes.append(contentsOf: "\\r".utf8)
                case 0x09: bytes.append(contentsOf: "\\t".utf8)
                case 0x08: bytes.append(contentsOf: "\\b".utf8)
                case 0x0C: bytes.append(contentsOf: "\\f".utf8)
                case ..<0x20:
                    let hex = String(byte, radix: 16)
                    bytes.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                default: bytes.append(byte)   // multi-byte UTF-8 sequences are copied as they are
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    mutating func strings(_ values: [String]) {
        array(values) { json, value in json.string(value) }
    }

    mutating func array<T>(_ values: [T], _ element: (inout JSONText, T) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
        for value in values { element(&self, value) }
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }
}
