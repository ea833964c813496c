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

    @Test("the model fires alone only from the probability its left-out examples show precise at a real share of complaints")
    func aloneProbability() throws {
        // 20 complaints and 20 others: at a 10 % share each other counts as 9 complaints' worth.
        let complaints = Array(repeating: 0.995, count: 10) + Array(repeating: 0.93, count: 10)
        let others = [0.93] + Array(repeating: 0.5, count: 19)
        let labels = complaints.map { _ in true } + others.map { _ in false }
        // At 0.93 one other among 20 complaints gives 20 / (20 + 9) = 0.69; at 0.94 none is flagged.
        #expect(ComplaintClassifier.aloneProbability(probabilities: complaints + others, labels: labels) == 0.94)
        // An other as sure as the surest complaints: no probability is precise enough.
        let sureOther = [0.9995] + Array(repeating: 0.5, count: 19)
        #expect(ComplaintClassifier.aloneProbability(probabilities: complaints + sureOther, labels: labels) == nil)
        #expect(ComplaintClassifier.aloneProbability(probabilities: [0.99], labels: [true]) == nil)

        let source = try KnowledgeSource.load(faqFile: ShippedKnowledge.faqPath)
        let classifier = try #require(source.detectors.complaintExamples.flatMap(ComplaintClassifier.init(examples:)))
        let alone = try #require(classifier.aloneProbability, "the shipped examples are precise enough at some probability")
        #expect((0.9...0.999).contains(alone))
        #expect(ComplaintClassifier.aloneWeight >= 0.5, "from that probability the model fires the detector by itself")
        #expect(ComplaintClassifier.maximumWeight * alone < 0.5, "below it, it only supports the lexicon")

        // With no pattern at all, the model alone fires on a plain protest and stays quiet on a question.
        var lexicon = DetectorLexicon()
        lexicon.complaintExamples = source.detectors.complaintExamples
        let detectors = MessageDetectors(lexicon: lexicon)
        let analyzer = Analyzer(settings: source.settings)
        let protest = analyzer.analyze("son unos inutiles, que verguenza de servicio, nadie contesta nunca")
        #expect(classifier.probability(protest.words) >= alone)
        #expect(classifier.evidence(protest.words)?.weight == ComplaintClassifier.aloneWeight)
        #expect(detectors.detect(protest).complaint.fired)
        #expect(!detectors.detect(analyzer.analyze("a que hora abre la oficialia de partes de tijuana")).complaint.fired)
    }
}
