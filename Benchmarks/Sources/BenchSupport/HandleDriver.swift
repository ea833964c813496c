import FAQBot
import Foundation
import Synchronization

/// Sends messages through `ChatBot.handle` from several conversations at once.
///
/// Each conversation is one task sending its messages one after the other (as
/// one WhatsApp user does); the conversations run concurrently. Every message
/// has a new id. When a message opens a ticket, the conversation continues as
/// a new sender: otherwise a person would own it and every later message would
/// only be appended to the ticket (`silent`), which is not the mix to measure.
public final class HandleDriver: Sendable {
    public struct Result: Sendable {
        /// Seconds per `handle` call.
        public var latencies: [Double] = []
        public var actions: [String: Int] = [:]
        public var ticketsOpened = 0

        mutating func merge(_ other: Result) {
            latencies += other.latencies
            for (action, count) in other.actions { actions[action, default: 0] += count }
            ticketsOpened += other.ticketsOpened
        }
    }

    private let bot: ChatBot
    private let mix: [String]
    /// Makes ids and senders unique across runs on the same database.
    private let runs = Atomic<Int>(0)

    public init(bot: ChatBot, mix: [String]) {
        self.bot = bot
        self.mix = mix
    }

    /// Handles `messages` messages spread over `conversations` concurrent conversations.
    ///
    /// - Parameter batch: offsets where in the mix this run starts (vary it between runs).
    public func run(conversations: Int, messages: Int, batch: Int) async throws -> Result {
        let run = runs.add(1, ordering: .relaxed).newValue
        let mix = mix
        let bot = bot
        return try await withThrowingTaskGroup(of: Result.self) { group in
            for conversation in 0..<conversations {
                // Conversation c sends messages c, c + C, c + 2C, … of this run.
                let share = messages / conversations + (conversation < messages % conversations ? 1 : 0)
                group.addTask {
                    var result = Result()
                    result.latencies.reserveCapacity(share)
                    var senderGeneration = 0
                    for step in 0..<share {
                        let index = conversation + step * conversations
                        let text = mix[(batch * messages + index) % mix.count]
                        let sender = "r\(run)-c\(conversation)-g\(senderGeneration)"
                        let message = IncomingMessage(id: "wamid.r\(run).m\(index)", sender: sender, text: text,
                                                      channel: Channel.allCases[conversation % Channel.allCases.count])
                        let started = DispatchTime.now().uptimeNanoseconds
                        let outcome = try await bot.handle(message)
                        result.latencies.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
                        result.actions[outcome.decision.action.rawValue, default: 0] += 1
                        if let ticket = outcome.ticket, ticket.opened {
                            result.ticketsOpened += 1
                            senderGeneration += 1
                        }
                    }
                    return result
                }
            }
            var total = Result()
            for try await partial in group { total.merge(partial) }
            return total
        }
    }
}
