import FAQStore
import Foundation

/// The Cloud API's JSON for one outgoing message
/// (`POST /{VERSION}/{PHONE_NUMBER_ID}/messages`), from what the outbox stores.
enum GraphMessageBody {
    /// The body for sending `content` to `recipient`.
    static func message(_ content: OutgoingContent, to recipient: String) -> [String: Any] {
        var body: [String: Any] = ["messaging_product": "whatsapp", "recipient_type": "individual", "to": recipient]
        switch content {
        case let .text(text):
            body["type"] = "text"
            body["text"] = ["preview_url": false, "body": String(text.prefix(4096))]
        case let .list(list):
            body["type"] = "interactive"
            body["interactive"] = [
                "type": "list",
                "body": ["text": list.body],
                "action": [
                    "button": list.button,
                    "sections": [[
                        "rows": list.rows.map { row -> [String: Any] in
                            var json: [String: Any] = ["id": row.id, "title": row.title]
                            if let description = row.description { json["description"] = description }
                            return json
                        },
                    ]],
                ] as [String: Any],
            ] as [String: Any]
        case let .template(name, language):
            body["type"] = "template"
            body["template"] = ["name": name, "language": ["code": language]] as [String: Any]
        }
        return body
    }

    /// The body that marks an incoming message as read.
    static func read(messageID: String) -> [String: Any] {
        ["messaging_product": "whatsapp", "status": "read", "message_id": messageID]
    }

    static func encoded(_ body: [String: Any]) -> Data {
        (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])) ?? Data()
    }
}
