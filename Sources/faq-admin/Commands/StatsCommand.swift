import ArgumentParser
import FAQBot
import FAQStore
import Foundation

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Estadísticas: mensajes, respuestas, derivaciones, temas más consultados y lo que falta en el conocimiento."
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .customLong("since"), help: ArgumentHelp("Solo desde esta fecha (AAAA-MM-DD).", valueName: "FECHA"))
    var since: String?

    @Flag(help: "Salida en JSON.")
    var json = false

    func run() throws {
        try Terminal.run {
            var start: Date?
            if let since {
                let formatter = DateFormatter()
                formatter.dateFormat = "yyyy-MM-dd"
                formatter.timeZone = TimeZone(identifier: "America/Tijuana")
                guard let date = formatter.date(from: since) else {
                    throw ValidationError("Fecha no válida «\(since)»: use AAAA-MM-DD, p. ej. 2026-11-01.")
                }
                start = date
            }
            let stats = try database.open().statistics(since: start, limit: 10)
            if json {
                print(try Terminal.prettyJSON(stats))
                return
            }
            print("Mensajes\(since.map { " desde \($0)" } ?? ""): \(stats.messages) · respondidos al instante: "
                + "\(stats.answered) (\(String(format: "%.1f", stats.answeredShare * 100)) %) · casos abiertos: \(stats.openTickets)")
            func section(_ title: String, _ counts: [Statistics.Count], label: (String) -> String = { $0 }) {
                guard !counts.isEmpty else { return }
                print("\n\(title):")
                for count in counts { print("  \(String(format: "%5d", count.count))  \(label(count.label))") }
            }
            section("Por decisión", stats.byAction)
            section("Derivaciones por motivo", stats.handoffsByReason, label: StaffWording.reason)
            section("Derivaciones por área", stats.handoffsByArea)
            section("Derivaciones por ciudad", stats.handoffsByCity)
            section("Temas más respondidos", stats.topEntries)
            section("Preguntas sin respuesta más frecuentes (candidatas a nuevas entradas o variantes)", stats.topUnmatched)
            section("Quejas por semana", stats.complaintsPerWeek)
        }
    }
}
