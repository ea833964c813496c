import Foundation

/// A compiled `NSRegularExpression` (ICU syntax, with look-behind) for the fixed patterns of the formatter.
///
/// `NSRegularExpression` is immutable and documented as thread-safe; the wrapper states that
/// for Swift 6 on every platform, whether or not the SDK marks the class `Sendable`.
struct CompiledRegex: @unchecked Sendable {
    private let expression: NSRegularExpression
    /// Literal texts one of which every match contains: without any of them, the
    /// expression is not run at all (most lines have no Markdown).
    private let triggers: [[UInt8]]

    /// Compiles a built-in pattern; an invalid one is a programming error.
    ///
    /// - Parameter triggers: literal texts one of which every match must contain (none: always run).
    init(_ pattern: String, options: NSRegularExpression.Options = [], triggers: [String] = []) {
        self.triggers = triggers.map { Array($0.utf8) }
        do {
            expression = try NSRegularExpression(pattern: pattern, options: options)
        } catch {
            preconditionFailure("invalid built-in pattern \(pattern): \(error)")
        }
    }

    /// Replaces every match; `transform` receives the whole match and its groups (`""` when a group did not match).
    func replacingMatches(in text: String, _ transform: ([String]) -> String) -> String {
        if !triggers.isEmpty, !triggers.contains(where: { text.utf8.contains($0) }) { return text }
        let source = text as NSString
        var output = ""
        var last = 0
        for match in expression.matches(in: text, range: NSRange(location: 0, length: source.length)) {
            output += source.substring(with: NSRange(location: last, length: match.range.location - last))
            let groups = (0..<match.numberOfRanges).map { group -> String in
                let range = match.range(at: group)
                return range.location == NSNotFound ? "" : source.substring(with: range)
            }
            output += transform(groups)
            last = match.range.location + match.range.length
        }
        return output + source.substring(from: last)
    }

    /// The text with every match removed.
    func removingMatches(in text: String) -> String {
        replacingMatches(in: text) { _ in "" }
    }
}
