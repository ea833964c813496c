/// Converts the inline Markdown of one line to WhatsApp formatting.
///
/// Code spans, link targets and bare URLs are set aside first, so that `_` and `*` inside
/// them are never taken for emphasis.
struct WhatsAppInlineConverter: Sendable {
    private static let bold: Character = "\u{E002}"
    private static let strike: Character = "\u{E003}"
    private static let protectOpen: Character = "\u{E000}"
    private static let protectClose: Character = "\u{E001}"

    private static let escape = CompiledRegex(#"\\([\\`*_{}\[\]()#+\-.!~<>|])"#, triggers: ["\\"])
    private static let codeSpan = CompiledRegex(#"(`+)(?!`)(.+?)(?<!`)\1(?!`)"#, triggers: ["`"])
    private static let link = CompiledRegex(#"!?\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*"|\s+'[^']*')?\s*\)"#, triggers: ["]("])
    private static let autolink = CompiledRegex(#"<((?:https?://|mailto:|www\.)[^>\s]+|[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+)>"#, triggers: ["<"])
    private static let bareURL = CompiledRegex(#"(?:https?://|www\.)[^\s<>]+"#, triggers: ["http", "www."])
    private static let boldItalic = CompiledRegex(#"\*\*\*(?=\S)(.+?)(?<=\S)\*\*\*"#, triggers: ["***"])
    private static let boldStars = CompiledRegex(#"\*\*(?=\S)(.+?)(?<=\S)\*\*"#, triggers: ["**"])
    private static let boldUnderscores = CompiledRegex(#"(?<![_\w])__(?=\S)(.+?)(?<=\S)__(?![_\w])"#, triggers: ["__"])
    private static let strikethrough = CompiledRegex(#"~~(?=\S)(.+?)(?<=\S)~~"#, triggers: ["~~"])
    private static let italicStars = CompiledRegex(#"(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])"#, triggers: ["*"])

    /// Converts `text`; with `plainBold`, bold markers are dropped (for headings, which are bold as a whole).
    func convert(_ text: String, plainBold: Bool = false) -> String {
        var protected: [String] = []
        func protect(_ segment: String) -> String {
            protected.append(segment)
            return "\(Self.protectOpen)\(protected.count - 1)\(Self.protectClose)"
        }

        var result = Self.escape.replacingMatches(in: text) { protect($0[1]) }
        result = Self.codeSpan.replacingMatches(in: result) { groups in
            let code = groups[2].trimmingWhitespace
            return code.isEmpty ? groups[0] : protect("```\(code)```")
        }
        result = Self.link.replacingMatches(in: result) { groups in
            let label = groups[1].trimmingWhitespace, url = groups[2]
            if url.isEmpty { return label }
            if label.isEmpty || Self.sameAddress(label, url) { return protect(url) }
            return "\(label): \(protect(url))"
        }
        result = Self.autolink.replacingMatches(in: result) { protect($0[1]) }
        result = Self.bareURL.replacingMatches(in: result) { protect($0[0]) }
        result = Self.boldItalic.replacingMatches(in: result) { "\(Self.bold)_\($0[1])_\(Self.bold)" }
        result = Self.boldStars.replacingMatches(in: result) { "\(Self.bold)\($0[1])\(Self.bold)" }
        result = Self.boldUnderscores.replacingMatches(in: result) { "\(Self.bold)\($0[1])\(Self.bold)" }
        result = Self.strikethrough.replacingMatches(in: result) { "\(Self.strike)\($0[1])\(Self.strike)" }
        result = Self.italicStars.replacingMatches(in: result) { "_\($0[1])_" }

        // The markers above are private-use scalars (UTF-8 lead byte 0xEE): none, nothing to replace.
        guard result.utf8.contains(0xEE) else { return result }
        var output = ""
        var index = result.startIndex
        while index < result.endIndex {
            let character = result[index]
            if character == Self.bold {
                if !plainBold { output.append("*") }
            } else if character == Self.strike {
                output.append("~")
            } else if character == Self.protectOpen,
                      let close = result[index...].firstIndex(of: Self.protectClose),
                      let number = Int(result[result.index(after: index)..<close]),
                      protected.indices.contains(number) {
                output += protected[number]
                index = result.index(after: close)
                continue
            } else {
                output.append(character)
            }
            index = result.index(after: index)
        }
        return output
    }

    /// `true` when a link's text is just its address (`[www.pjbc.gob.mx](https://www.pjbc.gob.mx/)`).
    private static func sameAddress(_ label: String, _ url: String) -> Bool {
        func bare(_ text: String) -> String {
            var text = Substring(text.lowercased())
            for scheme in ["https://", "http://", "mailto:"] where text.hasPrefix(scheme) {
                text = text.dropFirst(scheme.count)
            }
            while text.hasSuffix("/") { text = text.dropLast() }
            return String(text)
        }
        return bare(label) == bare(url)
    }
}
