import FAQStore
import Foundation

/// The Spanish words staff see for the queue's machine values, the same in `faq-admin` and the console.
///
/// ```swift
/// StaffWording.reason("complaint")     // "queja"
/// StaffWording.action("transferred")   // "transfirió el caso"
/// StaffWording.priority(3)             // "alta"
/// StaffWording.age(5 * 3600)           // "5 h"
/// ```
public enum StaffWording {
    /// The handoff reason: `unmatched`, `complaint`, `requested`, `case`, `suggestion`.
    public static func reason(_ reason: String) -> String {
        switch reason {
        case "unmatched": return "sin respuesta"
        case "complaint": return "queja"
        case "requested": return "pide persona"
        case "case": return "asunto particular"
        case "suggestion": return "sugerencia"
        default: return reason
        }
    }

    /// The reasons in the order a filter lists them.
    public static let reasons = ["complaint", "case", "requested", "unmatched", "suggestion"]

    /// A history event's or an audit record's action.
    public static func action(_ action: String) -> String {
        switch action {
        case "opened": return "abrió el caso"
        case "message": return "nuevo mensaje"
        case "claimed": return "tomó el caso"
        case "replied": return "respondió"
        case "resolved": return "resolvió el caso"
        case "reopened": return "reabrió el caso"
        case "taught": return "enseñó una variante"
        case "transferred": return "transfirió el caso"
        case "noted": return "nota interna"
        case "login": return "inició sesión"
        case "login_failed": return "intento de acceso fallido"
        case "login_locked": return "cuenta bloqueada por intentos fallidos"
        case "logout": return "cerró sesión"
        case "published": return "publicó el conocimiento"
        case "staff_added": return "creó la cuenta"
        case "staff_disabled": return "desactivó la cuenta"
        case "staff_enabled": return "reactivó la cuenta"
        case "password_changed": return "cambió la contraseña"
        default: return action
        }
    }

    /// The priority's word (`baja`, `normal`, `media`, `alta`, `urgente`), as `chat --json` says it.
    public static func priority(_ value: Int) -> String {
        TicketPriority(rawValue: value)?.spanishName ?? String(value)
    }

    /// Who wrote a message.
    public static func author(_ author: Ticket.Message.Author) -> String {
        switch author {
        case .user: return "Usuario"
        case .staff: return "Personal"
        case .bot: return "Bot"
        }
    }

    /// A date and time in the courts' zone, `2026-12-07 09:15`, as staff read it everywhere.
    public static func time(_ date: Date) -> String {
        date.formatted(timeStyle)
    }

    private static let timeStyle = Date.VerbatimFormatStyle(
        format: "\(year: .defaultDigits)-\(month: .twoDigits)-\(day: .twoDigits) \(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased)):\(minute: .twoDigits)",
        timeZone: ISODate.courtsTimeZone, calendar: Calendar(identifier: .gregorian))

    /// An age in words: `35 min`, `5 h`, `3 días`.
    public static func age(_ seconds: TimeInterval) -> String {
        let minutes = max(0, Int(seconds / 60))
        if minutes < 60 { return "\(minutes) min" }
        if minutes < 60 * 48 { return "\(minutes / 60) h" }
        return "\(minutes / (60 * 24)) días"
    }

    /// A WhatsApp send's status.
    public static func delivery(_ status: String) -> String {
        switch status {
        case "sent": return "enviado"
        case "delivered": return "entregado"
        case "read": return "leído"
        case "failed": return "falló"
        default: return status
        }
    }
}
