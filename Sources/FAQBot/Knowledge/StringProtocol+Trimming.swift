extension StringProtocol {
    /// The text without leading and trailing whitespace (spaces, tabs, line breaks).
    var trimmingWhitespace: String {
        // Nothing to trim when both ends are visible ASCII (`!`…`~`): the first character then starts
        // with a non-whitespace scalar, and so does the last one (no scalar joins such a byte to a
        // preceding whitespace in one character).
        if let first = unicodeScalars.first, let last = unicodeScalars.last,
           (0x21...0x7E).contains(first.value), (0x21...0x7E).contains(last.value) {
            return String(self)
        }
        guard let start = firstIndex(where: { !$0.isWhitespace }),
              let end = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[start...end])
    }

    /// The text without trailing spaces and tabs.
    var trimmedTrailingWhitespace: String {
        guard let end = lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(self[...end])
    }
}
