import FAQStore
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
