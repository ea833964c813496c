import ArgumentParser
import FAQBot
import FAQStore
import Foundation

struct TicketCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ticket",
        abstract: "Muestra un caso completo: datos, conversación e historial."
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("Folio del caso, p. ej. PJBC-2026-000123.", valueName: "FOLIO"))
    var folio: String

    @Flag(help: "Salida en JSON.")
    var json = false

    func run() throws {
        try Terminal.run {
            let store = try database.open()
            guard let ticket = try store.ticket(folio: folio) else {
                throw StoreError.ticketNotFound(folio: folio)
            }
            let sends = try store.outbox(folio: ticket.folio).reversed()
            if json {
                print(try Terminal.prettyJSON(TicketDocument(ticket, outgoing: Array(sends))))
                return
            }
            let priority = StaffWording.priority(ticket.priority)
            print("Caso \(ticket.folio) · \(ticket.status.spanishName) · prioridad \(priority)")
            print("Motivo: \(StaffWording.reason(ticket.reason)) · área: \(ticket.area) · ciudad: \(ticket.city ?? "sin dato")")
            print("Remitente: \(ticket.sender ?? "(borrado)") · canal: \(ticket.channel ?? "sin dato")")
            print("Abierto: \(StaffWording.time(ticket.createdAt)) · actualizado: \(StaffWording.time(ticket.updatedAt))")
            if let assignee = ticket.assignee { print("Atiende: \(assignee)") }
            if ticket.caseNumber != nil || ticket.court != nil {
                print("Expediente: \(ticket.caseNumber ?? "sin dato") · juzgado: \(ticket.court ?? "sin dato")")
            }
            print("Confianza del bot: \(String(format: "%.2f", ticket.confidence))"
                + (ticket.candidates.isEmpty ? "" : " · temas considerados: " + ticket.candidates.map(\.entry).joined(separator: ", ")))
            if !ticket.evidence.isEmpty { print("Evidencia: \(ticket.evidence.joined(separator: ", "))") }
            print("\nConversación:")
            for message in ticket.messages {
                let author = StaffWording.author(message.author)
                print("  [\(StaffWording.time(message.at))] \(author): \(message.text ?? "(borrado)")")
            }
            if !sends.isEmpty {
                print("\nEnvíos por WhatsApp:")
                for row in sends {
                    var line = "  [\(StaffWording.time(row.createdAt))] \(row.origin) · \(row.status.spanishName)"
                    if let delivery = row.delivery { line += " · WhatsApp: \(delivery)" }
                    if row.status != .sent, let error = row.lastError { line += " — \(error)" }
                    if let error = row.deliveryError { line += " — \(error)" }
                    print(line)
                }
            }
            print("\nHistorial:")
            for event in ticket.events {
                print("  [\(StaffWording.time(event.at))] \(event.actor): \(StaffWording.action(event.action))" + (event.detail.map { " — \($0)" } ?? ""))
            }
        }
    }
}

struct ClaimCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "claim", abstract: "Toma un caso para atenderlo.")

    @OptionGroup var database: DatabaseOptions
    @Argument(help: ArgumentHelp("Folio del caso.", valueName: "FOLIO")) var folio: String
    @Option(name: .customLong("by"), help: ArgumentHelp("Quién lo toma.", valueName: "NOMBRE")) var person: String

    func run() throws {
        try Terminal.run {
            let ticket = try database.open().claim(folio: folio, by: person)
            print("\(ticket.folio) lo atiende \(person).")
        }
    }
}

struct ReplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reply",
        abstract: "Responde al usuario: faq-gateway la envía por WhatsApp desde el número al que escribió.",
        discussion: """
            El texto queda en la conversación del caso y en la bandeja de salida, en la misma transacción; \
            faq-gateway lo envía en uno o dos segundos. Si el usuario escribió por última vez hace más de 24 horas, \
            WhatsApp no permite texto libre: la respuesta espera a que vuelva a escribir (o se le envía la plantilla \
            configurada). Con --no-enviar solo se registra (la respuesta se envió por otro medio). \
            El caso sigue tomado hasta que se resuelva.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Argument(help: ArgumentHelp("Folio del caso.", valueName: "FOLIO")) var folio: String
    @Option(name: .customLong("by"), help: ArgumentHelp("Quién responde.", valueName: "NOMBRE")) var person: String
    @Argument(help: ArgumentHelp("La respuesta.", valueName: "TEXTO")) var text: String
    @Flag(name: .customLong("no-enviar"), help: "Solo registrarla: ya se envió por otro medio.") var recordOnly = false

    func run() throws {
        try Terminal.run {
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw ValidationError("La respuesta está vacía.")
            }
            let store = try database.open()
            let ticket = try store.reply(folio: folio, by: person, text: text, deliver: !recordOnly)
            guard !recordOnly else {
                print("Respuesta registrada en \(ticket.folio) (no se envía).")
                return
            }
            guard let sender = ticket.sender, let channel = ticket.channel else {
                print("Respuesta registrada en \(ticket.folio); el caso no tiene remitente o canal: no se puede enviar.")
                return
            }
            print("Respuesta registrada en \(ticket.folio); faq-gateway la envía desde el número de \(channel).")
            let last = try store.lastIncoming(from: sender)
            if last.map({ Date().timeIntervalSince($0) > 24 * 3600 }) ?? true {
                print("Aviso: el usuario escribió hace más de 24 horas; WhatsApp solo la entregará cuando vuelva a escribir.")
            }
        }
    }
}

struct ResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Cierra un caso: el bot vuelve a responder a ese usuario."
    )

    @OptionGroup var database: DatabaseOptions
    @Argument(help: ArgumentHelp("Folio del caso.", valueName: "FOLIO")) var folio: String
    @Option(name: .customLong("by"), help: ArgumentHelp("Quién lo cierra.", valueName: "NOMBRE")) var person = "personal"

    func run() throws {
        try Terminal.run {
            let ticket = try database.open().resolve(folio: folio, by: person)
            print("\(ticket.folio) resuelto.")
        }
    }
}

struct ReopenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reopen", abstract: "Reabre un caso resuelto.")

    @OptionGroup var database: DatabaseOptions
    @Argument(help: ArgumentHelp("Folio del caso.", valueName: "FOLIO")) var folio: String
    @Option(name: .customLong("by"), help: ArgumentHelp("Quién lo reabre.", valueName: "NOMBRE")) var person = "personal"

    func run() throws {
        try Terminal.run {
            let ticket = try database.open().reopen(folio: folio, by: person)
            print("\(ticket.folio) reabierto.")
        }
    }
}
