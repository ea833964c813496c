import Foundation
import Testing
@testable import FAQBot

/// The fast paths of the knowledge parser give exactly what the straightforward versions give.
@Suite("Knowledge fast paths")
struct FastPathEquivalenceTests {

    /// Characters that matter to folding: ASCII letters and punctuation, Spanish accents, every
    /// kind of whitespace, and a few beyond Latin-1 (combining marks, typographic punctuation).
    static let alphabet: [String] = [
        "a", "Z", "n", "0", " ", "  ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}",
        "¿", "?", "¡", "!", ".", ",", "-", "á", "É", "í", "Ó", "ú", "Ü", "ñ", "Ñ", "ç", "ß", "µ", "ÿ", "Å",
        "\u{AD}", "ª", "º", "²", "¼", "\u{0}", "\u{7F}",
        "\u{301}", "\u{303}", "e\u{301}", "’", "“", "–", "\u{2003}", "İ", "Σ", "ﬁ", "Ⅻ", "😀", "\u{20DD}",
    ]

    static func randomText(using generator: inout SeededGenerator, latin1Only: Bool) -> String {
        let pool = latin1Only
            ? alphabet.filter { $0.unicodeScalars.allSatisfy { $0.value < 0x100 } }
            : alphabet
        let length = Int.random(in: 0...12, using: &generator)
        return (0..<length).map { _ in pool.randomElement(using: &generator)! }.joined()
    }

    @Test("Folding any single Latin-1 scalar, alone or between letters and spaces, matches the reference")
    func everyLatin1Scalar() {
        for value in 0..<256 {
            let scalar = String(Unicode.Scalar(UInt8(value)))
            for text in [scalar, "A" + scalar + "b", " " + scalar + " ", scalar + scalar, "É\(scalar)\r\n\(scalar)ñ"] {
                #expect(TextNormalization.foldedLatin1(text) == TextNormalization.foldedSlowly(text),
                        "U+\(String(value, radix: 16)) in \(text.debugDescription)")
            }
        }
    }

    @Test("Folding matches the reference on random Latin-1 and non-Latin-1 text")
    func randomText() {
        var generator = SeededGenerator(state: 20_251_129)
        for _ in 0..<5000 {
            let latin1 = Self.randomText(using: &generator, latin1Only: true)
            #expect(TextNormalization.foldedLatin1(latin1) != nil)
            #expect(TextNormalization.folded(latin1) == TextNormalization.foldedSlowly(latin1), "\(latin1.debugDescription)")
            let any = Self.randomText(using: &generator, latin1Only: false)
            #expect(TextNormalization.folded(any) == TextNormalization.foldedSlowly(any), "\(any.debugDescription)")
        }
    }

    @Test("Text beyond Latin-1 is left to the reference folding")
    func beyondLatin1() {
        #expect(TextNormalization.foldedLatin1("cafe\u{301}") == nil)
        #expect(TextNormalization.foldedLatin1("“hola”") == nil)
        #expect(TextNormalization.folded("Cafe\u{301}  “Hola”") == "cafe “hola”")
        #expect(TextNormalization.folded("  ¿Dónde   ESTÁ\tla Ñ?\r\n") == "¿donde esta la n?")
        #expect(TextNormalization.comparisonKey("¿Dónde está?") == TextNormalization.comparisonKey("donde   esta"))
    }

    /// `SourceText` as it was first written, scalar by scalar: the reference for the byte scanner.
    static func referenceLines(_ text: String) -> (bom: Bool, lines: [SourceLine]) {
        var scalars = Substring(text).unicodeScalars
        let bom = scalars.first == "\u{FEFF}"
        if bom { scalars.removeFirst() }
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
        return (bom, lines)
    }

    @Test("Splitting lines on bytes matches the scalar-by-scalar reference")
    func sourceLines() {
        var generator = SeededGenerator(state: 42)
        var samples = ["", "\u{FEFF}", "\u{FEFF}a", "a\u{FEFF}", "\n", "\r", "\r\n", "\n\r", "a\r\r\nb\n\n",
                       "x\n\u{301}y\r\u{301}", "- ítem\r\n  - otro"]
        for _ in 0..<2000 {
            let prefix = Bool.random(using: &generator) ? "\u{FEFF}" : ""
            samples.append(prefix + Self.randomText(using: &generator, latin1Only: false))
        }
        for text in samples {
            let source = SourceText(text)
            let reference = Self.referenceLines(text)
            #expect(source.hasByteOrderMark == reference.bom, "\(text.debugDescription)")
            #expect(source.lines == reference.lines, "\(text.debugDescription)")
            #expect(source.joined(source.lines) == text)
        }
    }

    @Test("List items read on bytes keep every scalar of the prefix and the content")
    func listItems() {
        let item = MarkdownListItem("  - \u{301}ítem ")
        #expect(item?.indentation == 2)
        #expect(item?.prefix == "  - ")
        #expect(item?.content.unicodeScalars.first == "\u{301}")
        #expect(MarkdownListItem("\t*\tá")?.content == "á")
        #expect(MarkdownListItem("\t*\tá")?.prefix == "\t*\t")
        #expect(MarkdownListItem("-")?.content == "")
        #expect(MarkdownListItem("-ítem") == nil)
        #expect(MarkdownListItem("**negrita**") == nil)
        #expect(MarkdownListItem("ítem") == nil)
    }

    /// `MarkdownFence(opening:)` as first written, without the cheap rejection.
    static func referenceFence(_ line: String) -> (Character, Int)? {
        let text = line.drop { $0 == " " }
        guard line.count - text.count <= 3, let marker = text.first, marker == "`" || marker == "~" else { return nil }
        let length = text.prefix { $0 == marker }.count
        guard length >= 3 else { return nil }
        if marker == "`", text.dropFirst(length).contains("`") { return nil }
        return (marker, length)
    }

    @Test("Rejecting ordinary lines early does not change which lines open a fence")
    func fences() {
        var generator = SeededGenerator(state: 7)
        let pieces = ["`", "~", " ", "a", "\u{1FEF}", "\u{301}", "-", "\t", "```", "~~~"]
        var samples = ["", "   ", "```", "    ```", "   ```swift", "~~~~", "``", "``` a ` b", "\u{1FEF}\u{1FEF}\u{1FEF}",
                       " \u{301}```", "```\u{301}"]
        for _ in 0..<3000 {
            let length = Int.random(in: 0...8, using: &generator)
            samples.append((0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for line in samples {
            let fence = MarkdownFence(opening: line)
            let reference = Self.referenceFence(line)
            #expect(fence?.marker == reference?.0 && fence?.length == reference?.1, "\(line.debugDescription)")
        }
    }

    @Test("Trimming with the visible-ASCII shortcut matches trimming character by character")
    func trimming() {
        func reference<S: StringProtocol>(_ text: S) -> String {
            guard let start = text.firstIndex(where: { !$0.isWhitespace }),
                  let end = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
            return String(text[start...end])
        }
        var generator = SeededGenerator(state: 99)
        for _ in 0..<3000 {
            let text = Self.randomText(using: &generator, latin1Only: false)
            #expect(text.trimmingWhitespace == reference(text), "\(text.debugDescription)")
            let inner = text.dropFirst().dropLast()
            #expect(inner.trimmingWhitespace == reference(inner), "\(String(inner).debugDescription)")
        }
    }
}
