import FAQStore
import Foundation
import Logging
import Synchronization

/// The entry point of the WhatsApp gateway: one call per incoming message.
///
/// `handle` analyses the message, keeps the conversation's state (pending
/// clarify lists, pending case data), opens or updates tickets in the human
/// queue, and returns the reply to send. It is safe to call from many tasks
/// at once; messages of one sender are handled in order, different senders in
/// parallel. A message id is handled exactly once: a redelivery (even a
/// simultaneous one) returns the first result and changes nothing.
///
/// ```swift
/// let database = try FAQDatabase(path: "/var/lib/chat-pjbc/faq.sqlite")
/// let bot = ChatBot(database: database)
/// let result = try await bot.handle(IncomingMessage(id: webhook.id, sender: webhook.from,
///                                                   text: webhook.text, channel: .tijuana))
/// if !result.reply.isEmpty { try await whatsapp.send(result.reply, to: webhook.from) }
/// ```
public final class ChatBot: Sendable {
    /// The bot's database (knowledge, queue, conversations).
    public let database: FAQDatabase
    /// The stateless engine behind the bot (shared knowledge snapshot).
    public let engine: FAQEngine
    private let locks = KeyedLock()
    /// How many `handle` calls are running (lets a write wait for others to join its transaction).
    private let inFlight = Atomic<Int>(0)
    private let metrics = BotMetrics()
    private let logger: Logger

    /// - Parameters:
    ///   - database: the bot's database (knowledge, queue, conversations).
    ///   - configuration: thresholds and logger; see `FAQEngine.Configuration`.
    public init(database: FAQDatabase, configuration: FAQEngine.Configuration = FAQEngine.Configuration()) {
        self.database = database
        engine = FAQEngine(database: database, configuration: configuration)
        logger = configuration.logger
    }

    /// Handles one incoming message.
    ///
    /// Any text gets a decision (empty, emoji only, huge, FTS5 syntax…).
    ///
    /// The call runs its SQLite work on the calling task's thread (a read of a few microseconds, and
    /// the write transaction when no other is being written), so a message needs no hand-off between
    /// threads; while another message's transaction is being written it suspends, and its write joins
    /// the next transaction (group commit). The result is committed before the call returns.
    ///
    /// - Parameters:
    ///   - message: the message as the gateway received it.
    ///   - sendsReply: also write the reply to the outbox, in the same transaction as the decision, for
    ///     the gateway's sender to deliver from the message's channel (nothing is written for `silent`,
    ///     a redelivery, or a message without a channel). Without it the caller sends the reply itself.
    /// - Returns: the decision, the reply to send (empty for `silent`), the ticket if one was
    ///   opened or updated, and `duplicate` for a redelivery.
    /// - Throws: `StoreError` only when the result could not be stored (e.g. the disk is full).
    ///   The gateway should then not acknowledge the webhook, so that WhatsApp delivers it again.
    public func handle(_ message: IncomingMessage, sendsReply: Bool = false) async throws -> BotResult {
        let started = DispatchTime.now()
        inFlight.add(1, ordering: .relaxed)
        defer {
            inFlight.subtract(1, ordering: .relaxed)
            metrics.duration.recordInterval(since: started)
        }
        do {
            return try await locks.withLock(message.sender) {
                try await self.handleInOrder(message, sendsReply: sendsReply)
            }
        } catch {
            metrics.failures.increment()
            logger.error("message could not be stored", metadata: ["message_id": "\(message.id)", "error": "\(error)"])
            throw error
        }
    }

    /// The body of `handle`, with the sender's lock held.
    private func handleInOrder(_ message: IncomingMessage, sendsReply: Bool) async throws -> BotResult {
        let context = try database.messageContext(messageID: message.id, sender: message.sender)
        if let stored = context.handledResult {
            return duplicate(stored, id: message.id)
        }
        let state = context.state.flatMap { try? JSONDecoder().decode(ConversationState.self, from: $0) } ?? ConversationState()
        let plan = ConversationPlanner(engine: engine).plan(message, state: state, activeTicket: context.activeTicket,
                                                             knowledgeVersion: context.knowledgeVersion)
        let decision = plan.decision
        let record = MessageRecord(id: message.id, receivedAt: message.receivedAt, sender: message.sender,
                                   channel: message.channel?.rawValue, text: message.loggedText, action: decision.action.rawValue,
                                   reason: decision.reason?.rawValue, entry: decision.entry, top: decision.top,
                                   confidence: decision.confidence, area: decision.area, city: decision.city)
        let encodedState = plan.state.isEmpty ? nil : try JSONEncoder().encode(plan.state)
        let texts = plan.texts
        let opens: Bool
        if case .open = plan.ticketChange { opens = true } else { opens = false }
        // The result depends on the ticket's folio, known only inside the write transaction.
        let messageID = message.id
        @Sendable func result(ticket: Ticket?) -> BotResult {
            var final = decision
            // As stored (the contract's three decimals), so that a redelivery returns exactly this result.
            final.confidence = (final.confidence * 1000).rounded() / 1000
            if let ticket, opens, !final.reply.isEmpty {
                final.reply += "\n\n" + texts.text(for: .ticketSuffix, ["folio": ticket.folio])
            }
            return BotResult(messageID: messageID, decision: final,
                             ticket: ticket.map { BotResult.TicketInfo($0, opened: opens) }, duplicate: false)
        }
        // Without a ticket the result is known now: encode it here, not on the (single) writer thread.
        let withoutTicket: Data? = if case .none = plan.ticketChange, !sendsReply { result(ticket: nil).storedJSON() } else { nil }
        let recipient = sendsReply ? message.channel.map { (channel: $0.rawValue, sender: message.sender) } : nil
        let outcome = try await database.recordHandling(message: record, state: encodedState, ticketChange: plan.ticketChange,
                                                        othersInFlight: inFlight.load(ordering: .relaxed) > 1) {
            ticket in
            if ticket == nil, let withoutTicket { return HandlingWrite(result: withoutTicket) }
            let final = result(ticket: ticket)
            let outgoing = recipient.flatMap { recipient in
                final.outgoingContent(texts: texts).map {
                    NewOutgoingMessage(channel: recipient.channel, recipient: recipient.sender, content: $0, origin: "bot")
                }
            }
            return HandlingWrite(result: final.storedJSON(), outgoing: outgoing)
        }
        switch outcome {
        case let .duplicate(stored):
            return duplicate(stored, id: message.id)
        case let .recorded(_, ticket):
            metrics.handled(decision)
            if let ticket, opens { metrics.ticketOpened(reason: ticket.reason) }
            logger.info("message handled", metadata: [
                "message_id": "\(message.id)", "action": "\(decision.action.rawValue)",
                "reason": "\(decision.reason?.rawValue ?? "-")", "entry": "\(decision.entry ?? "-")",
                "confidence": "\(decision.confidence)", "ticket": "\(ticket?.folio ?? "-")",
            ])
            return result(ticket: ticket)
        }
    }

    /// The first result of a message handled before, marked as a duplicate.
    private func duplicate(_ stored: Data, id: String) -> BotResult {
        metrics.duplicates.increment()
        logger.debug("duplicate message", metadata: ["message_id": "\(id)"])
        var result = (try? JSONDecoder().decode(BotResult.self, from: stored))
            ?? BotResult(messageID: id, decision: Decision(text: "", action: .silent, reason: .owned), ticket: nil,
                         duplicate: true)
        result.duplicate = true
        return result
    }
}
