import Testing
@testable import FAQBot
import FAQStore

@Suite("AbbreviationFileParser")
struct AbbreviationFileParserTests {
    let parser = AbbreviationFileParser()

    @Test("One abbreviation per short form on the left, lowercased, with the words of the expansion")
    func parsesAbbreviations() {
        let text = """
        # Abbreviaturas
        - xq, pq, porq = porque
        - Q, k, ke = que
        - porfa, xfa = Por  favor
        - 1a = primera
        """
        let result = parser.parse(text, file: "Knowledge/abreviaturas.md")
        #expect(result.diagnostics.isEmpty)
        #expect(result.value == [
            Abbreviation(short: "xq", expansion: ["porque"], line: 2),
            Abbreviation(short: "pq", expansion: ["porque"], line: 2),
            Abbreviation(short: "porq", expansion: ["porque"], line: 2),
            Abbreviation(short: "q", expansion: ["que"], line: 3),
            Abbreviation(short: "k", expansion: ["que"], line: 3),
            Abbreviation(short: "ke", expansion: ["que"], line: 3),
            Abbreviation(short: "porfa", expansion: ["por", "favor"], line: 4),
            Abbreviation(short: "xfa", expansion: ["por", "favor"], line: 4),
            Abbreviation(short: "1a", expansion: ["primera"], line: 5),
        ])
    }

    @Test("A line without `=` is an error")
    func missingEquals() {
        let result = parser.parse("- xq porque\n- a = b = c\n", file: "a.md")
        #expect(result.problemSummary == ["1:error", "2:error"])
        #expect(result.messages(atLine: 1).first?.contains("falta el signo «=»") == true)
        #expect(result.value.isEmpty)
    }

    @Test("An empty side is an error")
    func emptySide() {
        let result = parser.parse("- = porque\n- xq =\n- xq, , pq = porque\n", file: "a.md")
        #expect(result.problemSummary == ["1:error", "2:error", "3:error"])
        #expect(result.messages(atLine: 1).first?.contains("lado izquierdo") == true)
        #expect(result.messages(atLine: 2).first?.contains("lado derecho") == true)
        #expect(result.value.isEmpty)
    }

    @Test("An abbreviation with spaces or signs is an error")
    func notOneWord() {
        let result = parser.parse("- por q = porque\n- x.q = porque\n", file: "a.md")
        #expect(result.problemSummary == ["1:error", "2:error"])
        #expect(result.messages(atLine: 1).first?.contains("«por q» tiene espacios") == true)
        #expect(result.value.isEmpty)
    }

    @Test("The same abbreviation twice names the other line")
    func duplicate() {
        let result = parser.parse("- xq = porque\n- pq = porque\n- XQ, tmb = por que\n", file: "a.md")
        #expect(result.problemSummary == ["3:error"])
        #expect(result.messages(atLine: 3).first?.contains("«xq» ya está definida en la línea 1") == true)
        #expect(result.value.map(\.short) == ["xq", "pq"])
    }
}
