import FAQBot
import FAQStore
import Foundation
import HTTPTypes
import Hummingbird

/// `GET /casos/{folio}` and its actions (`POST /casos/{folio}/tomar|responder|resolver|reabrir|transferir|nota|ensenar`).
///
/// Every action is done as the logged-in account, which the ticket's history records with the time;
/// a reply goes to the outbox in the same transaction, and faq-gateway's sender delivers it.
struct CaseRoutes: Sendable {
    let database: FAQDatabase
    let configuration: ConsoleConfiguration
    /// Wakes the outbox sender after a reply (`nil` when the console runs without one, in tests).
    let wakeSender: @Sendable () -> Void

    static let notices = [
        "tomado": "Tomó el caso.", "respondido": "Respuesta guardada; se envía por WhatsApp.", "resuelto": "Caso resuelto.",
        "reabierto": "Caso reabierto.", "transferido": "Caso transferido.", "nota": "Nota guardada.",
        "ensenado": "Variante agregada; el conocimiento se volvió a importar.",
    ]

    func add(to group: RouterGroup<ConsoleRequestContext>) {
        group.get("/casos/{folio}") { request, context in
            let folio = try context.parameters.require("folio")
            return try page(folio: folio, context: context, notice: request.uri.queryParameters["hecho"].flatMap { Self.notices[String($0)] })
        }
        action("tomar", done: "tomado", group) { folio, person, _ in _ = try database.claim(folio: folio, by: person) }
        action("responder", done: "respondido", group) { folio, person, form in
            let text = (form["texto"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { throw StoreError.invalidState("La respuesta está vacía.") }
            guard text.count <= 4000 else { throw StoreError.invalidState("La respuesta pasa de 4,000 caracteres (WhatsApp admite 4,096).") }
            _ = try database.reply(folio: folio, by: person, text: text)
            wakeSender()
        }
        action("resolver", done: "resuelto", group) { folio, person, _ in _ = try database.resolve(folio: folio, by: person) }
        action("reabrir", done: "reabierto", group) { folio, person, _ in _ = try database.reopen(folio: folio, by: person) }
        action("transferir", done: "transferido", group) { folio, person, form in
            _ = try database.transfer(folio: folio, toArea: String((form["area"] ?? "").prefix(100)), by: person)
        }
        action("nota", done: "nota", group) { folio, person, form in
            _ = try database.addNote(folio: folio, by: person, text: String((form["texto"] ?? "").prefix(2000)))
        }
        action("ensenar", done: "ensenado", group) { folio, person, form in
            let entry = (form["entrada"] ?? "").trimmingCharacters(in: .whitespaces)
            guard !entry.isEmpty else { throw StoreError.invalidState("Elija la entrada que responde esa pregunta.") }
            try KnowledgeTeacher(database: database).teach(folio: folio, entryID: entry, faqFile: configuration.knowledgeFile, by: person)
        }
    }

    private func action(_ name: String, done: String, _ group: RouterGroup<ConsoleRequestContext>,
                        _ perform: @escaping @Sendable (String, String, [String: String]) throws -> Void) {
        group.post("/casos/{folio}/\(name)") { _, context in
            let folio = try context.parameters.require("folio")
            let person = try context.staff.username
            do {
                try perform(folio, person, context.form)
            } catch let error as StoreError {
                guard try database.ticket(folio: folio) != nil else { throw HTTPError(.notFound) }
                return try page(folio: folio, context: context, error: error.description, status: .conflict)
            } catch let error as KnowledgeFileError {
                return try page(folio: folio, context: context, error: error.description, status: .unprocessableContent)
            } catch let error as HTTPError {
                throw error
            } catch {
                return try page(folio: folio, context: context, error: "\(error)", status: .unprocessableContent)
            }
            return ConsolePage.redirect("/casos/\(urlComponent(folio))?hecho=\(done)")
        }
    }

    private func page(folio: String, context: ConsoleRequestContext, notice: String? = nil, error: String? = nil,
                      status: HTTPResponse.Status = .ok) throws -> Response {
        guard let ticket = try database.ticket(folio: folio) else {
            return ConsolePage.message(status: .notFound, title: "Caso no encontrado",
                                       text: "No hay un caso con el folio «\(folio)».", account: context.account)
        }
        let entries = try database.entries()
        let facets = try database.queueFacets()
        let areas = Array(Set(entries.map(\.area) + facets.areas)).sorted()
        let page = CasePage(ticket: ticket, sends: try database.outbox(folio: ticket.folio).reversed(),
                            lastIncoming: try ticket.sender.flatMap { try database.lastIncoming(from: $0) },
                            entries: entries, areas: areas, csrf: context.sessions.session?.csrf ?? "", notice: notice, error: error,
                            now: Date())
        return ConsolePage.response(status: status, title: "Caso \(ticket.folio)", account: try context.staff,
                                    csrf: context.sessions.session?.csrf, current: "fila", body: page.body)
    }
}
