import FAQBot
import FAQStore
import Foundation
import Logging

/// Handles the body of one signed webhook: every message to the bot (its reply written to the
/// outbox in the same transaction), every delivery status to its outbox row.
///
/// Messages of one sender are handled in the order of the body; different senders at once. The
/// call returns when all of it is committed, so a 200 acknowledges only what is stored; if
/// anything fails it throws and the gateway answers 500, so that Meta delivers the body again
/// (what was stored is then recognised as a duplicate).
public struct WebhookProcessor: Sendable {
    /// What one body held and what became of it.
    public struct Outcome: Sendable {
        /// Messages the bot decided on (new ones).
        public var handled = 0
        /// Messages already handled (a redelivery).
        public var duplicates = 0
        /// Reactions, stickers and other messages that need no decision.
        public var ignored = 0
        /// Delivery statuses recorded on an outbox row.
        public var statuses = 0
        /// Messages to a number missing from `WHATSAPP_CHANNELS` (handled, but no reply can go out).
        public var unknownNumber = 0
        /// The ids of the new messages, to mark as read.
        public var newMessageIDs: [(channel: String, id: String)] = []
    }

    /// The body is not a webhook Meta would send.
    public struct MalformedBody: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    let bot: ChatBot
    let channels: ChannelMap
    let metrics: GatewayMetrics
    let logger: Logger

    /// - Parameters:
    ///   - bot: the bot that decides.
    ///   - channels: which number is which city.
    ///   - metrics: where counts go.
    ///   - logger: ids and counts only: never a message's text or a phone number at info or above.
    public init(bot: ChatBot, channels: ChannelMap, metrics: GatewayMetrics, logger: Logger) {
        self.bot = bot
        self.channels = channels
        self.metrics = metrics
        self.logger = logger
    }

    /// Decodes and handles one body.
    ///
    /// - Throws: `MalformedBody` when it is not JSON in Meta's shape (nothing is stored then);
    ///   a `StoreError` when a result could not be stored.
    public func process(_ body: Data) async throws -> Outcome {
        let payload: WebhookPayload
        do {
            payload = try JSONDecoder().decode(WebhookPayload.self, from: body)
        } catch {
            throw MalformedBody(description: Self.describe(error))
        }
        var outcome = Outcome()
        var bySender: [String: [IncomingMessage]] = [:]
        var senderOrder: [String] = []
        var statuses: [WebhookPayload.Status] = []
        let now = Date()
        for entry in payload.entry {
            for change in entry.changes where change.field == "messages" {
                let phoneNumberID = change.value.metadata?.phoneNumberID
                let channel = phoneNumberID.flatMap(channels.channel(forPhoneNumberID:))
                for message in change.value.messages ?? [] {
                    switch IncomingMessageMapping(message, channel: channel, now: now) {
                    case let .handle(incoming):
                        if channel == nil {
                            outcome.unknownNumber += 1
                            logger.warning("message to a number missing from WHATSAPP_CHANNELS: no reply can be sent",
                                           metadata: ["phone_number_id": "\(phoneNumberID ?? "-")", "message_id": "\(incoming.id)"])
                        }
                        if bySender[incoming.sender] == nil { senderOrder.append(incoming.sender) }
                        bySender[incoming.sender, default: []].append(incoming)
                    case let .ignore(kind):
                        outcome.ignored += 1
                        metrics.ignoredMessage(kind: kind)
                    }
                }
                statuses += change.value.statuses ?? []
            }
        }
        let results = try await withThrowingTaskGroup(of: [BotResult].self) { group in
            for sender in senderOrder {
                let messages = bySender[sender] ?? []
                group.addTask {
                    var results: [BotResult] = []
                    for message in messages { results.append(try await bot.handle(message, sendsReply: true)) }
                    return results
                }
            }
            var all: [BotResult] = []
            for try await results in group { all += results }
            return all
        }
        let channelOfMessage = Dictionary(bySender.values.joined().map { ($0.id, $0.channel?.rawValue) }, uniquingKeysWith: { a, _ in a })
        for result in results {
            if result.duplicate {
                outcome.duplicates += 1
            } else {
                outcome.handled += 1
                if let channel = channelOfMessage[result.messageID] ?? nil { outcome.newMessageIDs.append((channel, result.messageID)) }
            }
        }
        for status in statuses {
            let error = status.errors?.map(\.summary).joined(separator: "; ")
            let update = try bot.database.recordDelivery(providerID: status.id, status: status.status,
                                                         at: status.happenedAt ?? now, error: error)
            metrics.deliveryStatus(status.status)
            if case .updated = update { outcome.statuses += 1 }
            if status.status == "failed" {
                logger.warning("WhatsApp could not deliver a message", metadata: ["wamid": "\(status.id)", "error": "\(error ?? "-")"])
            }
        }
        return outcome
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case let DecodingError.dataCorrupted(context):
            return "no es JSON válido (\(context.debugDescription))"
        case let DecodingError.keyNotFound(key, context):
            return "falta “\(key.stringValue)” en \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context):
            return "tipo inesperado en \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        default:
            return "cuerpo ilegible"
        }
    }
}
