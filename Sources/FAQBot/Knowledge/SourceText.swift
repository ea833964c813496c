/// A knowledge file split into lines, keeping every byte so it can be put back together.
///
/// Handles `\n`, `\r\n` and lone `\r` endings and a leading UTF-8 byte-order mark.
struct SourceText: Sendable {
    /// `true` when the text started with U+FEFF (not part of line 1's text).
    let hasByteOrderMark: Bool
    /// The lines; an empty text has none, and a final line ending does not start a new line.
    let lines: [SourceLine]

    init(_ text: String) {
        var scalars = Substring(text).unicodeScalars
        hasByteOrderMark = scalars.first == "\u{FEFF}"
        if hasByteOrderMark { scalars.removeFirst() }

        var lines: [SourceLine] = []
        var current = String.UnicodeScalarView()
        var index = scalars.startIndex
        func finish(_ terminator: String) {
            lines.append(SourceLine(number: lines.count + 1, text: String(current), terminator: terminator))
            current = String.UnicodeScalarView()
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar == "\n" {
                finish("\n")
            } else if scalar == "\r" {
                if next < scalars.endIndex, scalars[next] == "\n" {
                    finish("\r\n")
                    index = scalars.index(after: next)
                    continue
                }
                finish("\r")
            } else {
                current.append(scalar)
            }
            index = next
        }
        if !current.isEmpty { finish("") }
        self.lines = lines
    }

    /// The line ending to use for new lines: the first one in the file, or `"\n"`.
    var preferredTerminator: String {
        lines.first { !$0.terminator.isEmpty }?.terminator ?? "\n"
    }

    /// Puts lines (possibly edited) back together, with the byte-order mark if the file had one.
    func joined(_ lines: [SourceLine]) -> String {
        (hasByteOrderMark ? "\u{FEFF}" : "") + lines.map { $0.text + $0.terminator }.joined()
    }
}
