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

    /// Creates a message; `receivedAt` defaults to now.
    public init(id: String, sender: String, text: String, receivedAt: Date = Date(), channel: Channel? = nil) {
        self.id = id
        self.sender = sender
        self.text = text
        self.receivedAt = receivedAt
        self.channel = channel
    }
}
