import FAQStore
import Foundation
import Testing
@testable import FAQBot

/// A grievance against a private party («el casero», «mi ex») is not a complaint about the
/// service, unless the institution is named too (`## queja-particular`, `## queja-institucion`).
@Suite("Complaint detector: the one complained about")
struct ComplaintOtherPartyTests {
    static let lexiconText = """
    ## clases
    - <hijos> = mis hijos, mi hija

    ## queja
    - no me quier* recibir (0.6)
    - pesim* (0.9)

    ## queja-particular
    - el casero
    - el papa de <hijos> (0.5)

    ## queja-institucion
    - juzgad*
    - nadie
    """

    static let parsed = DetectorLexiconParser().parse(lexiconText, file: "detectores.md")
    static let detectors = MessageDetectors(lexicon: parsed.value)

    static func complaint(_ text: String) -> DetectionResult.Signal {
        detectors.detect(DetectorFixture.plainAnalyzer.analyze(text)).complaint
    }

    @Test("The sections parse: weighted parties (0.7 by default, classes allowed) and plain institution phrases")
    func parses() {
        #expect(!Self.parsed.diagnostics.contains { $0.severity == .error }, "\(Self.parsed.diagnostics)")
        let parties = Self.parsed.value.complaintOtherParties
        #expect(parties.map(\.text) == ["el casero", "el papa de <hijos>", "el papa de <hijos>"])
        #expect(parties.map(\.weight) == [0.7, 0.5, 0.5])
        #expect(Self.parsed.value.complaintInstitution.map(\.text) == ["juzgad*", "nadie"])
    }

    @Test("The lists round-trip through the stored JSON, and settings stored before they existed decode without them")
    func storedSettings() throws {
        let lexicon = Self.parsed.value
        let data = try JSONEncoder().encode(lexicon)
        #expect(try JSONDecoder().decode(DetectorLexicon.self, from: data) == lexicon)
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["complaintOtherParties"] != nil && object["complaintInstitution"] != nil)
        object["complaintOtherParties"] = nil
        object["complaintInstitution"] = nil
        let older = try JSONDecoder().decode(DetectorLexicon.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(older.complaintOtherParties.isEmpty && older.complaintInstitution.isEmpty)
        #expect(older.complaint == lexicon.complaint)
    }

    @Test("A private party named alone lowers weak evidence by (1 - w) and says so")
    func lowersWeakEvidence() {
        let signal = Self.complaint("el casero no me quiere recibir la renta, ¿dónde la deposito?")
        #expect(!signal.fired)
        #expect(abs(signal.score - 0.6 * 0.3) < 1e-9)
        #expect(signal.evidence == ["no me quier* recibir", "particular: el casero"])
    }

    @Test("Naming the institution too keeps the complaint whole")
    func institutionNamed() {
        let signal = Self.complaint("el casero no me quiere recibir la renta y en el juzgado nadie me orienta")
        #expect(signal.fired)
        #expect(abs(signal.score - 0.6) < 1e-9)
        #expect(!signal.evidence.contains { $0.hasPrefix("particular") })
    }

    @Test("Strong evidence is never lowered; a party from a class counts with its own weight")
    func strongAndClasses() {
        #expect(Self.complaint("el casero es un pesimo vecino").score >= 0.9)
        let signal = Self.complaint("el papa de mi hija no me quiere recibir a la niña")
        #expect(abs(signal.score - 0.6 * 0.5) < 1e-9)
    }

    @Test("With the shipped lexicon, grievances against a landlord, an ex or an employer are questions", arguments: [
        "el casero no me quiere recibir la renta, ¿dónde la deposito?",
        "mi ex no me quiere recibir la pensión que le deposito, ¿dónde la consigno?",
    ])
    func shippedQuiet(_ text: String) {
        let signal = DetectorFixture.detect(text).complaint
        #expect(!signal.fired, "\(text) → \(signal.score) \(signal.evidence)")
        #expect(signal.evidence.contains { $0.hasPrefix("particular: ") })
    }

    @Test("With the shipped lexicon, a complaint about the court that names the other party still fires", arguments: [
        "el casero no me quiere recibir la renta y en oficialía me traen vuelta y vuelta",
        "mi ex lleva meses sin pagar y el juzgado no hace nada, qué vergüenza",
        "la contraparte no se presentó y el actuario fue grosero conmigo",
    ])
    func shippedFires(_ text: String) {
        let signal = DetectorFixture.detect(text).complaint
        #expect(signal.fired, "\(text) → \(signal.score) \(signal.evidence)")
    }
}
