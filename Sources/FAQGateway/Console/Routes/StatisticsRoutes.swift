import FAQBot
import FAQStore
import Foundation
import Hummingbird

/// `GET /estadisticas?dias=30` and `GET /estadisticas/mensual?mes=2026-12` (the printable monthly report).
struct StatisticsRoutes: Sendable {
    let database: FAQDatabase
    let configuration: ConsoleConfiguration

    func add(to group: RouterGroup<ConsoleRequestContext>) {
        group.get("/estadisticas") { request, context in
            let days = request.uri.queryParameters["dias"].flatMap { Int($0) }.map { min(max($0, 1), 366) } ?? 30
            let now = Date()
            let since = now.addingTimeInterval(-Double(days) * 86_400)
            let page = try page(title: "Últimos \(days) días", since: since, until: now)
            var body: HTML = "<h1>Estadísticas</h1><form class=\"filtros\" method=\"get\" action=\"/estadisticas\">"
            body += "<label for=\"dias\">Periodo</label><select id=\"dias\" name=\"dias\">"
                + ConsolePage.options([("7", "7 días"), ("30", "30 días"), ("90", "90 días"), ("365", "un año")], selected: String(days))
                + "</select><button type=\"submit\">Ver</button></form>"
            body += "<p><a href=\"/estadisticas/mensual?mes=" + h(Self.monthKey(now)) + "\" id=\"informe-mensual\">Informe mensual para imprimir</a></p>"
            body += page.summary + page.charts + page.unmatched
            return ConsolePage.response(title: "Estadísticas", account: try context.staff, csrf: context.sessions.session?.csrf,
                                        current: "estadisticas", body: body)
        }
        group.get("/estadisticas/mensual") { request, context in
            let key = request.uri.queryParameters["mes"].map(String.init) ?? Self.monthKey(Date())
            guard let (start, end) = Self.month(key) else {
                return ConsolePage.message(status: .badRequest, title: "Mes no válido",
                                           text: "Escriba el mes como AAAA-MM, por ejemplo 2026-12.", account: context.account)
            }
            let page = try page(title: key, since: start, until: end)
            var body: HTML = "<h1>Informe mensual del CHAT PJBC · " + h(Self.monthName(start)) + "</h1>"
            body += "<p class=\"no-imprimir\"><a href=\"/estadisticas\">← Estadísticas</a> · Use «Imprimir» del navegador para guardarlo en PDF.</p>"
            body += page.summary + page.charts + page.unmatched
            body += "<p class=\"pie\">Generado el " + h(StaffWording.time(Date())) + " (hora de Baja California).</p>"
            return ConsolePage.response(title: "Informe \(key)", account: try context.staff, csrf: context.sessions.session?.csrf,
                                        printable: true, body: body)
        }
    }

    private func page(title: String, since: Date, until: Date) throws -> StatisticsPage {
        let statistics = try database.statistics(since: since, limit: 10)
        var folios: [String: String] = [:]
        for row in statistics.topUnmatched { folios[row.label] = try database.latestFolio(forWording: row.label) }
        return StatisticsPage(title: title, statistics: statistics, activity: try database.activity(since: since, until: until),
                              unmatchedFolios: folios, replyTarget: configuration.replyTarget,
                              resolutionTarget: configuration.resolutionTarget)
    }

    static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = ISODate.courtsTimeZone
        return calendar
    }

    static func monthKey(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month], from: date)
        return String(format: "%04d-%02d", parts.year ?? 0, parts.month ?? 0)
    }

    /// The first instant of the month `yyyy-MM` and of the next one.
    static func month(_ key: String) -> (Date, Date)? {
        let parts = key.split(separator: "-").compactMap { Int($0) }
        guard key.count == 7, parts.count == 2, (2000...2100).contains(parts[0]), (1...12).contains(parts[1]),
              let start = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: 1)),
              let end = calendar.date(byAdding: .month, value: 1, to: start) else { return nil }
        return (start, end)
    }

    static func monthName(_ date: Date) -> String {
        let names = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
        let parts = calendar.dateComponents([.year, .month], from: date)
        return "\(names[((parts.month ?? 1) - 1) % 12]) de \(parts.year ?? 0)"
    }
}
