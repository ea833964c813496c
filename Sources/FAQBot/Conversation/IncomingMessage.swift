import Foundation

/// One message the gateway received from WhatsApp.
///
/// ```swift
/// let message = IncomingMessage(id: "wamid.HBgM…", sender: "5216861234567",
///                               text: "como veo el boletin", channel: .mexicali)
/// let result = try await bot.handle(message)
/// ```
public struct IncomingMessage: Sendable, Hashable, Codable {
    /// The WhatsApp message id. A redelivery carries the same id and is handled once.
    public var id: String
    /// The sender's WhatsApp id (phone number). Never logged at info level or above.
    public var sender: String
    /// The text as received (any content: empty, emoji, huge, invalid sequences already decoded).
    public var text: String
    /// When WhatsApp received it.
    public var receivedAt: Date
    /// The number it reached, if known.
    public var channel: Channel?
    /// What came with the text, if anything (a document, a voice note…): such a message always goes
    /// to a person, who can open it; `text` is then its caption, or empty.
    public var attachment: Attachment?
    /// The id of the row or button the user tapped in an interactive message (a clarify list's row
    /// is the entry's id, `ninguna` its last row); `text` is then the row's title.
    public var pick: String?

    /// Creates a message; `receivedAt` defaults to now.
    public init(id: String, sender: String, text: String, receivedAt: Date = Date(), channel: Channel? = nil,
                attachment: Attachment? = nil, pick: String? = nil) {
        self.id = id
        self.sender = sender
        self.text = text
        self.receivedAt = receivedAt
        self.channel = channel
        self.attachment = attachment
        self.pick = pick
    }

    /// Something a WhatsApp message carried that the bot cannot read: a person must look at it.
    public enum Attachment: String, Sendable, Hashable, Codable, CaseIterable {
        case image, document, audio, voice, video, location, contacts, unsupported

        /// What staff read in the ticket's evidence and conversation, in Spanish.
        public var spanishName: String {
            switch self {
            case .image: return "imagen"
            case .document: return "documento"
            case .audio: return "audio"
            case .voice: return "nota de voz"
            case .video: return "video"
            case .location: return "ubicación"
            case .contacts: return "contacto"
            case .unsupported: return "mensaje de un tipo que WhatsApp no entrega a los bots"
            }
        }
    }

    /// The text as the conversation log and the ticket keep it: the caption, preceded by what was attached.
    var loggedText: String {
        guard let attachment else { return text }
        let note = "[" + attachment.spanishName + "]"
        return text.isEmpty ? note : note + " " + text
    }
}
