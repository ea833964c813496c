import FAQBot
import FAQStore
import Foundation

/// What lawyers need, in pictures: traffic, the bot's share, handoffs by reason, area and city, staff
/// response times against their targets, top entries, top unmatched wordings (each with a way to
/// teach it) and complaints by area over time.
struct StatisticsPage {
    let title: String
    let statistics: Statistics
    let activity: ActivityReport
    /// The newest case of each unmatched wording, to teach from.
    let unmatchedFolios: [String: String]
    let replyTarget: TimeInterval
    let resolutionTarget: TimeInterval

    var firstReplies: [TimeInterval] { activity.timings.compactMap(\.firstReply) }
    var resolutions: [TimeInterval] { activity.timings.compactMap(\.resolution) }

    static func median(_ values: [TimeInterval]) -> TimeInterval? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    static func share(_ values: [TimeInterval], within target: TimeInterval) -> String {
        guard !values.isEmpty else { return "sin datos" }
        let within = values.filter { $0 <= target }.count
        return String(format: "%.0f %%", 100 * Double(within) / Double(values.count))
    }

    var summary: HTML {
        let cards: [(String, String, String)] = [
            ("Mensajes", SVGChart.number(Double(statistics.messages)), "en el periodo"),
            ("Respondidos por el bot", String(format: "%.0f %%", 100 * statistics.answeredShare), "\(statistics.answered) mensajes"),
            ("Casos abiertos ahora", "\(statistics.openTickets)", "abiertos o tomados"),
            ("Primera respuesta (mediana)", Self.median(firstReplies).map(StaffWording.age) ?? "sin datos",
             "meta \(StaffWording.age(replyTarget)) · \(Self.share(firstReplies, within: replyTarget)) a tiempo"),
            ("Resolución (mediana)", Self.median(resolutions).map(StaffWording.age) ?? "sin datos",
             "meta \(StaffWording.age(resolutionTarget)) · \(Self.share(resolutions, within: resolutionTarget)) a tiempo"),
        ]
        return "<ul class=\"tarjetas\">" + HTML.join(cards.map { name, value, note in
            "<li><span class=\"nombre\">" + h(name) + "</span><span class=\"cifra\">" + h(value) + "</span><span class=\"nota\">" + h(note) + "</span></li>"
        }) + "</ul>"
    }

    var charts: HTML {
        var html: HTML = ""
        let days = activity.days
        html += figure("Mensajes por día", ColumnChart(
            title: "Mensajes por día: respondidos por el bot, enviados a una persona y otros",
            labels: days.map { String($0.day.dropFirst(5)) },
            series: [("Respondidos", days.map { Double($0.answered) }), ("A una persona", days.map { Double($0.handedOff) }),
                     ("Otros", days.map { Double($0.messages - $0.answered - $0.handedOff) })]).svg(id: "grafica-dias"))
        let weeks = Dictionary(grouping: days) { Self.week(of: $0.day) }.sorted { $0.key < $1.key }
        html += figure("Mensajes por semana", ColumnChart(
            title: "Mensajes por semana", labels: weeks.map(\.key),
            series: [("Respondidos", weeks.map { Double($0.value.reduce(0) { $0 + $1.answered }) }),
                     ("A una persona", weeks.map { Double($0.value.reduce(0) { $0 + $1.handedOff }) })]).svg(id: "grafica-semanas"))
        html += "<div class=\"par\">"
        html += figure("Derivaciones por motivo", BarList(title: "Derivaciones a una persona por motivo",
                                                         rows: statistics.handoffsByReason.map { (StaffWording.reason($0.label), Double($0.count)) }).svg(id: "grafica-motivos"))
        html += figure("Derivaciones por área", BarList(title: "Derivaciones por área",
                                                       rows: statistics.handoffsByArea.map { ($0.label, Double($0.count)) }).svg(id: "grafica-areas", colour: 1))
        html += figure("Derivaciones por ciudad", BarList(title: "Derivaciones por ciudad",
                                                         rows: statistics.handoffsByCity.map { ($0.label.capitalized, Double($0.count)) }).svg(id: "grafica-ciudades", colour: 2))
        html += figure("Temas más consultados", BarList(title: "Entradas respondidas más veces",
                                                       rows: statistics.topEntries.map { ($0.label, Double($0.count)) }).svg(id: "grafica-entradas", colour: 3))
        html += figure("Primera respuesta del personal", BarList(
            title: "Mediana de la primera respuesta del personal por motivo, en minutos, contra la meta",
            rows: medianByReason(\.firstReply, unit: 60), format: { "\(SVGChart.number($0)) min" },
            target: (replyTarget / 60, "meta \(StaffWording.age(replyTarget))")).svg(id: "grafica-respuesta", colour: 4))
        html += figure("Resolución", BarList(
            title: "Mediana del tiempo de resolución por motivo, en horas, contra la meta",
            rows: medianByReason(\.resolution, unit: 3600), format: { "\(SVGChart.number($0)) h" },
            target: (resolutionTarget / 3600, "meta \(StaffWording.age(resolutionTarget))")).svg(id: "grafica-resolucion", colour: 5))
        html += "</div>"
        let complaintWeeks = Array(Set(activity.complaintsByAreaWeek.map(\.week))).sorted()
        let complaintAreas = Array(Set(activity.complaintsByAreaWeek.map(\.area))).sorted()
        html += figure("Quejas por área y semana", LineChart(
            title: "Quejas por área, semana a semana", labels: complaintWeeks.map(Self.spanishWeek),
            series: complaintAreas.map { area in
                (area, complaintWeeks.map { week in Double(activity.complaintsByAreaWeek.first { $0.week == week && $0.area == area }?.count ?? 0) })
            }).svg(id: "grafica-quejas"))
        return html
    }

    var unmatched: HTML {
        var html: HTML = "<section aria-labelledby=\"t-sin\"><h2 id=\"t-sin\">Preguntas sin respuesta más repetidas</h2>"
        guard !statistics.topUnmatched.isEmpty else { return html + "<p>No hubo preguntas sin respuesta en el periodo.</p></section>" }
        html += "<div class=\"tabla\"><table id=\"sin-respuesta\"><thead><tr><th scope=\"col\">Pregunta</th><th scope=\"col\">Veces</th><th scope=\"col\">Enseñar</th></tr></thead><tbody>"
        for row in statistics.topUnmatched {
            let teach: HTML = unmatchedFolios[row.label].map {
                "<a href=\"/casos/" + h(urlComponent($0)) + "#ensenar\">Enseñar desde " + h($0) + "</a>"
            } ?? "—"
            html += "<tr><td>" + h(row.label) + "</td><td>" + h("\(row.count)") + "</td><td>" + teach + "</td></tr>"
        }
        return html + "</tbody></table></div></section>"
    }

    /// Per handoff reason, the median of one duration of its tickets, in `unit` seconds.
    private func medianByReason(_ duration: KeyPath<ActivityReport.Timing, TimeInterval?>, unit: TimeInterval) -> [(label: String, value: Double)] {
        Dictionary(grouping: activity.timings, by: \.reason).compactMap { reason, timings -> (label: String, value: Double)? in
            Self.median(timings.compactMap { $0[keyPath: duration] }).map { (StaffWording.reason(reason), $0 / unit) }
        }.sorted { $0.label < $1.label }
    }

    private func figure(_ caption: String, _ svg: HTML) -> HTML {
        "<figure class=\"figura\"><figcaption>" + h(caption) + "</figcaption>" + svg + "</figure>"
    }

    /// An ISO week key of the store (`2026-W49`) as staff read it (`2026-S49`, semana).
    static func spanishWeek(_ key: String) -> String { key.replacingOccurrences(of: "-W", with: "-S") }

    static func week(of day: String) -> String {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = ISODate.courtsTimeZone
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: 12)) else { return day }
        let week = calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: date)
        return String(format: "%04d-S%02d", week.yearForWeekOfYear ?? 0, week.weekOfYear ?? 0)
    }
}
