import Foundation
import Testing
@testable import FAQBot
import FAQStore

@Suite("The human queue")
struct TicketQueueTests {
    func newTicket(_ reason: String = "complaint", area: String = "Informática", priority: TicketPriority = .complaint,
                   sender: String = "5216860000001", city: String? = "Tijuana") -> NewTicket {
        NewTicket(sender: sender, channel: "tijuana", city: city, reason: reason, area: area, priority: priority.rawValue,
                  confidence: 0.4, candidates: [Ticket.Candidate(entry: "tribunal-electronico-que-es", score: 0.4)],
                  evidence: ["caido"], firstMessage: "el tribunal electronico esta caido")
    }

    @Test("a ticket goes open → claimed → resolved → open, and every change is recorded")
    func lifeCycle() throws {
        let knowledge = try TemporaryKnowledge()
        let database = try knowledge.openDatabase()
        let opened = try database.openTicket(newTicket())
        #expect(opened.folio.range(of: #"^PJBC-\d{4}-\d{6}$"#, options: .regularExpression) != nil)
        #expect(opened.status == .open)
        #expect(opened.messages.map(\.text) == ["el tribunal electronico esta caido"])
        try database.claim(folio: opened.folio, by: "Ana")
        try database.reply(folio: opened.folio, by: "Ana", text: "Ya se restableció el servicio.")
        let resolved = try database.resolve(folio: opened.folio, by: "Ana")
        #expect(resolved.status == .resolved)
        #expect(resolved.assignee == "Ana")
        #expect(resolved.staffReply == "Ya se restableció el servicio.")
        #expect(throws: StoreError.self) { try database.claim(folio: opened.folio, by: "Luis") }
        let reopened = try database.reopen(folio: opened.folio, by: "Luis")
        #expect(reopened.status == .open)
        let ticket = try #require(try database.ticket(folio: opened.folio))
        #expect(ticket.events.map(\.action) == ["opened", "claimed", "replied", "resolved", "reopened"])
        #expect(ticket.events.map(\.actor) == ["bot", "Ana", "Ana", "Ana", "Luis"])
        #expect(ticket.messages.map(\.author) == [.user, .staff])
    }

    @Test("the queue shows the most urgent and oldest first, filtered by area, city and status")
    func ordering() throws {
        let knowledge = try TemporaryKnowledge()
        let database = try knowledge.openDatabase()
        let start = Date(timeIntervalSince1970: 1_780_000_000)
        let question = try database.openTicket(newTicket("unmatched", area: "Presidencia", priority: .question), at: start)
        let complaint = try database.openTicket(newTicket(), at: start.addingTimeInterval(60))
        let urgent = try database.openTicket(newTicket(area: "Tribunal de Disciplina Judicial", priority: .urgent, city: "Mexicali"),
                                             at: start.addingTimeInterval(120))
        let olderComplaint = try database.openTicket(newTicket(), at: start.addingTimeInterval(-60))
        #expect(try database.queue().map(\.folio) == [urgent.folio, olderComplaint.folio, complaint.folio, question.folio])
        #expect(try database.queue(area: "informática").map(\.folio) == [olderComplaint.folio, complaint.folio])
        #expect(try database.queue(city: "Mexicali").map(\.folio) == [urgent.folio])
        try database.resolve(folio: question.folio, by: "Ana")
        #expect(try database.queue(statuses: [.resolved]).map(\.folio) == [question.folio])
        #expect(!(try database.queue()).map(\.folio).contains(question.folio))
    }

    @Test("concurrent handoffs get distinct, consecutive folios")
    func concurrentFolios() async throws {
        let knowledge = try TemporaryKnowledge()
        let database = try knowledge.openDatabase()
        let folios = try await withThrowingTaskGroup(of: String.self) { group in
            for index in 0..<64 {
                group.addTask { try database.openTicket(self.newTicket(sender: "sender-\(index)")).folio }
            }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(Set(folios).count == 64)
        let numbers = folios.compactMap { Int($0.suffix(6)) }.sorted()
        #expect(numbers == Array(1...64))
    }

    @Test("routing sends complaints to the competent area with the right priority")
    func routing() throws {
        let knowledge = try TemporaryKnowledge()
        let rules = RoutingRulesParser().parse(try String(contentsOf: ShippedKnowledge.folder.appendingPathComponent("rutas.md"),
                                                          encoding: .utf8), file: "rutas.md")
        #expect(rules.diagnostics.isEmpty)
        let router = TicketRouter(rules: rules.value)
        let analyzer = Analyzer(settings: AnalysisSettings())
        func words(_ text: String) -> [String] { analyzer.analyze(text).words }
        #expect(router.area(for: .complaint, words: words("el tribunal electronico no funciona desde ayer"), top: nil, confidence: 0)
            == "Informática")
        #expect(router.area(for: .complaint, words: words("la actuaria fue muy grosera conmigo"), top: nil, confidence: 0)
            == "Tribunal de Disciplina Judicial")
        #expect(router.area(for: .complaint, words: words("esto es un desastre"), top: nil, confidence: 0) == "Presidencia")
        #expect(router.area(for: .requested, words: words("quiero hablar con una persona del tribunal electronico"),
                            top: nil, confidence: 0) == "Presidencia")
        #expect(router.priority(for: .complaint, words: words("me pidieron dinero para agilizar mi asunto")) == .urgent)
        #expect(router.priority(for: .case, words: words("mi audiencia es hoy y no me han notificado")) == .urgent)
        #expect(router.priority(for: .complaint, words: words("la pagina es muy lenta")) == .complaint)
        #expect(router.priority(for: .case, words: words("ya salio mi acuerdo?")) == .attention)
        #expect(router.priority(for: .unmatched, words: words("donde saco mi rfc")) == .question)
        #expect(router.priority(for: .suggestion, words: words("sugiero que sea urgente poner mas sillas")) == .suggestion)
        _ = knowledge
    }

    @Test("a routing file with errors reports them with their lines")
    func routingErrors() {
        let result = RoutingRulesParser().parse("""
            ## Quejas
            - tribunal electronico
            - = Informática
            - * = Informática
            ## Otra cosa
            - x
            """, file: "rutas.md")
        #expect(result.errors.map(\.line) == [2, 3, 4, 5, 6])
    }

    @Test("statistics count decisions, areas, cities, top entries and complaints per week")
    func statistics() async throws {
        let knowledge = try TemporaryKnowledge()
        let database = try knowledge.importing(faq: SampleKnowledge.faq, siblings: try ShippedKnowledge.files("detectores.md").merging(["fuera-de-alcance.md": SampleKnowledge.negatives]) { $1 })
        let bot = ChatBot(database: database)
        let texts = ["donde veo el boletin judicial", "boletin judicial de hoy donde lo consulto", "como saco mi curp",
                     "como saco mi curp", "pesimo servicio, nadie contesta el telefono del juzgado"]
        for (index, text) in texts.enumerated() {
            _ = try await bot.handle(IncomingMessage(id: "m\(index)", sender: "s\(index)", text: text, channel: .tijuana))
        }
        let stats = try database.statistics()
        #expect(stats.messages == 5)
        #expect(stats.answered == 2)
        #expect(stats.topEntries.first == Statistics.Count(label: "boletin-judicial", count: 2))
        #expect(stats.topUnmatched.first == Statistics.Count(label: "como saco mi curp", count: 2))
        #expect(stats.handoffsByReason.contains(Statistics.Count(label: "complaint", count: 1)))
        #expect(stats.handoffsByCity.first?.label == "Tijuana")
        #expect(stats.complaintsPerWeek.reduce(0) { $0 + $1.count } == 1)
        #expect(stats.openTickets == 3)
    }
}
