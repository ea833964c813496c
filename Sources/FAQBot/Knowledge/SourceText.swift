/// A knowledge file split into lines, keeping every byte so it can be put back together.
///
/// Handles `\n`, `\r\n` and lone `\r` endings and a leading UTF-8 byte-order mark.
struct SourceText: Sendable {
    /// `true` when the text started with U+FEFF (not part of line 1's text).
    let hasByteOrderMark: Bool
    /// The lines; an empty text has none, and a final line ending does not start a new line.
    let lines: [SourceLine]

    init(_ text: String) {
        // Works on the UTF-8 bytes: CR and LF are single bytes that never occur inside a multi-byte
        // sequence, so each line is a byte range decoded once (the bytes are already valid UTF-8).
        var text = text
        (hasByteOrderMark, lines) = text.withUTF8 { bytes -> (Bool, [SourceLine]) in
            let hasByteOrderMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
            var lines: [SourceLine] = []
            var start = hasByteOrderMark ? 3 : 0
            var index = start
            func finish(_ terminator: String) {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                lines.append(SourceLine(number: lines.count + 1, text: text, terminator: terminator))
            }
            while index < bytes.count {
                switch bytes[index] {
                case 0x0A:
                    finish("\n")
                    index += 1
                    start = index
                case 0x0D:
                    if index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                        finish("\r\n")
                        index += 2
                    } else {
                        finish("\r")
                        index += 1
                    }
                    start = index
                default:
                    index += 1
                }
            }
            if start < bytes.count { finish("") }
            return (hasByteOrderMark, lines)
        }
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
