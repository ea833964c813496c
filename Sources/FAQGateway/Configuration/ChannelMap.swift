import FAQBot

/// Which WhatsApp number (`phone_number_id`) is which channel, as `WHATSAPP_CHANNELS` gives it:
/// `123456=mexicali,234567=tijuana,345678=ensenada`.
///
/// The webhook reads a message's channel from `metadata.phone_number_id`; the sender sends a
/// channel's replies from its number.
public struct ChannelMap: Sendable, Hashable {
    /// The channel of each phone number id.
    public private(set) var channels: [String: Channel]

    /// Creates a map from phone number ids to channels.
    public init(_ channels: [String: Channel]) {
        self.channels = channels
    }

    /// Reads `ID=channel` pairs separated by commas.
    ///
    /// - Throws: `GatewayConfigurationError.invalidChannels` for a pair without `=`, an unknown
    ///   city, an id given twice or a city given twice.
    public init(parsing text: String) throws {
        var channels: [String: Channel] = [:]
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, let channel = Channel(name: parts[1]) else {
                throw GatewayConfigurationError.invalidChannels("“\(pair)” no es ID=mexicali|tijuana|ensenada")
            }
            guard channels[parts[0]] == nil else {
                throw GatewayConfigurationError.invalidChannels("el número \(parts[0]) aparece dos veces")
            }
            guard !channels.values.contains(channel) else {
                throw GatewayConfigurationError.invalidChannels("\(channel.rawValue) tiene dos números")
            }
            channels[parts[0]] = channel
        }
        self.channels = channels
    }

    /// The channel a phone number id serves, or `nil` for a number not configured.
    public func channel(forPhoneNumberID id: String) -> Channel? {
        channels[id]
    }

    /// The phone number id a channel sends from, or `nil` when the channel has none.
    public func phoneNumberID(for channel: String) -> String? {
        channels.first { $0.value.rawValue == channel }?.key
    }
}
