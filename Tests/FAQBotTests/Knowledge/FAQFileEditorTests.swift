import Testing
@testable import FAQBot
import FAQStore

@Suite("FAQFileEditor")
struct FAQFileEditorTests {
    let editor = FAQFileEditor()

    static let text = """
    # Preguntas frecuentes del CHAT PJBC
    <!-- Comentario para el equipo: no borrar. -->

    ## ¿Dónde consulto el Boletín Judicial?
    - id: boletin-judicial
    - área: Boletín Judicial
    - variantes:
      - boletin judicial de hoy
      - donde sale publicado el boletin
    - fuente: https://www.pjbc.gob.mx/

    El **Boletín Judicial** se publica en el portal.

    ## ¿Cómo me registro en el Tribunal Electrónico?
    - id: registro-tribunal
    - área: Tribunal Electrónico
    - revisado: 2025-01-01

    Entre al portal y elija «Registrarse».

    """

    /// The lines of `edited` that are not in `original`, checking nothing else changed.
    static func addedLines(_ original: String, _ edited: String) -> [String]? {
        let old = original.split(separator: "\n", omittingEmptySubsequences: false)
        let new = edited.split(separator: "\n", omittingEmptySubsequences: false)
        guard new.count >= old.count else { return nil }
        var remaining = new[...]
        var added: [String] = []
        var oldIndex = 0
        while let line = remaining.popFirst() {
            if oldIndex < old.count, line == old[oldIndex] { oldIndex += 1 } else { added.append(String(line)) }
        }
        return oldIndex == old.count ? added : nil
    }

    @Test("Appends the variant as the last item of the list: a one-line change")
    func oneLineChange() throws {
        let edited = try editor.addingVariant("boletín de mañana", toEntry: "boletin-judicial", in: Self.text)
        #expect(Self.addedLines(Self.text, edited) == ["  - boletín de mañana"])
        let lines = edited.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[9] == "  - boletín de mañana")   // line 10, right after the last variant
        #expect(lines[10] == "- fuente: https://www.pjbc.gob.mx/")
        let entry = FAQFileParser().parse(edited, file: "faq.md").value.first { $0.id == "boletin-judicial" }
        #expect(entry?.variants == ["boletin judicial de hoy", "donde sale publicado el boletin", "boletín de mañana"])
    }

    @Test("Trims and collapses the spaces of the variant")
    func normalizesVariant() throws {
        let edited = try editor.addingVariant("  boletin   del\tdía \n", toEntry: "boletin-judicial", in: Self.text)
        #expect(Self.addedLines(Self.text, edited) == ["  - boletin del día"])
    }

    @Test("Creates the variantes list after the last metadata line when missing")
    func createsList() throws {
        let edited = try editor.addingVariant("me quiero registrar", toEntry: "registro-tribunal", in: Self.text)
        #expect(Self.addedLines(Self.text, edited) == ["- variantes:", "  - me quiero registrar"])
        let lines = edited.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[16] == "- revisado: 2025-01-01")
        #expect(lines[17] == "- variantes:")
        #expect(lines[18] == "  - me quiero registrar")
        let entry = FAQFileParser().parse(edited, file: "faq.md").value.first { $0.id == "registro-tribunal" }
        #expect(entry?.variants == ["me quiero registrar"])
        #expect(entry?.answer == "Entre al portal y elija «Registrarse».")
    }

    @Test("Keeps CRLF endings and the byte-order mark")
    func keepsLineEndings() throws {
        let crlf = "\u{FEFF}" + Self.text.replacingOccurrences(of: "\n", with: "\r\n")
        let edited = try editor.addingVariant("boletin de ayer", toEntry: "boletin-judicial", in: crlf)
        let expected = "\u{FEFF}" + (try editor.addingVariant("boletin de ayer", toEntry: "boletin-judicial",
                                                               in: Self.text))
            .replacingOccurrences(of: "\n", with: "\r\n")
        #expect(edited == expected)
        #expect(edited.unicodeScalars.first == "\u{FEFF}")
    }

    @Test("Copies the bullet and indentation of the existing items")
    func copiesItemStyle() throws {
        let text = "## ¿P?\n* id: p\n* área: a\n* variantes:\n\t* uno\n\nR.\n"
        let edited = try editor.addingVariant("dos", toEntry: "p", in: text)
        #expect(edited == "## ¿P?\n* id: p\n* área: a\n* variantes:\n\t* uno\n\t* dos\n\nR.\n")
        let empty = "## ¿P?\n- id: p\n- variantes:\n\nR.\n"
        #expect(try editor.addingVariant("uno", toEntry: "p", in: empty) == "## ¿P?\n- id: p\n- variantes:\n  - uno\n\nR.\n")
    }

    @Test("Works when the list ends the file without a final line break")
    func noFinalLineBreak() throws {
        let text = "## ¿P?\n- id: p\n- área: a\n- variantes:\n  - uno"
        #expect(try editor.addingVariant("dos", toEntry: "p", in: text) == text + "\n  - dos")
        let crlf = "## ¿P?\r\n- id: p\r\n- área: a"
        #expect(try editor.addingVariant("uno", toEntry: "p", in: crlf) == crlf + "\r\n- variantes:\r\n  - uno")
    }

    @Test("Throws for an unknown id, suggesting the closest one")
    func unknownID() {
        #expect(throws: FAQEditError.entryNotFound(id: "boletin-judical", suggestion: "boletin-judicial")) {
            try editor.addingVariant("x", toEntry: "boletin-judical", in: Self.text)
        }
        #expect(throws: FAQEditError.entryNotFound(id: "nada-parecido-en-absoluto", suggestion: nil)) {
            try editor.addingVariant("x", toEntry: "nada-parecido-en-absoluto", in: Self.text)
        }
        let message = FAQEditError.entryNotFound(id: "boletin-judical", suggestion: "boletin-judicial").description
        #expect(message.contains("«boletin-judical»") && message.contains("¿quiso decir «boletin-judicial»?"))
    }

    @Test("Throws when the variant is already in the entry, ignoring case, accents and spaces")
    func alreadyPresent() {
        #expect(throws: FAQEditError.variantAlreadyPresent(variant: "boletin judicial de hoy", id: "boletin-judicial",
                                                           line: 8)) {
            try editor.addingVariant("Boletín  Judicial de HOY", toEntry: "boletin-judicial", in: Self.text)
        }
        #expect(throws: FAQEditError.variantAlreadyPresent(variant: "donde consulto el boletin judicial",
                                                           id: "boletin-judicial", line: 4)) {
            try editor.addingVariant("donde consulto el boletin judicial", toEntry: "boletin-judicial", in: Self.text)
        }
        let message = FAQEditError.variantAlreadyPresent(variant: "v", id: "boletin-judicial", line: 8).description
        #expect(message.contains("ya tiene la variante «v» (línea 8)"))
    }

    @Test("Throws when the variant belongs to another entry or is its question")
    func otherEntry() {
        #expect(throws: FAQEditError.variantInOtherEntry(variant: "boletin judicial de hoy",
                                                         otherID: "boletin-judicial", line: 8)) {
            try editor.addingVariant("boletin judicial de hoy", toEntry: "registro-tribunal", in: Self.text)
        }
        #expect(throws: FAQEditError.variantIsQuestion(variant: "¿Dónde consulto el Boletín Judicial?",
                                                       otherID: "boletin-judicial", line: 4)) {
            try editor.addingVariant("¿Dónde consulto el Boletín Judicial?", toEntry: "registro-tribunal",
                                     in: Self.text)
        }
    }

    @Test("Throws for an empty variant and for an id used twice")
    func emptyAndAmbiguous() {
        #expect(throws: FAQEditError.emptyVariant) {
            try editor.addingVariant("  ¿? ", toEntry: "boletin-judicial", in: Self.text)
        }
        let twice = "## ¿A?\n- id: a\n\nR.\n## ¿B?\n- id: a\n\nR.\n"
        #expect(throws: FAQEditError.ambiguousEntry(id: "a", lines: [1, 5])) {
            try editor.addingVariant("x", toEntry: "a", in: twice)
        }
    }

    @Test("Error descriptions are Spanish sentences for staff")
    func descriptions() {
        let errors: [FAQEditError] = [
            .entryNotFound(id: "x", suggestion: nil), .ambiguousEntry(id: "x", lines: [1, 9]), .emptyVariant,
            .variantAlreadyPresent(variant: "v", id: "x", line: 3),
            .variantInOtherEntry(variant: "v", otherID: "y", line: 4),
            .variantIsQuestion(variant: "v", otherID: "y", line: 5),
        ]
        for error in errors {
            #expect(!error.description.isEmpty)
            #expect(error.errorDescription == error.description)
        }
        #expect(FAQEditError.ambiguousEntry(id: "x", lines: [1, 9]).description.contains("líneas 1, 9"))
    }
}
