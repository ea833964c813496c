import FAQBot
import FAQStore
import Foundation
import Hummingbird

/// `GET /historial`: every staff action, who and when, newest first (logins, accounts, knowledge, cases).
struct HistoryRoutes: Sendable {
    let database: FAQDatabase

    func add(to group: RouterGroup<ConsoleRequestContext>) {
        group.get("/historial") { _, context in
            var body: HTML = "<h1>Historial de acciones del personal</h1><div class=\"tabla\"><table id=\"auditoria\">"
            body += "<thead><tr><th scope=\"col\">Cuándo</th><th scope=\"col\">Quién</th><th scope=\"col\">Qué</th><th scope=\"col\">Caso</th><th scope=\"col\">Detalle</th></tr></thead><tbody>"
            for record in try database.auditTrail(limit: 300) {
                let folio: HTML = record.folio.map { "<a href=\"/casos/" + h(urlComponent($0)) + "\">" + h($0) + "</a>" } ?? ""
                let detail = record.action == "replied" ? (record.detail.map { String($0.prefix(80)) } ?? "") : (record.detail ?? "")
                body += "<tr><td>" + h(StaffWording.time(record.at)) + "</td><td>" + h(record.actor) + "</td><td>" + h(StaffWording.action(record.action))
                    + "</td><td>" + folio + "</td><td>" + h(detail) + "</td></tr>"
            }
            body += "</tbody></table></div>"
            return ConsolePage.response(title: "Historial", account: try context.staff, csrf: context.sessions.session?.csrf,
                                        current: "historial", body: body)
        }
    }
}
