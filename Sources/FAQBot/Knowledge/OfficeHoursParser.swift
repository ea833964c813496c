import FAQStore
import Foundation

/// Parses `Knowledge/horario.md` (see `OfficeHours`), with line-numbered Spanish diagnostics.
///
/// ```markdown
/// ## Zona horaria
/// - America/Tijuana (hora de Baja California)
///
/// ## Horario
/// - lunes a viernes: 8:00 a 15:00
/// - sábado: 9:00 a 13:00
///
/// ## Días inhábiles
/// - 2026-12-25 Navidad
/// - 2026-12-21 a 2027-01-01 vacaciones de invierno
/// ```
///
/// Only `- ` lines are read; everything else is explanation for staff. The value is `nil` while no
/// weekday has hours (the shipped file, until staff fill it in): replies then say nothing of hours.
public struct OfficeHoursParser: Sendable {
    /// Creates a parser.
    public init() {}

    private enum Section {
        case timeZone, week, closures
    }

    private static let weekdays: [String: OfficeHours.Weekday] = [
        "lunes": .monday, "martes": .tuesday, "miercoles": .wednesday, "jueves": .thursday, "viernes": .friday,
        "sabado": .saturday, "domingo": .sunday,
    ]

    /// Parses the contents of `horario.md`.
    ///
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - file: the name diagnostics show.
    /// - Returns: the office hours (`nil` when no weekday has hours) and every problem found.
    public func parse(_ text: String, file: String) -> ParseResult<OfficeHours?> {
        var diagnostics: [KnowledgeDiagnostic] = []
        var section: Section?
        var zone: (identifier: String, label: String, line: Int)?
        var week: [OfficeHours.Weekday: (spans: [OfficeHours.Span], line: Int)] = [:]
        var closures: [OfficeHours.Closure] = []

        func error(_ line: Int, _ message: String) {
            diagnostics.append(KnowledgeDiagnostic(file: file, line: line, severity: .error, message: message))
        }

        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, raw) in lines.enumerated() {
            let number = offset + 1
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("## ") {
                switch TextNormalization.folded(String(line.dropFirst(3))) {
                case "zona horaria": section = .timeZone
                case "horario", "horarios", "horario de atencion": section = .week
                case "dias inhabiles", "dias no laborables": section = .closures
                default:
                    error(number, "sección desconocida «\(line.dropFirst(3))»; use «## Zona horaria», «## Horario» o «## Días inhábiles»")
                    section = nil
                }
                continue
            }
            guard line.hasPrefix("- ") else { continue }
            let item = line.dropFirst(2).trimmingCharacters(in: .whitespaces)
            switch section {
            case .timeZone:
                if let zone {
                    error(number, "la zona horaria ya se indicó en la línea \(zone.line); deje una sola")
                    continue
                }
                let identifier = String(item.prefix { !$0.isWhitespace && $0 != "(" })
                var label = item.dropFirst(identifier.count).trimmingCharacters(in: .whitespaces)
                if label.hasPrefix("(") && label.hasSuffix(")") { label = String(label.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces) }
                guard TimeZone(identifier: identifier) != nil else {
                    error(number, "zona horaria desconocida «\(identifier)»; escriba su nombre de la base de zonas horarias, como America/Tijuana")
                    continue
                }
                zone = (identifier, label.isEmpty ? identifier : label, number)
            case .week:
                guard let colon = item.firstIndex(of: ":"), let days = weekdays(item[..<colon], line: number, error: error),
                      let spans = spans(item[item.index(after: colon)...], line: number, error: error) else { continue }
                for day in days {
                    if let earlier = week[day] {
                        error(number, "el \(day.spanishName) ya tiene horario en la línea \(earlier.line); escriba todas sus horas en un solo renglón, p. ej. «\(day.spanishName): 8:00 a 14:00, 16:00 a 18:00»")
                    } else {
                        week[day] = (spans, number)
                    }
                }
            case .closures:
                if let closure = closure(item, line: number, error: error) { closures.append(closure) }
            case nil:
                error(number, "este renglón no está en ninguna sección; póngalo bajo «## Zona horaria», «## Horario» o «## Días inhábiles»")
            }
        }
        guard !week.isEmpty else { return ParseResult(value: nil, diagnostics: diagnostics) }
        let hours = OfficeHours(timeZoneIdentifier: zone?.identifier ?? OfficeHours.defaultTimeZone,
                                timeZoneLabel: zone?.label ?? "hora de Baja California",
                                week: week.mapValues(\.spans), closures: closures)
        return ParseResult(value: hours, diagnostics: diagnostics)
    }

    /// "lunes a viernes", "lunes, miércoles y viernes", "sábado".
    private func weekdays(_ text: Substring, line: Int, error: (Int, String) -> Void) -> [OfficeHours.Weekday]? {
        let folded = TextNormalization.folded(String(text))
        var days: [OfficeHours.Weekday] = []
        let parts = folded.replacingOccurrences(of: " y ", with: ",").split(separator: ",")
        for part in parts {
            let words = part.split(separator: " ").map(String.init)
            if words.count == 3, words[1] == "a", let first = Self.weekdays[words[0]], let last = Self.weekdays[words[2]] {
                guard first.mondayFirstIndex <= last.mondayFirstIndex else {
                    error(line, "«\(words[0]) a \(words[2])»: escriba los días de lunes a domingo, p. ej. «lunes a viernes»")
                    return nil
                }
                days += OfficeHours.Weekday.mondayFirst[first.mondayFirstIndex...last.mondayFirstIndex]
            } else if words.count == 1, let day = Self.weekdays[words[0]] {
                days.append(day)
            } else {
                error(line, "no reconozco los días «\(part.trimmingCharacters(in: .whitespaces))»; escriba p. ej. «- lunes a viernes: 8:00 a 15:00»")
                return nil
            }
        }
        guard !days.isEmpty else {
            error(line, "faltan los días antes de «:»; escriba p. ej. «- lunes a viernes: 8:00 a 15:00»")
            return nil
        }
        return days
    }

    /// "8:00 a 15:00", "8:00 a 14:00, 16:00 a 18:00".
    private func spans(_ text: Substring, line: Int, error: (Int, String) -> Void) -> [OfficeHours.Span]? {
        var spans: [OfficeHours.Span] = []
        for part in text.split(separator: ",") {
            let words = part.split(separator: " ").map(String.init)
            guard words.count == 3, words[1] == "a" else {
                error(line, "no reconozco el horario «\(part.trimmingCharacters(in: .whitespaces))»; escriba p. ej. «8:00 a 15:00»")
                return nil
            }
            guard let start = Self.minutes(words[0]), let end = Self.minutes(words[2]) else {
                error(line, "hora no válida en «\(part.trimmingCharacters(in: .whitespaces))»; escriba horas de 0:00 a 24:00, p. ej. «8:00» o «15:30»")
                return nil
            }
            guard start < end else {
                error(line, "el horario «\(part.trimmingCharacters(in: .whitespaces))» termina antes de empezar; escriba las horas en formato de 24 horas, p. ej. «9:00 a 19:00»")
                return nil
            }
            if let overlap = spans.first(where: { $0.start < end && start < $0.end }) {
                error(line, "los horarios «\(OfficeHoursText.clock(overlap.start)) a \(OfficeHoursText.clock(overlap.end))» y «\(words[0]) a \(words[2])» se enciman; corrija una de las dos o júntelas en una sola, p. ej. «8:00 a 13:00»")
                return nil
            }
            spans.append(OfficeHours.Span(start: start, end: end))
        }
        guard !spans.isEmpty else {
            error(line, "falta el horario después de «:»; escriba p. ej. «8:00 a 15:00»")
            return nil
        }
        return spans
    }

    /// "8:00" → 480; "8" → 480; "24:00" → 1440.
    static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let hour = Int(parts[0]), parts[0].count <= 2 else { return nil }
        let minute = parts.count == 2 ? (parts[1].count == 2 ? Int(parts[1]) : nil) : 0
        guard let minute, (0...24).contains(hour), (0...59).contains(minute), hour < 24 || minute == 0 else { return nil }
        return hour * 60 + minute
    }

    /// "2026-12-25 Navidad", "2026-12-21 a 2027-01-01 vacaciones".
    private func closure(_ item: String, line: Int, error: (Int, String) -> Void) -> OfficeHours.Closure? {
        let words = item.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let firstWord = words.first, let first = Self.day(firstWord) else {
            error(line, "fecha no válida «\(words.first ?? "")»; escriba AAAA-MM-DD, p. ej. «- 2026-12-25 Navidad» o «- 2026-12-21 a 2027-01-01 vacaciones»")
            return nil
        }
        var last = first
        var rest = words.dropFirst()
        if rest.first == "a", rest.count >= 2, let end = Self.day(rest[rest.startIndex + 1]) {
            guard first <= end else {
                error(line, "el periodo «\(firstWord) a \(rest[rest.startIndex + 1])» termina antes de empezar; escriba primero la fecha en que empieza")
                return nil
            }
            last = end
            rest = rest.dropFirst(2)
        }
        let name = rest.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " :-–"))
        return OfficeHours.Closure(first: first, last: last, name: name.isEmpty ? nil : name)
    }

    /// A real calendar day written `AAAA-MM-DD` (the Gregorian calendar says whether it exists).
    static func day(_ text: String) -> OfficeHours.Day? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              DateComponents(year: year, month: month, day: day).isValidDate(in: Calendar(identifier: .gregorian))
        else { return nil }
        return OfficeHours.Day(year: year, month: month, day: day)
    }
}
