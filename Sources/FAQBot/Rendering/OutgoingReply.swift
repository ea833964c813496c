import FAQStore

extension BotResult {
    /// The reply as the WhatsApp message to send, or `nil` when there is nothing to say (`silent`).
    ///
    /// A clarify between entries goes as an interactive list (one row per option, then "none of
    /// these"), whose rows come back as `list_reply` with the row's title, which the conversation
    /// reads as the pick; a list the Cloud API would refuse (too long a body, too many rows) goes as
    /// the plain text, which lists the options with numbers the user can type.
    ///
    /// - Parameter texts: the bot texts of the knowledge version (the list's button and last row).
    public func outgoingContent(texts: BotTexts) -> OutgoingContent? {
        guard !reply.isEmpty else { return nil }
        if decision.action == .clarify, !decision.optionRows.isEmpty {
            let rows = decision.optionRows.map { OutgoingList.Row(id: $0.id, title: $0.title) }
                + [OutgoingList.Row(id: ClarifyReply.noneRowID, title: texts.text(for: .listNone))]
            let list = OutgoingList(body: reply, button: texts.text(for: .listButton), rows: rows)
            if list.fitsLimits { return .list(list) }
        }
        return .text(reply)
    }
}
