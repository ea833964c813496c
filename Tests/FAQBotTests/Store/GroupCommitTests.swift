import Foundation
import Testing
import FAQStore

@Suite("Group commit of handled messages")
struct GroupCommitTests {
    private func record(_ id: String, sender: String) -> MessageRecord {
        MessageRecord(id: id, receivedAt: Date(), sender: sender, channel: nil, text: "hola \(id)", action: "answer",
                      reason: nil, entry: nil, top: nil, confidence: 0.9, area: nil, city: nil)
    }

    @Test("many concurrent writes: each is stored once; one that fails loses only itself")
    func concurrentWritesShareTransactions() async throws {
        struct ResultFailed: Error {}
        let knowledge = try TemporaryKnowledge()
        let database = try knowledge.openDatabase()
        let count = 200
        let outcomes = await withTaskGroup(of: (Int, Bool).self) { group in
            for number in 0..<count {
                group.addTask {
                    let message = record("m\(number)", sender: "s\(number % 16)")
                    do {
                        // Half of them say others are in flight: their writes wait to gather the others'.
                        _ = try await database.recordHandling(message: message, state: Data("{}".utf8), ticketChange: .none,
                                                              othersInFlight: number.isMultiple(of: 2)) { _ in
                            if number == 77 { throw ResultFailed() }
                            return Data("{\"n\":\(number)}".utf8)
                        }
                        return (number, true)
                    } catch {
                        return (number, false)
                    }
                }
            }
            var outcomes: [Int: Bool] = [:]
            for await (number, stored) in group { outcomes[number] = stored }
            return outcomes
        }
        #expect(outcomes.count == count)
        #expect(outcomes.filter { !$0.value }.map(\.key) == [77])
        for number in 0..<count {
            let stored = try database.handledResult(messageID: "m\(number)")
            if number == 77 {
                #expect(stored == nil)
            } else {
                #expect(stored == Data("{\"n\":\(number)}".utf8))
            }
        }
        // Redelivered, a stored message is a duplicate and keeps its first result.
        let again = try await database.recordHandling(message: record("m5", sender: "s5"), state: nil, ticketChange: .none) {
            _ in Data("{\"n\":-1}".utf8)
        }
        guard case let .duplicate(first) = again else {
            Issue.record("a redelivery was stored again")
            return
        }
        #expect(first == Data("{\"n\":5}".utf8))
        #expect(try database.integrityCheck() == ["ok"])
    }

    @Test("one write at a time (written by its caller): a failure throws, loses only itself, and the next write goes through")
    func sequentialWritesRecoverFromAFailure() async throws {
        struct ResultFailed: Error {}
        let knowledge = try TemporaryKnowledge()
        let database = try knowledge.openDatabase()
        for number in 0..<6 {
            let message = record("s\(number)", sender: "alone")
            do {
                let outcome = try await database.recordHandling(message: message, state: nil, ticketChange: .none) { _ in
                    if number.isMultiple(of: 3) { throw ResultFailed() }
                    return Data("{\"n\":\(number)}".utf8)
                }
                #expect(!number.isMultiple(of: 3), "write \(number) should have failed")
                guard case let .recorded(result, _) = outcome else {
                    Issue.record("write \(number) was taken for a duplicate")
                    continue
                }
                #expect(result == Data("{\"n\":\(number)}".utf8))
            } catch {
                #expect(number.isMultiple(of: 3), "write \(number) failed: \(error)")
                #expect("\(error)".contains("ResultFailed"))
            }
            let stored = try database.handledResult(messageID: "s\(number)")
            #expect(stored == (number.isMultiple(of: 3) ? nil : Data("{\"n\":\(number)}".utf8)))
        }
        #expect(try database.integrityCheck() == ["ok"])
    }
}
