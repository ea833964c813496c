import Foundation

/// A WhatsApp Cloud API webhook body, in Meta's documented shape:
/// `{"object":"whatsapp_business_account","entry":[{"id":…,"changes":[{"field":"messages","value":{…}}]}]}`.
///
/// Only what the gateway uses is decoded; unknown fields and unknown message types are kept apart,
/// never an error.
public struct WebhookPayload: Decodable, Sendable {
    /// `whatsapp_business_account`.
    public var object: String?
    /// One per business account.
    public var entry: [Entry]

    /// The changes of one business account.
    public struct Entry: Decodable, Sendable {
        public var id: String?
        public var changes: [Change]
    }

    /// One change: `field` says what changed (`messages` for messages and statuses).
    public struct Change: Decodable, Sendable {
        public var field: String
        public var value: Value
    }

    /// The messages and statuses of one number.
    public struct Value: Decodable, Sendable {
        public var messagingProduct: String?
        public var metadata: Metadata?
        public var contacts: [Contact]?
        public var messages: [Message]?
        public var statuses: [Status]?

        enum CodingKeys: String, CodingKey {
            case messagingProduct = "messaging_product", metadata, contacts, messages, statuses
        }
    }

    /// The business number the change is about.
    public struct Metadata: Decodable, Sendable {
        public var displayPhoneNumber: String?
        public var phoneNumberID: String

        enum CodingKeys: String, CodingKey {
            case displayPhoneNumber = "display_phone_number", phoneNumberID = "phone_number_id"
        }
    }

    /// A user's profile as the webhook gives it.
    public struct Contact: Decodable, Sendable {
        public var waID: String?

        enum CodingKeys: String, CodingKey { case waID = "wa_id" }
    }

    /// One incoming message.
    public struct Message: Decodable, Sendable {
        public var id: String
        public var from: String
        /// Unix seconds, as a string.
        public var timestamp: String?
        public var type: String
        public var text: Text?
        public var interactive: Interactive?
        public var button: Button?
        public var image: Media?
        public var document: Media?
        public var audio: Media?
        public var video: Media?
        public var sticker: Media?
        public var location: Location?
        public var contacts: [SharedContact]?
        public var reaction: Reaction?

        /// When the user sent it, or `nil` when the timestamp is missing or malformed.
        public var sentAt: Date? {
            timestamp.flatMap(TimeInterval.init).map { Date(timeIntervalSince1970: $0) }
        }
    }

    public struct Text: Decodable, Sendable {
        public var body: String
    }

    /// The reply to an interactive message: the row or button the user tapped.
    public struct Interactive: Decodable, Sendable {
        public var type: String
        public var listReply: Reply?
        public var buttonReply: Reply?

        enum CodingKeys: String, CodingKey { case type, listReply = "list_reply", buttonReply = "button_reply" }
    }

    /// A tapped row or button: its id and its title.
    public struct Reply: Decodable, Sendable {
        public var id: String
        public var title: String?
    }

    /// The quick-reply button of a template.
    public struct Button: Decodable, Sendable {
        public var text: String?
        public var payload: String?
    }

    /// An image, document, audio, video or sticker.
    public struct Media: Decodable, Sendable {
        public var id: String?
        public var mimeType: String?
        public var caption: String?
        public var filename: String?
        /// `true` for a voice note recorded in WhatsApp.
        public var voice: Bool?

        enum CodingKeys: String, CodingKey { case id, mimeType = "mime_type", caption, filename, voice }
    }

    public struct Location: Decodable, Sendable {
        public var latitude: Double?
        public var longitude: Double?
        public var name: String?
        public var address: String?
    }

    public struct SharedContact: Decodable, Sendable {
        public struct Name: Decodable, Sendable {
            public var formattedName: String?
            enum CodingKeys: String, CodingKey { case formattedName = "formatted_name" }
        }
        public var name: Name?
    }

    public struct Reaction: Decodable, Sendable {
        public var messageID: String?
        public var emoji: String?
        enum CodingKeys: String, CodingKey { case messageID = "message_id", emoji }
    }

    /// A delivery status of a message the business sent.
    public struct Status: Decodable, Sendable {
        /// The `wamid` the Cloud API gave when it accepted the message.
        public var id: String
        /// `sent`, `delivered`, `read` or `failed`.
        public var status: String
        public var timestamp: String?
        public var recipientID: String?
        public var errors: [StatusError]?

        enum CodingKeys: String, CodingKey { case id, status, timestamp, recipientID = "recipient_id", errors }

        /// When it happened, or `nil`.
        public var happenedAt: Date? {
            timestamp.flatMap(TimeInterval.init).map { Date(timeIntervalSince1970: $0) }
        }
    }

    /// Why a message could not be delivered.
    public struct StatusError: Decodable, Sendable {
        public var code: Int?
        public var title: String?
        public var message: String?
        public var errorData: ErrorData?

        enum CodingKeys: String, CodingKey { case code, title, message, errorData = "error_data" }

        public struct ErrorData: Decodable, Sendable {
            public var details: String?
        }

        /// `131026: Message undeliverable (details)`.
        public var summary: String {
            var text = code.map { "\($0): " } ?? ""
            text += title ?? message ?? "error"
            if let details = errorData?.details, !details.isEmpty { text += " (\(details))" }
            return text
        }
    }
}
