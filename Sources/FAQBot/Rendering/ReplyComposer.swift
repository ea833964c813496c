import FAQStore

/// Writes the text the user receives for a decision, in WhatsApp formatting,
/// from the entry's answer or the bot's own texts (`Knowledge/textos.md`).
struct ReplyComposer: Sendable {
    let texts: BotTexts
    /// The knowledge version's rendered answers, shared by every message on that version.
    let renderedAnswers: RenderedAnswers
    /// When staff attend; `nil` when `horario.md` gives no hours (handoffs then say nothing of hours).
    var officeHours: OfficeHours? = nil
    private let formatter = WhatsAppFormatter()

    /// The answer of an entry, rendered and cut to WhatsApp's limit.
    func answer(_ entry: KnowledgeEntry) -> String {
        renderedAnswers.text(for: entry.id) { formatter.truncated(formatter.render(entry.answer)) }
    }

    /// The clarify prompt with the options numbered.
    func clarify(_ rows: [Decision.OptionRow]) -> String {
        let list = rows.enumerated().map { "\($0.offset + 1). \($0.element.title)" }.joined(separator: "\n")
        return texts.text(for: .clarify, ["opciones": list])
    }

    func handoff(_ reason: Decision.Reason, area: String) -> String {
        let key: BotTexts.Key
        switch reason {
        case .complaint: key = .handoffComplaint
        case .requested: key = .handoffRequested
        case .case: key = .handoffCase
        case .suggestion: key = .handoffSuggestion
        default: key = .handoffUnmatched
        }
        return texts.text(for: key, ["area": area])
    }

    /// The out-of-hours notice for a handoff at `date`, or `nil` while staff attend (or when no hours
    /// are configured, or none come within a year).
    func afterHoursNotice(at date: Date) -> String? {
        guard let hours = officeHours, !hours.isOpen(at: date), let next = hours.nextOpening(after: date) else { return nil }
        let text = OfficeHoursText(hours)
        return texts.text(for: .afterHours, ["horario": text.summary, "zona": hours.timeZoneLabel,
                                            "cuando": text.when(next, from: date)])
    }

    func smallTalk(_ kind: DetectionResult.SmallTalk) -> String {
        switch kind {
        case .greeting: return texts.text(for: .greeting)
        case .thanks: return texts.text(for: .thanks)
        case .goodbye: return texts.text(for: .goodbye)
        }
    }

    var emptyMessage: String { texts.text(for: .emptyMessage) }

    /// The short title of an entry for lists: its `título`, or its question shortened to 24 characters.
    static func title(of entry: KnowledgeEntry) -> String {
        if let title = entry.title, !title.isEmpty { return String(title.prefix(24)) }
        let question = entry.question.trimmingCharacters(in: CharacterSet(charactersIn: "¿?¡! "))
        guard question.count > 24 else { return question }
        var title = ""
        for word in question.split(separator: " ") {
            let candidate = title.isEmpty ? String(word) : title + " " + word
            if candidate.count > 23 { break }
            title = candidate
        }
        return (title.isEmpty ? String(question.prefix(23)) : title) + "…"
    }
}

import Foundation
