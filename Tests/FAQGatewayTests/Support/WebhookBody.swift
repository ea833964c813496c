import Foundation

/// Webhook bodies in the shapes of Meta's Cloud API documentation ("Webhooks: messages" reference).
enum WebhookBody {
    static let phoneNumberIDs = ["mexicali": "1110001", "tijuana": "2220002", "ensenada": "3330003"]

    /// One incoming message's JSON object.
    static func message(id: String, from: String, type: String, _ fields: [String: Any], at date: Date = Date()) -> [String: Any] {
        var message: [String: Any] = ["from": from, "id": id, "timestamp": String(Int(date.timeIntervalSince1970)), "type": type]
        for (key, value) in fields { message[key] = value }
        return message
    }

    static func text(id: String, from: String, _ body: String, at date: Date = Date()) -> [String: Any] {
        message(id: id, from: from, type: "text", ["text": ["body": body]], at: date)
    }

    static func listReply(id: String, from: String, rowID: String, title: String) -> [String: Any] {
        message(id: id, from: from, type: "interactive",
                ["interactive": ["type": "list_reply", "list_reply": ["id": rowID, "title": title]]])
    }

    static func image(id: String, from: String, caption: String) -> [String: Any] {
        message(id: id, from: from, type: "image",
                ["image": ["caption": caption, "mime_type": "image/jpeg", "sha256": "abc", "id": "MEDIA1"]])
    }

    static func voice(id: String, from: String) -> [String: Any] {
        message(id: id, from: from, type: "audio", ["audio": ["mime_type": "audio/ogg; codecs=opus", "sha256": "def", "id": "MEDIA2", "voice": true]])
    }

    static func reaction(id: String, from: String, to messageID: String) -> [String: Any] {
        message(id: id, from: from, type: "reaction", ["reaction": ["message_id": messageID, "emoji": "👍"]])
    }

    /// A delivery status of a message the business sent.
    static func status(_ wamid: String, _ status: String, to recipient: String, errorCode: Int? = nil) -> [String: Any] {
        var json: [String: Any] = ["id": wamid, "status": status, "timestamp": String(Int(Date().timeIntervalSince1970)),
                                   "recipient_id": recipient]
        if let errorCode {
            json["errors"] = [["code": errorCode, "title": "Message undeliverable", "message": "Message undeliverable",
                               "error_data": ["details": "Message Undeliverable."]]]
        }
        return json
    }

    /// The whole body: one entry, one change of `field: messages` for the number of `channel`.
    static func payload(channel: String = "tijuana", messages: [[String: Any]] = [], statuses: [[String: Any]] = []) -> Data {
        var value: [String: Any] = [
            "messaging_product": "whatsapp",
            "metadata": ["display_phone_number": "5216640000000", "phone_number_id": phoneNumberIDs[channel] ?? channel],
        ]
        if !messages.isEmpty {
            value["contacts"] = messages.map { ["profile": ["name": "Lic. Prueba"], "wa_id": $0["from"] ?? ""] }
            value["messages"] = messages
        }
        if !statuses.isEmpty { value["statuses"] = statuses }
        let body: [String: Any] = ["object": "whatsapp_business_account",
                                   "entry": [["id": "WABA1", "changes": [["value": value, "field": "messages"]]]]]
        return try! JSONSerialization.data(withJSONObject: body)
    }
}
