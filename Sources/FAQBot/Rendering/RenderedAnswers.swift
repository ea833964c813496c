import Synchronization

/// The answers of one knowledge version already rendered for WhatsApp, filled
/// as entries are first answered: rendering Markdown costs more than the rest
/// of a decision, and an answer's text only changes with a new import.
final class RenderedAnswers: Sendable {
    private let rendered = Mutex<[String: String]>([:])

    /// The cached text for `entryID`, or `render()`'s result, cached.
    func text(for entryID: String, render: () -> String) -> String {
        if let text = rendered.withLock({ $0[entryID] }) { return text }
        let text = render()
        rendered.withLock { $0[entryID] = text }
        return text
    }
}
