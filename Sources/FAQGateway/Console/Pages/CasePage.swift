import FAQBot
import FAQStore
import Foundation

/// One case: its data, the whole conversation, what the bot considered, its WhatsApp sends, its
/// history, and the forms staff act with.
struct CasePage {
    let ticket: Ticket
    let sends: [OutboxMessage]
    /// When the lawyer last wrote (the 24-hour window runs from it).
    let lastIncoming: Date?
    let entries: [KnowledgeEntry]
    let areas: [String]
    let csrf: String
    let notice: String?
    let error: String?
    let now: Date

    var windowClosed: Bool {
        guard ticket.sender != nil else { return false }
        return lastIncoming.map { now.timeIntervalSince($0) > 24 * 3600 } ?? true
    }

    var body: HTML {
        var page: HTML = "<p><a href=\"/\">← Fila</a></p><h1>Caso " + h(ticket.folio) + "</h1>"
        if let notice { page += "<p class=\"aviso exito\" role=\"status\" id=\"aviso\">" + h(notice) + "</p>" }
        if let error { page += "<p class=\"aviso error\" role=\"alert\" id=\"error\">" + h(error) + "</p>" }
        page += "<div class=\"caso\"><section class=\"datos\" aria-labelledby=\"t-datos\"><h2 id=\"t-datos\">Datos</h2><dl>"
        let facts: [(String, String)] = [
            ("Estado", ticket.status.spanishName + (ticket.assignee.map { " · atiende " + $0 } ?? "")),
            ("Motivo", StaffWording.reason(ticket.reason)), ("Prioridad", StaffWording.priority(ticket.priority)),
            ("Área", ticket.area), ("Ciudad", ticket.city?.capitalized ?? "sin dato"),
            ("Expediente", ticket.caseNumber ?? "sin dato"), ("Juzgado", ticket.court ?? "sin dato"),
            ("Abierto", StaffWording.time(ticket.createdAt) + " (hace " + StaffWording.age(now.timeIntervalSince(ticket.createdAt)) + ")"),
            ("Canal", ticket.channel ?? "sin dato"),
            ("Confianza del bot", String(format: "%.2f", ticket.confidence)),
        ]
        for (label, value) in facts { page += "<dt>" + h(label) + "</dt><dd>" + h(value) + "</dd>" }
        page += "</dl>"
        if !ticket.candidates.isEmpty {
            page += "<h3>Temas que consideró el bot</h3><ol class=\"candidatos\">"
            for candidate in ticket.candidates {
                let question = entries.first { $0.id == candidate.entry }?.question ?? ""
                page += "<li><code>" + h(candidate.entry) + "</code> " + h(question) + " <span class=\"puntaje\">"
                    + h(String(format: "%.2f", candidate.score)) + "</span></li>"
            }
            page += "</ol>"
        }
        if !ticket.evidence.isEmpty {
            page += "<h3>Evidencia</h3><ul class=\"evidencia\">" + HTML.join(ticket.evidence.map { "<li>" + h($0) + "</li>" }) + "</ul>"
        }
        page += "</section>"
        page += conversation + "</div>"
        page += actions
        page += sendList
        page += history
        return page
    }

    private var conversation: HTML {
        var html: HTML = "<section class=\"conversacion\" aria-labelledby=\"t-conv\"><h2 id=\"t-conv\">Conversación</h2><ol id=\"mensajes\">"
        for message in ticket.messages {
            html += "<li class=\"de-" + h(message.author.rawValue) + "\"><span class=\"autor\">" + h(StaffWording.author(message.author))
                + "</span> <time>" + h(StaffWording.time(message.at)) + "</time><p>" + h(message.text ?? "(borrado por privacidad)") + "</p></li>"
        }
        return html + "</ol></section>"
    }

    private var actions: HTML {
        let folioPath = "/casos/" + urlComponent(ticket.folio)
        var html: HTML = "<section class=\"acciones\" aria-labelledby=\"t-acciones\"><h2 id=\"t-acciones\">Acciones</h2>"
        if ticket.status == .resolved {
            html += form(folioPath + "/reabrir", id: "form-reabrir", "<button type=\"submit\">Reabrir</button>")
        } else {
            if ticket.status == .open {
                html += form(folioPath + "/tomar", id: "form-tomar", "<button type=\"submit\">Tomar el caso</button>")
            }
            var reply: HTML = "<label for=\"texto-respuesta\">Respuesta al usuario (se envía por WhatsApp)</label>"
            if windowClosed {
                reply += "<p class=\"aviso advertencia\" role=\"alert\" id=\"ventana-cerrada\">El usuario escribió hace más de 24 horas: "
                    + "WhatsApp no permite texto libre. La respuesta esperará a que vuelva a escribir (o se le enviará la plantilla configurada).</p>"
            }
            reply += "<textarea id=\"texto-respuesta\" name=\"texto\" rows=\"4\" required maxlength=\"4000\"></textarea>"
            reply += "<button type=\"submit\">Responder</button>"
            html += form(folioPath + "/responder", id: "form-responder", reply)
            html += form(folioPath + "/resolver", id: "form-resolver", "<button type=\"submit\">Resolver</button>")
            var transfer: HTML = "<label for=\"area-destino\">Transferir a otra área</label><input id=\"area-destino\" name=\"area\" list=\"areas\" required>"
            transfer += "<datalist id=\"areas\">" + HTML.join(areas.map { "<option value=\"" + h($0) + "\">" }) + "</datalist>"
            transfer += "<button type=\"submit\">Transferir</button>"
            html += form(folioPath + "/transferir", id: "form-transferir", transfer)
        }
        var note: HTML = "<label for=\"texto-nota\">Nota interna (el usuario no la ve)</label>"
        note += "<textarea id=\"texto-nota\" name=\"texto\" rows=\"2\" required maxlength=\"2000\"></textarea><button type=\"submit\">Guardar nota</button>"
        html += form(folioPath + "/nota", id: "form-nota", note)
        let wording = ticket.messages.first { $0.author == .user }?.text
        if let wording {
            var teach: HTML = "<p>Enseñar: «" + h(String(wording.prefix(200))) + "» será una variante de la entrada elegida.</p>"
            teach += "<label for=\"entrada\">Entrada (escriba para buscar)</label><input id=\"entrada\" name=\"entrada\" list=\"entradas\" required autocomplete=\"off\">"
            teach += "<datalist id=\"entradas\">" + HTML.join(entries.map {
                "<option value=\"" + h($0.id) + "\">" + h($0.question) + "</option>"
            }) + "</datalist><button type=\"submit\">Enseñar</button>"
            html += "<div id=\"ensenar\">" + form(folioPath + "/ensenar", id: "form-ensenar", teach) + "</div>"
        }
        return html + "</section>"
    }

    private var sendList: HTML {
        guard !sends.isEmpty else { return "" }
        var html: HTML = "<section aria-labelledby=\"t-envios\"><h2 id=\"t-envios\">Envíos por WhatsApp</h2><div class=\"tabla\"><table id=\"envios\">"
        html += "<thead><tr><th scope=\"col\">Creado</th><th scope=\"col\">Origen</th><th scope=\"col\">Estado</th><th scope=\"col\">WhatsApp</th><th scope=\"col\">Error</th></tr></thead><tbody>"
        for send in sends {
            let failed = send.status == .failed || send.delivery == "failed"
            html += "<tr" + (failed ? " class=\"fallido\"" : "") + "><td>" + h(StaffWording.time(send.createdAt)) + "</td><td>" + h(send.origin)
                + "</td><td>" + h(send.status.spanishName) + "</td><td>" + h(send.delivery.map(StaffWording.delivery) ?? "—")
                + "</td><td>" + h(send.deliveryError ?? (send.status == .sent ? nil : send.lastError) ?? "") + "</td></tr>"
        }
        return html + "</tbody></table></div></section>"
    }

    private var history: HTML {
        var html: HTML = "<section aria-labelledby=\"t-historial\"><h2 id=\"t-historial\">Historial</h2><ol class=\"historial\">"
        for event in ticket.events {
            html += "<li><time>" + h(StaffWording.time(event.at)) + "</time> <strong>" + h(event.actor) + "</strong> "
                + h(StaffWording.action(event.action)) + (event.detail.map { " — " + h(event.action == "opened" ? StaffWording.reason($0) : $0) } ?? "") + "</li>"
        }
        return html + "</ol></section>"
    }

    private func form(_ action: String, id: String, _ content: HTML) -> HTML {
        "<form method=\"post\" action=\"" + h(action) + "\" id=\"" + h(id) + "\">" + ConsolePage.csrfField(csrf) + content + "</form>"
    }
}
