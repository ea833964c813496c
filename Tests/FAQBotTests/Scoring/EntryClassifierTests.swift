import Foundation
import Testing
@testable import FAQBot
import FAQStore

@Suite("The entry classifier: discriminative evidence over words and character n-grams")
struct EntryClassifierTests {
    /// Three topics, a few rows each, as an entry's question and variants.
    static let texts: [(entry: Int, text: String)] = [
        (0, "como consulto mi expediente en linea"), (0, "ver el expediente por internet"),
        (0, "revisar expediente electronico"), (0, "consulta de expedientes en linea"),
        (1, "cuanto cuesta una copia certificada"), (1, "precio de las copias certificadas"),
        (1, "tramitar copias certificadas de una sentencia"), (1, "costo de certificar copias"),
        (2, "a que hora abre la oficialia de partes"), (2, "horario de la oficialia"),
        (2, "hasta que hora reciben escritos en oficialia"), (2, "oficialia de partes horario de atencion"),
    ]

    static func rows() -> [EntryClassifierTrainer.Row] {
        texts.map { EntryClassifierTrainer.Row(features: SubwordFeatures(words: words($0.text)), entry: $0.entry) }
    }

    static func words(_ text: String) -> [String] {
        text.split(separator: " ").map(String.init)
    }

    static func best(_ probabilities: [Float]) -> Int? {
        probabilities.indices.max { probabilities[$0] < probabilities[$1] }
    }

    @Test("misspelt and inflected words still point to their entry through their character n-grams")
    func misspeltWords() throws {
        let fitted = try #require(EntryClassifierTrainer().fit(rows: Self.rows(), classCount: 3))
        let classifier = fitted.classifier
        // None of these words is written as in any row.
        for (text, entry) in [("espediente", 0), ("sertificadas", 1), ("oficialía orarios", 2), ("expedientito", 0)] {
            let probabilities = classifier.probabilities(of: SubwordFeatures(words: Self.words(text)))
            #expect(Self.best(probabilities) == entry, "\(text): \(probabilities)")
            #expect(abs(probabilities.reduce(0, +) - 1) < 1e-4)
        }
        // Nothing known: only the entries' priors, none of them sure.
        let unknown = classifier.probabilities(of: SubwordFeatures(words: ["zzz"]))
        #expect(unknown == classifier.probabilities(of: SparseRow()))
        #expect(unknown.allSatisfy { $0 < 0.5 })
    }

    @Test("an out-of-scope class takes the messages no entry answers")
    func outOfScopeClass() throws {
        let negatives = ["como saco mi pasaporte", "tramite de pasaporte mexicano", "horario del registro civil",
                         "acta de nacimiento en el registro civil", "donde pago el predial", "pago de predial en linea"]
        let rows = Self.rows() + negatives.map {
            EntryClassifierTrainer.Row(features: SubwordFeatures(words: Self.words($0)), entry: 3)
        }
        let classifier = try #require(EntryClassifierTrainer().fit(rows: rows, classCount: 4)).classifier
        for text in ["donde renuevo el pasaporte", "registro civil de tijuana"] {
            #expect(Self.best(classifier.probabilities(of: SubwordFeatures(words: Self.words(text)))) == 3, "\(text)")
        }
        #expect(Self.best(classifier.probabilities(of: SubwordFeatures(words: Self.words("copias certificadas")))) == 1)
    }

    @Test("held-out probabilities come from a model that never saw the row")
    func heldOutIsHonest() throws {
        let rows = Self.rows()
        let fitted = try #require(EntryClassifierTrainer().fit(rows: rows, classCount: 3))
        #expect(fitted.heldOut.count == rows.count)
        var lower = 0
        for (row, heldOut) in zip(rows, fitted.heldOut) {
            let seen = fitted.classifier.probabilities(of: row.features)[row.entry]
            #expect(heldOut[row.entry] <= seen + 1e-4, "\(row.entry)")
            if heldOut[row.entry] < seen - 0.01 { lower += 1 }
        }
        // On its own rows the full model is surer than the folds: that is why the ranker is fitted on the folds'.
        #expect(lower > rows.count / 2)
    }

    @Test("the same rows give the same model, and it survives storage")
    func deterministicAndStored() throws {
        let first = try #require(EntryClassifierTrainer().fit(rows: Self.rows(), classCount: 3))
        let second = try #require(EntryClassifierTrainer().fit(rows: Self.rows(), classCount: 3))
        #expect(first.classifier == second.classifier)
        #expect(first.heldOut == second.heldOut)
        let data = try JSONEncoder().encode(first.classifier)
        let decoded = try JSONDecoder().decode(EntryClassifier.self, from: data)
        #expect(decoded == first.classifier)
        #expect(decoded.featureCount == first.classifier.featureCount)
        // Packed: base64 of a hash, an IDF and three weights per feature, not a JSON number per weight.
        #expect(data.count < first.classifier.featureCount * (8 + 4 + 3 * 4) * 4 / 3 + 300)
    }

    @Test("one entry or a model past the weight budget: no classifier")
    func noClassifier() {
        let one = Self.rows().filter { $0.entry == 0 }
        #expect(EntryClassifierTrainer().fit(rows: one, classCount: 3) == nil)
        let many = EntryClassifierTrainer.maximumWeights / 10
        #expect(EntryClassifierTrainer().fit(rows: Self.rows(), classCount: many) == nil)
    }

    @Test("a stored model from before the classifier still decodes, without one")
    func oldModelDecodes() throws {
        var json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(MatchModel.empty)) as? [String: Any] ?? [:]
        json.removeValue(forKey: "classifier")
        let model = try JSONDecoder().decode(MatchModel.self, from: JSONSerialization.data(withJSONObject: json))
        #expect(model.classifier == nil)
    }

    @Test("an import fits it and the ranker reads it: a typo no word matches still finds its entry")
    func importedAndExplained() throws {
        let knowledge = try TemporaryKnowledge()
        let database = try knowledge.importing(faq: SampleKnowledge.faq,
                                               siblings: ["fuera-de-alcance.md": SampleKnowledge.negatives])
        let engine = FAQEngine(database: database)
        let explanation = engine.explain("donde veo el boletin judicial de hoy")
        let top = try #require(explanation.candidates.first)
        #expect(top.entry == "boletin-judicial")
        let evidence = try #require(top.features["discriminativo"])
        #expect(evidence > 0.5)
        #expect(engine.explain("como consulto el bolletin judisial").candidates.first?.entry == "boletin-judicial")
    }
}
