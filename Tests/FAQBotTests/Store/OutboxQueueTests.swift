import Foundation
import Testing
import FAQStore

@Suite("Outbox: which rows are due")
struct OutboxQueueTests {
    private func message(_ text: String, to recipient: String, via channel: String = "tijuana") -> NewOutgoingMessage {
        NewOutgoingMessage(channel: channel, recipient: recipient, content: .text(text), origin: "bot")
    }

    @Test("one row per recipient, oldest first; rows in flight, paced channels and the limit are left out")
    func dueRows() throws {
        let knowledge = try TemporaryKnowledge()
        let database = try knowledge.openDatabase()
        let first = try database.enqueue(message("uno", to: "ana"))
        let second = try database.enqueue(message("dos", to: "ana"))
        let other = try database.enqueue(message("hola", to: "beto", via: "ensenada"))
        let later = try database.enqueue(message("mañana", to: "carla"))
        try database.scheduleRetry(id: later, error: "429", next: Date().addingTimeInterval(3600))

        #expect(try database.dueOutgoing().map(\.id) == [first, other])
        // Ana's second row waits while her first is being sent (it is still pending).
        #expect(try database.dueOutgoing(excluding: [first]).map(\.id) == [other])
        #expect(try database.dueOutgoing(skippingChannels: ["tijuana"]).map(\.id) == [other])
        #expect(try database.dueOutgoing(skippingChannels: ["ensenada"]).map(\.id) == [first])
        #expect(try database.dueOutgoing(limit: 1).map(\.id) == [first])
        #expect(try database.dueOutgoing(now: Date().addingTimeInterval(7200)).map(\.id) == [first, other, later])

        try database.markSent(id: first, providerID: "wamid.1")
        #expect(try database.dueOutgoing().map(\.id) == [second, other])
        let text = try #require(try database.dueOutgoing().first?.content)
        #expect(text == .text("dos"))
    }

    @Test("a backlog of thousands: the first rows come back in order, and the oldest pending age is the first row's")
    func backlog() throws {
        let knowledge = try TemporaryKnowledge()
        let database = try knowledge.openDatabase()
        let start = Date().addingTimeInterval(-600)
        var ids: [Int64] = []
        for number in 0..<3_000 {
            ids.append(try database.enqueue(message("respuesta \(number)", to: "r\(number % 700)", via: number.isMultiple(of: 3) ? "mexicali" : "tijuana"),
                                            at: start.addingTimeInterval(Double(number) / 10)))
        }
        let due = try database.dueOutgoing(excluding: Set(ids.prefix(5)), skippingChannels: ["mexicali"], limit: 40)
        #expect(due.count == 40)
        #expect(due.map(\.id) == due.map(\.id).sorted())
        #expect(due.allSatisfy { $0.channel == "tijuana" && !ids.prefix(5).contains($0.id) })
        // Only each recipient's first row is due: 700 recipients, the first 5 rows in flight.
        #expect(Set(due.map(\.recipient)).count == 40)
        let summary = try database.outboxSummary(now: start.addingTimeInterval(600))
        #expect(summary.counts[.pending] == 3_000)
        #expect(abs(summary.oldestPendingAge - 600) < 1)
    }
}
