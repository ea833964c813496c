extension StringProtocol {
    /// The text without leading and trailing whitespace (spaces, tabs, line breaks).
    var trimmingWhitespace: String {
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
