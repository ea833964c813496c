import FAQBot
import Foundation

/// What the gateway does with one message of a webhook.
enum IncomingMessageMapping: Sendable {
    /// Hand it to the bot.
    case handle(IncomingMessage)
    /// Nothing to decide: a reaction, a sticker, a system notice. The kind is counted in metrics.
    case ignore(kind: String)

    /// Maps a webhook message of the number serving `channel`.
    ///
    /// - Text: its body. An interactive reply (a clarify list's row, a button): the row's title as
    ///   the text and its id as the `pick`. A template's quick-reply button: its text.
    /// - Image, document, video (with caption or file name), audio and voice notes, a location, shared
    ///   contacts and `unsupported` ones: an attachment, which always goes to a person.
    /// - Reaction, sticker and system messages: ignored (a 👍 on an answer changes nothing).
    ///
    /// - Parameter now: the time used when Meta's timestamp is missing.
    init(_ message: WebhookPayload.Message, channel: Channel?, now: Date = Date()) {
        let receivedAt = message.sentAt ?? now
        func incoming(_ text: String, attachment: IncomingMessage.Attachment? = nil, pick: String? = nil) -> Self {
            .handle(IncomingMessage(id: message.id, sender: message.from, text: text, receivedAt: receivedAt, channel: channel,
                                    attachment: attachment, pick: pick))
        }
        switch message.type {
        case "text":
            self = incoming(message.text?.body ?? "")
        case "interactive":
            let reply = message.interactive?.listReply ?? message.interactive?.buttonReply
            self = incoming(reply?.title ?? reply?.id ?? "", pick: reply?.id)
        case "button":
            self = incoming(message.button?.text ?? message.button?.payload ?? "")
        case "image":
            self = incoming(message.image?.caption ?? "", attachment: .image)
        case "document":
            self = incoming(message.document?.caption ?? message.document?.filename ?? "", attachment: .document)
        case "video":
            self = incoming(message.video?.caption ?? "", attachment: .video)
        case "audio", "voice":
            self = incoming("", attachment: message.audio?.voice == true || message.type == "voice" ? .voice : .audio)
        case "location":
            let place = [message.location?.name, message.location?.address].compactMap { $0 }.joined(separator: ", ")
            self = incoming(place, attachment: .location)
        case "contacts":
            let names = (message.contacts ?? []).compactMap { $0.name?.formattedName }.joined(separator: ", ")
            self = incoming(names, attachment: .contacts)
        case "reaction", "sticker", "system", "ephemeral", "request_welcome":
            self = .ignore(kind: message.type)
        default:
            // `unsupported`, `order` and any type added later: a person looks at it in WhatsApp.
            self = incoming("", attachment: .unsupported)
        }
    }
}
