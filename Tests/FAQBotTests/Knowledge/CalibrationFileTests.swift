import Foundation
import Testing
@testable import FAQBot
import FAQStore

@Suite("calibracion.md: messages as real traffic writes them, for the confidence")
struct CalibrationFileTests {
    static let calibration = """
        # Calibración
        Mensajes como llegan, bajo el id de la entrada que los responde.
        ## boletin-judicial
        - y el boletin de hoy?
        - oiga donde sale lo que publican los juzgados cada dia
        ## copias-certificadas
        - ocupo unas copias certificadas de mi sentencia q hago
        - buenas tardes, como le hago para que me den copia de lo que hay en mi expediente
        ## tribunal-electronico-contrasena
        - no me deja entrar al sistema, ya le puse mi clave como 5 veces
        """

    @Test("each message is read under the entry its heading names, with its line")
    func parses() {
        let result = CalibrationFileParser(entryIDs: ["boletin-judicial", "copias-certificadas",
                                                      "tribunal-electronico-contrasena"])
            .parse(Self.calibration, file: "calibracion.md")
        #expect(result.diagnostics.isEmpty)
        #expect(result.value.count == 5)
        #expect(result.value.first == CalibrationMessage(text: "y el boletin de hoy?", entryID: "boletin-judicial", line: 4))
        #expect(result.value.last?.entryID == "tribunal-electronico-contrasena")
        #expect(result.value.last?.line == 10)
    }

    @Test("an unknown id, a message outside any heading and an empty item are errors with their line")
    func errors() {
        let text = """
            - mensaje sin titulo
            ## boletin-judiciall
            - y el boletin?
            ## boletin-judicial
            -
            - y el boletin?
            - Y EL BOLETÍN?
            """
        let result = CalibrationFileParser(entryIDs: ["boletin-judicial"]).parse(text, file: "calibracion.md")
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.line) == [1, 2, 5])
        #expect(errors[1].message.contains("boletin-judiciall"))
        // The message under the wrong heading is not reported again; the repeat is a warning.
        #expect(result.diagnostics.filter { $0.severity == .warning }.map(\.line) == [7])
        #expect(result.value.map(\.text) == ["y el boletin?"])
    }

    @Test("an import fits the confidence on the calibration messages and reports them")
    func importUsesCalibration() throws {
        let knowledge = try TemporaryKnowledge()
        let database = try knowledge.importing(faq: SampleKnowledge.faq, siblings: [
            "fuera-de-alcance.md": SampleKnowledge.negatives, "calibracion.md": Self.calibration,
        ])
        let report = FAQEngine(database: database).calibrationReport()
        #expect(report.calibrationMessages == 5)
        #expect(report.calibrationTopOneAccuracy != nil)
        #expect(report.calibrationExpectedError != nil)
        #expect(report.positives > 0)
    }

    @Test("a change to calibracion.md is a new version; an error in it leaves the old one live")
    func changesAndErrors() throws {
        let knowledge = try TemporaryKnowledge()
        let database = try knowledge.importing(faq: SampleKnowledge.faq, siblings: ["calibracion.md": Self.calibration])
        let first = try #require(try database.currentVersion())

        try knowledge.write("calibracion.md", Self.calibration + "\n- donde veo el boletin de ayer\n")
        let changed = try KnowledgeImporter(database: database).importFile(knowledge.faqPath).outcome
        #expect(changed.version.number == first.number + 1)

        try knowledge.write("calibracion.md", Self.calibration + "\n## no-existe\n- algo\n")
        #expect(throws: KnowledgeFileError.self) { try KnowledgeImporter(database: database).importFile(knowledge.faqPath) }
        #expect(try database.currentVersion()?.number == first.number + 1)
    }
}
