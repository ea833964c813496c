import Testing
@testable import FAQBot

@Suite("WhatsAppFormatter")
struct WhatsAppFormatterTests {
    let formatter = WhatsAppFormatter()

    @Test("Bold, italic and strikethrough become WhatsApp markers", arguments: [
        ("**negrita**", "*negrita*"),
        ("__negrita__", "*negrita*"),
        ("*itálica*", "_itálica_"),
        ("_itálica_", "_itálica_"),
        ("~~tachado~~", "~tachado~"),
        ("***ambas***", "*_ambas_*"),
        ("**negrita con *itálica* dentro**", "*negrita con _itálica_ dentro*"),
        ("* **Requisito:** INE vigente", "• *Requisito:* INE vigente"),
    ])
    func emphasis(markdown: String, expected: String) {
        #expect(formatter.render(markdown) == expected)
    }

    @Test("Underscores and asterisks inside words, numbers and links are left alone")
    func noFalseEmphasis() {
        #expect(formatter.render("snake_case_name y 2*3*4 y archivo_final_v2.pdf")
            == "snake_case_name y 2*3*4 y archivo_final_v2.pdf")
        #expect(formatter.render("visite https://a.mx/ruta_con_guiones_ y *b*") == "visite https://a.mx/ruta_con_guiones_ y _b_")
        #expect(formatter.render("Sin cerrar **negrita") == "Sin cerrar **negrita")
    }

    @Test("the length bound used to skip rendering is never below the rendered length")
    func lengthBoundHolds() throws {
        let source = try KnowledgeSource.load(faqFile: ShippedKnowledge.faqPath)
        var texts = source.entries.map(\.answer)
        texts += [
            "`a` `b` `c` ``d`` `e`", "- a\n  - b\n    - c\n      - d\n \tx\n y\n z", "# T\n\n```\nx\n", "1. a\n\t2. b\n\t\t3. c\n \td",
            String(repeating: "- x\n", count: 50) + String(repeating: "      - y\n", count: 50) + String(repeating: " z\n", count: 200),
            "[a](http://x.mx) <http://y.mx> **b** __c__ ~~d~~ *e* \\* ***f***", "", "\n\n\n",
        ]
        var generator = SeededGenerator(state: 4_096)
        let pieces = ["`", "``", "x", " ", "\n", "\t", "- ", "  ", "1. ", "#", "*", "_", "~~", "[", "](", ")", "<", ">", "```\n", "á", "😡"]
        for _ in 0..<500 {
            texts.append((0..<Int.random(in: 0...80, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        let formatter = WhatsAppFormatter()
        for text in texts {
            #expect(WhatsAppFormatter.renderedLengthBound(text) >= formatter.render(text).count, "\(text.debugDescription)")
        }
    }

    @Test("Headings of any level become bold lines")
    func headings() {
        #expect(formatter.render("# Título **con negrita**\n## Subtítulo ##\n###### Seis")
            == "*Título con negrita*\n*Subtítulo*\n*Seis*")
        #expect(formatter.render("#hashtag no es título") == "#hashtag no es título")
    }

    @Test("Bullets become • with two spaces per nesting level; numbered lists are kept")
    func lists() {
        #expect(formatter.render("- uno\n- dos\n  - dos.uno\n    - dos.uno.uno\n- tres\n* estrella\n+ más")
            == "• uno\n• dos\n  • dos.uno\n    • dos.uno.uno\n• tres\n• estrella\n• más")
        #expect(formatter.render("1. primero\n2. segundo\n   - anidado\n10) décimo")
            == "1. primero\n2. segundo\n  • anidado\n10) décimo")
    }

    @Test("Links become `text: url`; autolinks and links to themselves become the url")
    func links() {
        #expect(formatter.render("Vea [el portal](https://www.pjbc.gob.mx/boletin_judicial).")
            == "Vea el portal: https://www.pjbc.gob.mx/boletin_judicial.")
        #expect(formatter.render("<https://www.pjbc.gob.mx>") == "https://www.pjbc.gob.mx")
        #expect(formatter.render("[https://x.mx](https://x.mx)") == "https://x.mx")
        #expect(formatter.render("[www.pjbc.gob.mx](https://www.pjbc.gob.mx/)") == "https://www.pjbc.gob.mx/")
        #expect(formatter.render("Escriba a <contacto@pjbc.gob.mx>") == "Escriba a contacto@pjbc.gob.mx")
        #expect(formatter.render("[**Portal**](https://x.mx \"título\")") == "*Portal*: https://x.mx")
    }

    @Test("Inline and fenced code become WhatsApp monospace")
    func code() {
        #expect(formatter.render("Use `codigo_con **guiones**`.") == "Use ```codigo_con **guiones**```.")
        #expect(formatter.render("Antes\n\n```swift\nlet x = **y**\n_z_\n```\n\nDespués")
            == "Antes\n\n```let x = **y**\n_z_```\n\nDespués")
        #expect(formatter.render("~~~\ncódigo\n~~~") == "```código```")
        #expect(formatter.render("```\nsin cerrar") == "```sin cerrar```")
    }

    @Test("HTML comments are removed, blank lines collapsed, the result trimmed")
    func cleanup() {
        #expect(formatter.render("A<!-- oculto -->B\n<!-- línea\nentera -->\nC") == "AB\nC")
        #expect(formatter.render("\n\n\nUno  \n\n\n\nDos\n\n\n") == "Uno\n\nDos")
        #expect(formatter.render("Uno\r\n\r\n\r\nDos\r\n") == "Uno\n\nDos")
        #expect(formatter.render("---\n\nTexto\n\n***") == "Texto")
    }

    @Test("Renders a typical answer")
    func typicalAnswer() {
        let markdown = """
        El **Boletín Judicial** se publica cada día hábil.

        ## Cómo consultarlo
        1. Entre a [el portal](https://www.pjbc.gob.mx/).
        2. Elija la *fecha*.
           - Si no aparece, intente más tarde.
        <!-- revisar con el área -->


        Más información: <https://www.pjbc.gob.mx/boletin>
        """
        #expect(formatter.render(markdown) == """
        El *Boletín Judicial* se publica cada día hábil.

        *Cómo consultarlo*
        1. Entre a el portal: https://www.pjbc.gob.mx/.
        2. Elija la _fecha_.
          • Si no aparece, intente más tarde.

        Más información: https://www.pjbc.gob.mx/boletin
        """)
    }

    @Test("Truncates on a word boundary, adding an ellipsis, within the limit")
    func truncation() {
        #expect(formatter.truncated("uno dos tres", limit: 12) == "uno dos tres")
        #expect(formatter.truncated("uno dos tres", limit: 11) == "uno dos…")
        #expect(formatter.truncated("uno dos tres cuatro", limit: 10) == "uno dos…")
        #expect(formatter.truncated("uno dos tres", limit: 8) == "uno dos…")
        #expect(formatter.truncated("unodostrescuatro", limit: 10) == "unodostre…")
        #expect(formatter.truncated("uno", limit: 1) == "…")
        #expect(formatter.truncated("uno", limit: 0) == "")
    }

    @Test("The default limit is WhatsApp's 4,096 characters, counted as Characters")
    func defaultLimit() {
        let words = String(repeating: "Señoría ", count: 1_000)
        let cut = formatter.truncated(words)
        #expect(WhatsAppFormatter.maximumLength == 4096)
        #expect(cut.count <= 4096)
        #expect(cut.count > 4000)
        #expect(cut.hasSuffix("Señoría…"))

        let emoji = String(repeating: "👩‍⚖️", count: 4096)
        #expect(formatter.truncated(emoji) == emoji)
        #expect(formatter.truncated(emoji + "👩‍⚖️").count == 4096)
    }
}
