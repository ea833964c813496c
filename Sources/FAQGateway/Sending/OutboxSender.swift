import FAQStore
import Foundation
import Logging
import ServiceLifecycle
import Synchronization

/// The background sender: reads due rows from the outbox and sends them through the Cloud API.
///
/// - Order per recipient: one row in flight per recipient, rows in id order (the outbox's rule).
/// - Pacing: about 80 per second per number, a short burst then one every 6 s per recipient; an
///   error 131056 backs the recipient off.
/// - Retries with exponential backoff on 429, 5xx, time-outs and throughput errors; a permanent error
///   ends the row as failed, with the API's reason, on the row and in its ticket's history.
/// - The 24-hour window: a text or list to a user who last wrote more than 24 h ago (or an error
///   131047) is held, with the reason; the configured template, if any, is sent once to invite
///   them to write again; their next message releases the held rows.
/// - Exactly once as far as the API allows: a row is marked sent right after the API accepted it; a
///   crash between the two sends that row again on restart (and only that row).
/// - Rows written by other processes (`faq-admin reply`) are found by polling every
///   `pollInterval`; the webhook calls `wake()` so the bot's replies go at once.
/// - Graceful shutdown: it stops taking rows and returns when the sends in flight have finished.
///
/// ```swift
/// let sender = OutboxSender(database: database, graph: graph, channels: channels, policy: SendingPolicy(),
///                           invitationTemplate: nil, metrics: metrics, logger: logger)
/// let group = ServiceGroup(services: [sender], logger: logger)
/// ```
public final class OutboxSender: Service, Sendable {
    enum Event: Sendable {
        case wake
        case tick
        /// The time a paced number may send again.
        case paced
        case finished(id: Int64, recipient: String, outcome: SendOutcome, attempt: Int)
        case markRead(channel: String, messageID: String)
        case shutdown
    }

    let database: FAQDatabase
    let graph: GraphAPIClient
    let channels: ChannelMap
    let policy: SendingPolicy
    let invitationTemplate: (name: String, language: String)?
    let metrics: GatewayMetrics
    let logger: Logger
    private let events: AsyncStream<Event>
    /// Set while a `.wake` waits in the stream: a burst of webhooks costs one look at the outbox.
    private let wakeQueued = Atomic<Bool>(false)
    private let continuation: AsyncStream<Event>.Continuation

    init(database: FAQDatabase, graph: GraphAPIClient, channels: ChannelMap, policy: SendingPolicy,
         invitationTemplate: (name: String, language: String)?, metrics: GatewayMetrics, logger: Logger) {
        self.database = database
        self.graph = graph
        self.channels = channels
        self.policy = policy
        self.invitationTemplate = invitationTemplate
        self.metrics = metrics
        self.logger = logger
        (events, continuation) = AsyncStream.makeStream(of: Event.self, bufferingPolicy: .unbounded)
    }

    /// New rows were written (the bot replied): look now instead of at the next poll.
    public func wake() {
        if !wakeQueued.exchange(true, ordering: .acquiringAndReleasing) {
            continuation.yield(.wake)
        }
    }

    /// Marks an incoming message as read, best effort (a lost mark is harmless).
    public func markRead(channel: String, messageID: String) {
        continuation.yield(.markRead(channel: channel, messageID: messageID))
    }

    /// Runs until graceful shutdown (then finishes the sends in flight) or cancellation.
    public func run() async throws {
        let clock = ContinuousClock()
        let origin = clock.now
        func now() -> Double {
            let elapsed = clock.now - origin
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }
        let continuation = self.continuation
        await withGracefulShutdownHandler {
            await withDiscardingTaskGroup { group in
                let poll = policy.pollInterval
                group.addTask {
                    while !Task.isCancelled {
                        try? await Task.sleep(for: .milliseconds(Int(poll * 1000)))
                        continuation.yield(.tick)
                    }
                }
                var inFlight: [Int64: String] = [:]
                var pacing = SendPacing(policy: policy)
                var shuttingDown = false
                var lastPrune = now()
                var pacedTimerArmed = false
                continuation.yield(.wake)
                eventLoop: for await event in events {
                    switch event {
                    case .wake:
                        wakeQueued.store(false, ordering: .releasing)
                    case .tick:
                        break
                    case .paced:
                        pacedTimerArmed = false
                    case .shutdown:
                        shuttingDown = true
                    case let .finished(id, recipient, outcome, attempt):
                        inFlight[id] = nil
                        if case .recipientPacing = outcome { pacing.backOff(recipient: recipient, now: now(), attempt: attempt) }
                    case let .markRead(channel, messageID):
                        // Best effort: a receipt never takes a reply's place under the number's pace.
                        guard !shuttingDown, let number = channels.phoneNumberID(for: channel),
                              pacing.earliest(number: number, now: now()) <= now() else { break }
                        pacing.take(number: number, now: now())
                        group.addTask { _ = await self.graph.markRead(messageID: messageID, phoneNumberID: number) }
                        continue // nothing new in the outbox
                    }
                    if shuttingDown {
                        if inFlight.isEmpty { break eventLoop }
                        continue
                    }
                    schedule(into: &group, inFlight: &inFlight, pacing: &pacing, pacedTimerArmed: &pacedTimerArmed, now: now())
                    if now() - lastPrune > 60 {
                        pacing.prune(now: now())
                        lastPrune = now()
                    }
                }
                group.cancelAll()
            }
        } onGracefulShutdown: {
            continuation.yield(.shutdown)
        }
    }

    /// Starts the sends that may go now.
    ///
    /// Rows of a number that has used up its pace stay in the database (the query skips its
    /// channel, and nothing is read when every number is paced); a timer wakes the loop when the
    /// first one may send again. So a backlog costs a few rows per look, not the whole queue.
    private func schedule(into group: inout DiscardingTaskGroup, inFlight: inout [Int64: String], pacing: inout SendPacing,
                          pacedTimerArmed: inout Bool, now: Double) {
        let room = policy.concurrency - inFlight.count
        guard room > 0 else { return }
        let paced = channels.channels.filter { pacing.earliest(number: $0.key, now: now) > now }
        // A paced number's rows wait in the database; a timer looks again when the first may go.
        if !pacedTimerArmed, let next = paced.keys.map({ pacing.earliest(number: $0, now: now) }).min() {
            pacedTimerArmed = true
            let continuation = self.continuation
            group.addTask {
                try? await Task.sleep(for: .milliseconds(max(1, Int(((next - now) * 1000).rounded(.up)))))
                continuation.yield(.paced)
            }
        }
        if !channels.channels.isEmpty, paced.count == channels.channels.count { return }
        let rows: [OutboxMessage]
        do {
            // As many as may go (room and the numbers' pace), and a few more: a row may wait for
            // its recipient's pace. Rows of a channel without a number come too (they fail at once).
            let sendable = channels.channels.keys.reduce(0) { $0 + pacing.available(number: $1, now: now) }
            rows = try database.dueOutgoing(now: Date(), excluding: Set(inFlight.keys),
                                            skippingChannels: Set(paced.values.map(\.rawValue)), limit: min(room, sendable) + 4)
        } catch {
            logger.error("outbox unreadable", metadata: ["error": "\(error)"])
            return
        }
        let busy = Set(inFlight.values)
        for row in rows where inFlight.count < policy.concurrency && !busy.contains(row.recipient) {
            guard let number = channels.phoneNumberID(for: row.channel) else {
                record(row, .permanent("el canal \(row.channel) no tiene número en WHATSAPP_CHANNELS"), seconds: nil)
                continue
            }
            guard pacing.earliest(number: number, recipient: row.recipient, now: now) <= now else { continue }
            pacing.take(number: number, recipient: row.recipient, now: now)
            inFlight[row.id] = row.recipient
            let continuation = self.continuation
            group.addTask {
                let outcome = await self.deliver(row, from: number)
                continuation.yield(.finished(id: row.id, recipient: row.recipient, outcome: outcome, attempt: row.attempts + 1))
            }
        }
    }

    /// Sends one row (or holds it, outside the window) and records what happened.
    private func deliver(_ row: OutboxMessage, from number: String) async -> SendOutcome {
        if row.content.kind != "template" {
            do {
                let last = try database.lastIncoming(from: row.recipient)
                if last.map({ Date().timeIntervalSince($0) > policy.serviceWindow }) ?? true {
                    let outcome = SendOutcome.outsideWindow("la ventana de 24 horas está cerrada")
                    await finish(row, outcome, seconds: nil)
                    return outcome
                }
            } catch {
                let outcome = SendOutcome.retry("base de datos: \(error)")
                await finish(row, outcome, seconds: nil)
                return outcome
            }
        }
        let started = ContinuousClock.now
        let outcome = await graph.send(row.content, to: row.recipient, from: number)
        let elapsed = ContinuousClock.now - started
        await finish(row, outcome, seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        return outcome
    }

    /// Writes the outcome of one attempt to the outbox; a send accepted (the common case) in the
    /// next group-commit transaction.
    private func finish(_ row: OutboxMessage, _ outcome: SendOutcome, seconds: Double?) async {
        guard case let .accepted(providerID) = outcome else { return record(row, outcome, seconds: seconds) }
        metrics.send(outcome.metricLabel, seconds: seconds)
        do {
            try await database.recordSent(id: row.id, providerID: providerID)
        } catch {
            // The row stays pending and goes again: the at-most-one resend documented above.
            logger.error("outbox row not updated", metadata: ["outbox_id": "\(row.id)", "error": "\(error)"])
        }
    }

    /// Writes the outcome of one attempt to the outbox, at once.
    private func record(_ row: OutboxMessage, _ outcome: SendOutcome, seconds: Double?) {
        metrics.send(outcome.metricLabel, seconds: seconds)
        let attempt = row.attempts + 1
        do {
            switch outcome {
            case let .accepted(providerID):
                try database.markSent(id: row.id, providerID: providerID)
            case let .outsideWindow(reason):
                try hold(row, reason: reason)
            case let .recipientPacing(reason):
                // Pacing is not the row's fault: it does not count towards its attempts' limit.
                try database.scheduleRetry(id: row.id, error: reason, next: Date().addingTimeInterval(policy.perRecipientInterval),
                                           countsAttempt: false)
            case let .retry(reason):
                if attempt >= policy.maxAttempts {
                    try database.markFailed(id: row.id, error: "sin éxito tras \(attempt) intentos; el último: \(reason)")
                    logger.error("send failed for good", metadata: ["outbox_id": "\(row.id)", "attempts": "\(attempt)"])
                } else {
                    let delay = policy.retryDelay(attempt: attempt)
                    try database.scheduleRetry(id: row.id, error: reason, next: Date().addingTimeInterval(delay))
                    logger.notice("send will be retried", metadata: ["outbox_id": "\(row.id)", "attempt": "\(attempt)",
                                                                      "delay_s": "\(Int(delay))", "reason": "\(reason)"])
                }
            case let .permanent(reason):
                try database.markFailed(id: row.id, error: reason)
                logger.error("send refused", metadata: ["outbox_id": "\(row.id)", "reason": "\(reason)"])
            }
        } catch {
            // The row stays pending and goes again: the at-most-one resend documented above.
            logger.error("outbox row not updated", metadata: ["outbox_id": "\(row.id)", "error": "\(error)"])
        }
    }

    /// Holds a row outside the window; invites the user with the template once per closed window.
    private func hold(_ row: OutboxMessage, reason: String) throws {
        var invitation: NewOutgoingMessage?
        var staffReason = reason + ": se enviará cuando el usuario vuelva a escribir"
        if let template = invitationTemplate {
            let last = try database.lastIncoming(from: row.recipient)
            if try !database.invitationWritten(to: row.recipient, since: last) {
                invitation = NewOutgoingMessage(channel: row.channel, recipient: row.recipient,
                                                content: .template(name: template.name, language: template.language),
                                                origin: "gateway")
                staffReason += "; se le envió la plantilla \(template.name) para invitarlo a escribir"
            }
        } else {
            staffReason += " (no hay plantilla configurada para invitarlo)"
        }
        try database.hold(id: row.id, reason: staffReason, invitation: invitation)
        logger.notice("reply held outside the 24-hour window", metadata: ["outbox_id": "\(row.id)"])
    }
}
