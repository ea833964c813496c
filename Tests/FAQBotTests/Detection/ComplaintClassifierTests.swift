import Foundation
import Testing
@testable import FAQBot

@Suite("The complaint classifier learnt from quejas.md")
struct ComplaintClassifierTests {
    @Test("quejas.md: the two sections, with line numbers for what is wrong")
    func parses() {
        let text = """
            # Ejemplos
            - fuera de sección
            ## queja
            - nadie contesta nunca
            -
            ## no es queja
            - ¿a qué hora abren?
            - ¿A QUÉ HORA ABREN?
            ## otra cosa
            - algo
            """
        let result = ComplaintExamplesParser().parse(text, file: "quejas.md")
        #expect(result.value.complaints == ["nadie contesta nunca"])
        #expect(result.value.others == ["¿a qué hora abren?"])
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.line) == [2, 5, 9])
        #expect(result.diagnostics.filter { $0.severity == .warning }.map(\.line) == [8])
    }

    @Test("words of protest raise the probability; a practical question lowers it")
    func learns() throws {
        let examples = ComplaintExamples(
            complaints: ["nadie contesta el telefono, que mal servicio", "es una verguenza, nunca abren a tiempo",
                         "que falta de respeto, me trataron pesimo", "llevo horas esperando y nadie me atiende",
                         "pesimo servicio en la ventanilla", "nunca funciona la pagina, que verguenza"],
            others: ["a que hora abren la oficialia", "como consulto el boletin judicial",
                     "donde pago las copias certificadas", "como me registro en el tribunal electronico",
                     "cual es el telefono del juzgado", "que requisitos piden para una cita"])
        let classifier = try #require(ComplaintClassifier(examples: examples))
        let protest = classifier.probability(["que", "verguenza", "nadie", "contesta", "nunca"])
        let question = classifier.probability(["como", "consulto", "las", "copias", "del", "juzgado"])
        #expect(protest > 0.5)
        #expect(question < 0.5)
        #expect(classifier.evidence(["como", "consulto", "las", "copias"]) == nil)
        #expect(ComplaintClassifier(examples: ComplaintExamples(complaints: ["x"])) == nil)
    }

    @Test("with the shipped examples, invented protests are complaints and neutral messages are not")
    func shipped() throws {
        let source = try KnowledgeSource.load(faqFile: ShippedKnowledge.faqPath)
        #expect(source.detectors.complaintExamples?.isUsable == true)
        let detectors = MessageDetectors(lexicon: source.detectors)
        let analyzer = Analyzer(settings: source.settings)
        for text in ["que bonito servicio, tres dias y nadie me da razon del exhorto",
                     "llevo dos horas en la fila y la señorita de la ventanilla ni me voltea a ver"] {
            #expect(detectors.detect(analyzer.analyze(text)).complaint.fired, "\(text)")
        }
        for text in ["tengo un problema con mi contraseña del tribunal electronico, como la recupero",
                     "ya me resolvieron, gracias", "la audiencia se difirio, cuando se reprograma?",
                     "donde consulto el boletin judicial de hoy"] {
            #expect(!detectors.detect(analyzer.analyze(text)).complaint.fired, "\(text)")
        }
    }
}
