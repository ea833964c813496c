import FAQBot
import FAQStore
import Foundation

/// The queue: filters, then one row per case (folio, age, reason, priority, area, city, newest message).
struct QueuePage {
    /// The filters as the query string carries them (`estado`, `area`, `ciudad`, `motivo`, `prioridad`).
    struct Filters {
        var status: String
        var area: String?
        var city: String?
        var reason: String?
        var priority: String?

        init(query: [String: String]) {
            func value(_ name: String) -> String? {
                guard let text = query[name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty, text.count <= 100 else { return nil }
                return text
            }
            status = value("estado") ?? "pendientes"
            area = value("area")
            city = value("ciudad")
            reason = value("motivo").flatMap { StaffWording.reasons.contains($0) ? $0 : nil }
            priority = value("prioridad").flatMap { TicketPriority(spanishName: $0) != nil ? $0 : nil }
        }

        var queueFilter: QueueFilter {
            let statuses: [Ticket.Status]
            switch status {
            case "abierto": statuses = [.open]
            case "tomado": statuses = [.claimed]
            case "resuelto": statuses = [.resolved]
            case "todos": statuses = Ticket.Status.allCases
            default: statuses = [.open, .claimed]
            }
            return QueueFilter(statuses: statuses, area: area, city: city, reason: reason,
                               priority: priority.flatMap { TicketPriority(spanishName: $0)?.rawValue }, limit: 500)
        }

        var queryString: String {
            [("estado", status), ("area", area), ("ciudad", city), ("motivo", reason), ("prioridad", priority)]
                .compactMap { name, value in value.map { "\(name)=\(urlComponent($0))" } }.joined(separator: "&")
        }
    }

    let rows: [QueueRow]
    let filters: Filters
    let facets: (areas: [String], cities: [String], reasons: [String])
    let replyTarget: TimeInterval
    let now: Date

    var body: HTML {
        var page: HTML = "<h1>Fila de casos</h1>"
        page += "<form class=\"filtros\" method=\"get\" action=\"/\" aria-label=\"Filtros\">"
        page += select("estado", "Estado", [("pendientes", "Abiertos y tomados"), ("abierto", "Abiertos"), ("tomado", "Tomados"),
                                            ("resuelto", "Resueltos"), ("todos", "Todos")], filters.status, any: false)
        page += select("area", "Área", facets.areas.map { ($0, $0) }, filters.area)
        page += select("ciudad", "Ciudad", facets.cities.map { ($0, $0.capitalized) }, filters.city)
        page += select("motivo", "Motivo", StaffWording.reasons.map { ($0, StaffWording.reason($0)) }, filters.reason,
                       anyLabel: "Todos")
        page += select("prioridad", "Prioridad", TicketPriority.allCases.reversed().map { ($0.spanishName, $0.spanishName) },
                       filters.priority)
        page += "<button type=\"submit\">Filtrar</button></form>"
        page += "<p class=\"resumen\" id=\"resumen-fila\" aria-live=\"polite\">" + h("\(rows.count) caso(s)") + "</p>"
        page += "<div class=\"tabla\"><table id=\"fila\" data-actualizar=\"/fila/filas?" + h(filters.queryString) + "\">"
        page += "<caption class=\"oculto\">Casos de la fila</caption><thead><tr><th scope=\"col\">Folio</th><th scope=\"col\">Antigüedad</th>"
        page += "<th scope=\"col\">Prioridad</th><th scope=\"col\">Motivo</th><th scope=\"col\">Área</th><th scope=\"col\">Ciudad</th>"
        page += "<th scope=\"col\">Estado</th><th scope=\"col\">Último mensaje</th></tr></thead>"
        page += tableBody + "</table></div>"
        return page
    }

    /// The `<tbody>` alone: what the page's script fetches every few seconds.
    var tableBody: HTML {
        guard !rows.isEmpty else {
            return "<tbody><tr><td colspan=\"8\" class=\"vacio\">No hay casos con estos filtros.</td></tr></tbody>"
        }
        return "<tbody>" + HTML.join(rows.map(row)) + "</tbody>"
    }

    private func row(_ row: QueueRow) -> HTML {
        let ticket = row.ticket
        let age = now.timeIntervalSince(ticket.createdAt)
        let late = ticket.status != .resolved && row.staffReplyCount == 0 && age > replyTarget
        var html: HTML = "<tr class=\"prioridad-" + h(StaffWording.priority(ticket.priority)) + "\">"
        html += "<td><a href=\"/casos/" + h(urlComponent(ticket.folio)) + "\">" + h(ticket.folio) + "</a></td>"
        html += "<td class=\"" + (late ? "vencido" : "a-tiempo") + "\"" + (late ? " title=\"Sin respuesta después de la meta\"" : "") + ">"
            + h(StaffWording.age(age)) + (late ? " <span class=\"oculto\">(vencido)</span>" : "") + "</td>"
        html += "<td>" + h(StaffWording.priority(ticket.priority)) + "</td><td>" + h(StaffWording.reason(ticket.reason)) + "</td>"
        html += "<td>" + h(ticket.area) + "</td><td>" + h(ticket.city?.capitalized ?? "—") + "</td>"
        html += "<td>" + h(ticket.status.spanishName) + (ticket.assignee.map { " · " + h($0) } ?? "") + "</td>"
        let last = row.lastMessage.map { StaffWording.author($0.author) + ": " + String(($0.text ?? "(borrado)").prefix(120)) } ?? ""
        html += "<td class=\"mensaje\">" + h(last) + " <small>(" + h("\(row.messageCount)") + ")</small></td></tr>"
        return html
    }

    private func select(_ name: String, _ label: String, _ values: [(String, String)], _ selected: String?, any: Bool = true,
                        anyLabel: String = "Todas") -> HTML {
        var html: HTML = "<label for=\"filtro-" + h(name) + "\">" + h(label) + "</label><select id=\"filtro-" + h(name) + "\" name=\"" + h(name) + "\">"
        if any { html += "<option value=\"\">" + h(anyLabel) + "</option>" }
        html += ConsolePage.options(values.map { (value: $0.0, label: $0.1) }, selected: selected) + "</select>"
        return html
    }
}
