import ArgumentParser
import FAQBot
import FAQStore
import Foundation

struct QueueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "Muestra la fila de casos para el personal: los más urgentes y antiguos primero."
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .customLong("area"), help: ArgumentHelp("Solo esta área.", valueName: "ÁREA"))
    var area: String?

    @Option(name: .customLong("city"), help: ArgumentHelp("Solo esta ciudad.", valueName: "CIUDAD"))
    var city: String?

    @Option(name: .customLong("status"), help: ArgumentHelp("abierto, tomado o resuelto (por omisión, abiertos y tomados).",
                                                            valueName: "ESTADO"))
    var status: String?

    @Flag(help: "Salida en JSON.")
    var json = false

    func validate() throws {
        if let status, Ticket.Status(name: status) == nil {
            throw ValidationError("Estado desconocido «\(status)»: use abierto, tomado o resuelto.")
        }
    }

    func run() throws {
        try Terminal.run {
            let statuses = status.flatMap(Ticket.Status.init(name:)).map { [$0] } ?? [.open, .claimed]
            let rows = try database.open().queueRows(QueueFilter(statuses: statuses, area: area, city: city))
            if json {
                print(try Terminal.prettyJSON(rows.map(QueueRowDocument.init)))
                return
            }
            let tickets = rows.map(\.ticket)
            if tickets.isEmpty {
                print("No hay casos en la fila con esos filtros.")
                return
            }
            let now = Date()
            for ticket in tickets {
                let priority = StaffWording.priority(ticket.priority)
                print("\(ticket.folio)  \(priority.padding(toLength: 8, withPad: " ", startingAt: 0)) "
                    + "\(StaffWording.reason(ticket.reason).padding(toLength: 16, withPad: " ", startingAt: 0)) "
                    + "\(ticket.status.spanishName.padding(toLength: 9, withPad: " ", startingAt: 0)) "
                    + "hace \(StaffWording.age(now.timeIntervalSince(ticket.createdAt)).padding(toLength: 8, withPad: " ", startingAt: 0)) "
                    + "\(ticket.area) · \(ticket.city ?? "sin ciudad")"
                    + (ticket.assignee.map { " · atiende \($0)" } ?? ""))
            }
            print("\(tickets.count) caso(s).")
        }
    }
}
