import Foundation
import Testing
@testable import FAQBot

@Suite("The classifiers learnt from quejas.md, casos.md, personas.md and sugerencias.md")
struct ExampleClassifierTests {
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
        let result = SignalExamplesParser.complaint.parse(text, file: "quejas.md")
        #expect(result.value.positives == ["nadie contesta nunca"])
        #expect(result.value.others == ["¿a qué hora abren?"])
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.line) == [2, 5, 9])
        #expect(result.diagnostics.filter { $0.severity == .warning }.map(\.line) == [8])
    }

    @Test("casos.md: its own two headings; the other file's are unknown sections")
    func parsesCases() {
        let text = """
            ## caso
            - ¿ya salió el acuerdo de mi escrito?
            ## no es caso
            - ¿cómo consulto mi expediente en línea?
            ## queja
            - algo
            """
        let result = SignalExamplesParser.caseQuestion.parse(text, file: "casos.md")
        #expect(result.value.positives == ["¿ya salió el acuerdo de mi escrito?"])
        #expect(result.value.others == ["¿cómo consulto mi expediente en línea?"])
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.line) == [5])
        #expect(errors.first?.message.contains("«## caso» o «## no es caso»") == true)
    }

    @Test("the examples round-trip through the stored JSON, under the key that versions before 2026-12-08 read and wrote")
    func storedExamples() throws {
        let examples = SignalExamples(positives: ["nadie contesta"], others: ["a qué hora abren"])
        let encoded = try JSONEncoder().encode(examples)
        #expect(try JSONDecoder().decode(SignalExamples.self, from: encoded) == examples)
        let object = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        #expect(object["complaints"] as? [String] == ["nadie contesta"], "an older binary reads a newer version")
        let older = Data(#"{"complaints":["nadie contesta"],"others":["a qué hora abren"]}"#.utf8)
        #expect(try JSONDecoder().decode(SignalExamples.self, from: older) == examples)
    }

    @Test("a lexicon stored before 2026-12-08 (no case, request or suggestion examples, no general messages) decodes")
    func storedLexicon() throws {
        var lexicon = DetectorLexicon()
        lexicon.complaintExamples = SignalExamples(positives: ["nadie contesta"], others: ["a qué hora abren"])
        lexicon.caseExamples = SignalExamples(positives: ["ya salió lo mío?"], others: ["cómo consulto en línea"])
        lexicon.requestedExamples = lexicon.caseExamples
        lexicon.suggestionExamples = lexicon.caseExamples
        lexicon.generalMessages = ["horario?"]
        var object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(lexicon)) as? [String: Any])
        for key in ["caseExamples", "requestedExamples", "suggestionExamples", "generalMessages"] {
            #expect(object[key] != nil, "\(key) is stored")
            object[key] = nil
        }
        let decoded = try JSONDecoder().decode(DetectorLexicon.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(decoded.caseExamples == nil && decoded.requestedExamples == nil && decoded.suggestionExamples == nil)
        #expect(decoded.generalMessages.isEmpty)
        #expect(decoded.complaintExamples == lexicon.complaintExamples)
    }

    @Test("words of protest raise the probability; a practical question lowers it")
    func learns() throws {
        let examples = SignalExamples(
            positives: ["nadie contesta el telefono, que mal servicio", "es una verguenza, nunca abren a tiempo",
                         "que falta de respeto, me trataron pesimo", "llevo horas esperando y nadie me atiende",
                         "pesimo servicio en la ventanilla", "nunca funciona la pagina, que verguenza"],
            others: ["a que hora abren la oficialia", "como consulto el boletin judicial",
                     "donde pago las copias certificadas", "como me registro en el tribunal electronico",
                     "cual es el telefono del juzgado", "que requisitos piden para una cita"])
        let classifier = try #require(ExampleClassifier(examples: examples, label: ExampleClassifier.complaintLabel))
        let protest = classifier.probability(["que", "verguenza", "nadie", "contesta", "nunca"])
        let question = classifier.probability(["como", "consulto", "las", "copias", "del", "juzgado"])
        #expect(protest > 0.5)
        #expect(question < 0.5)
        #expect(classifier.evidence(["como", "consulto", "las", "copias"]) == nil)
        #expect(ExampleClassifier(examples: SignalExamples(positives: ["x"]), label: "x") == nil)
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
        #expect(ExampleClassifier.aloneProbability(probabilities: complaints + others, labels: labels) == 0.94)
        // An other as sure as the surest complaints: no probability is precise enough.
        let sureOther = [0.9995] + Array(repeating: 0.5, count: 19)
        #expect(ExampleClassifier.aloneProbability(probabilities: complaints + sureOther, labels: labels) == nil)
        #expect(ExampleClassifier.aloneProbability(probabilities: [0.99], labels: [true]) == nil)

        let source = try KnowledgeSource.load(faqFile: ShippedKnowledge.faqPath)
        let classifier = try #require(source.detectors.complaintExamples.flatMap {
            ExampleClassifier(examples: $0, general: source.detectors.generalMessages, label: ExampleClassifier.complaintLabel)
        })
        let alone = try #require(classifier.aloneProbability, "the shipped examples are precise enough at some probability")
        #expect((0.9...0.999).contains(alone))
        #expect(ExampleClassifier.aloneWeight >= 0.5, "from that probability the model fires the detector by itself")
        #expect(ExampleClassifier.maximumWeight * alone < 0.5, "below it, it only supports the lexicon")

        // With no pattern at all, the model alone fires on a plain protest and stays quiet on a question.
        var lexicon = DetectorLexicon()
        lexicon.complaintExamples = source.detectors.complaintExamples
        lexicon.generalMessages = source.detectors.generalMessages
        let detectors = MessageDetectors(lexicon: lexicon)
        let analyzer = Analyzer(settings: source.settings)
        let protest = analyzer.analyze("son unos inutiles, que verguenza de servicio, nadie contesta nunca")
        #expect(classifier.probability(protest.words) >= alone)
        #expect(classifier.evidence(protest.words)?.weight == ExampleClassifier.aloneWeight)
        #expect(detectors.detect(protest).complaint.fired)
        #expect(!detectors.detect(analyzer.analyze("a que hora abre la oficialia de partes de tijuana")).complaint.fired)
    }

    @Test("with the shipped casos.md and no case pattern, the model alone reads a case told by its situation")
    func shippedCases() throws {
        let source = try KnowledgeSource.load(faqFile: ShippedKnowledge.faqPath)
        let examples = try #require(source.detectors.caseExamples)
        #expect(examples.isUsable)
        #expect(source.detectors.generalMessages.count > source.entries.count, "the knowledge's own questions are learnt as not cases")
        let classifier = try #require(ExampleClassifier(examples: examples, general: source.detectors.generalMessages,
                                                        label: ExampleClassifier.caseLabel))
        #expect(classifier.aloneProbability != nil, "the shipped examples are precise enough at some probability")

        var lexicon = DetectorLexicon()
        lexicon.caseExamples = examples
        lexicon.generalMessages = source.detectors.generalMessages
        let detectors = MessageDetectors(lexicon: lexicon)
        let analyzer = Analyzer(settings: source.settings)
        // Invented here, from no test set.
        let caseQuestion = detectors.detect(analyzer.analyze("oiga y lo de la pension de mi hermana ya lo acordo el juez o todavia no"))
        #expect(caseQuestion.caseQuestion.evidence.contains { $0.hasPrefix(ExampleClassifier.caseLabel) })
        for text in ["que horario tiene la oficialia de partes de mexicali", "cuanto cuesta una copia certificada",
                     "como me registro en el tribunal electronico"] {
            #expect(!detectors.detect(analyzer.analyze(text)).caseQuestion.fired, "\(text)")
        }
    }

    @Test("personas.md and sugerencias.md: each file with its own two headings", arguments: [
        (SignalExamplesParser.requested, "persona", "no es persona"),
        (SignalExamplesParser.suggestion, "sugerencia", "no es sugerencia"),
    ])
    func parsesOtherFiles(parser: SignalExamplesParser, positive: String, other: String) {
        let text = "## \(positive)\n- uno\n## \(other)\n- dos\n## caso\n- tres\n"
        let result = parser.parse(text, file: "x.md")
        #expect(result.value == SignalExamples(positives: ["uno"], others: ["dos"]))
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.line) == [5])
    }

    @Test("with the shipped personas.md and sugerencias.md and no pattern, the models alone read what no pattern lists")
    func shippedRequestsAndSuggestions() throws {
        let source = try KnowledgeSource.load(faqFile: ShippedKnowledge.faqPath)
        var lexicon = DetectorLexicon()
        lexicon.requestedExamples = try #require(source.detectors.requestedExamples)
        lexicon.suggestionExamples = try #require(source.detectors.suggestionExamples)
        lexicon.generalMessages = source.detectors.generalMessages
        let detectors = MessageDetectors(lexicon: lexicon)
        let analyzer = Analyzer(settings: source.settings)
        // Invented here, from no test set.
        let request = detectors.detect(analyzer.analyze("ya me canse de la maquinita, quiero que me atienda un cristiano"))
        #expect(request.requested.evidence.contains { $0.hasPrefix(ExampleClassifier.requestedLabel) })
        let idea = detectors.detect(analyzer.analyze("no estaria nada mal que pusieran mas bancas afuera de la oficialia"))
        #expect(idea.suggestion.evidence.contains { $0.hasPrefix(ExampleClassifier.suggestionLabel) })
        for text in ["cuanto cuesta una copia certificada", "como me registro en el tribunal electronico",
                     "que horario tiene el archivo judicial"] {
            let result = detectors.detect(analyzer.analyze(text))
            #expect(!result.requested.fired && !result.suggestion.fired, "\(text)")
        }
    }

    @Test("a message the lexicon reads as small talk only stays small talk when a model alone reads a signal in it")
    func smallTalkOverLearntOnly() throws {
        var lexicon = DetectorLexiconParser().parse("## agradecimiento\n- mil gracias\n", file: "detectores.md").value
        let things = ["bancas", "sillas", "ventanillas", "cajeros", "rampas", "letreros", "bebederos", "ventiladores",
                      "enchufes", "mesas", "pantallas", "casilleros", "lamparas", "toldos", "baños", "estantes",
                      "buzones", "relojes", "mapas", "turnos"]
        let places = ["la oficialia", "el archivo", "el juzgado", "el fondo", "el semefo", "la sala", "el centro",
                      "la biblioteca", "el modulo", "la caja", "el edificio", "la ciudad judicial", "el ceja",
                      "el cecofam", "la defensoria", "el registro", "el tribunal", "la contraloria", "el almacen", "la unidad"]
        let examples = SignalExamples(positives: things.map { "mil gracias, sugiero que pongan \($0)" },
                                      others: places.map { "a que hora abre \($0)" })
        lexicon.suggestionExamples = examples
        let classifier = try #require(ExampleClassifier(examples: examples, label: ExampleClassifier.suggestionLabel))
        let thanks = DetectorFixture.plainAnalyzer.analyze("mil gracias")
        #expect(classifier.evidence(thanks.words)?.weight == ExampleClassifier.aloneWeight, "the model alone would fire")
        let detectors = MessageDetectors(lexicon: lexicon)
        let result = detectors.detect(thanks)
        #expect(!result.suggestion.fired)
        #expect(result.smallTalk == .thanks)
        // With words beyond the small talk, the model's reading stands.
        let idea = detectors.detect(DetectorFixture.plainAnalyzer.analyze("mil gracias, sugiero que pongan sombrillas"))
        #expect(idea.suggestion.fired && idea.smallTalk == nil)
        // With a pattern among its evidence, so does the signal of a message of small talk only.
        var withPattern = DetectorLexiconParser().parse("## agradecimiento\n- mil gracias\n## sugerencia\n- mil gracias (0.3)\n",
                                                        file: "detectores.md").value
        withPattern.suggestionExamples = examples
        let kept = MessageDetectors(lexicon: withPattern).detect(thanks)
        #expect(kept.suggestion.fired && kept.suggestion.evidence.first == "mil gracias")
        #expect(kept.smallTalk == nil)
    }
}

