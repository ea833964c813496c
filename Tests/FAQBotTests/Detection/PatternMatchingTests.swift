import Testing
@testable import FAQBot

@Suite("Pattern matching and scoring")
struct PatternMatchingTests {
    /// A detector over a small hand-written lexicon.
    func detect(_ text: String, _ lexicon: String) -> DetectionResult {
        let parsed = DetectorLexiconParser().parse(lexicon, file: "prueba.md")
        return MessageDetectors(lexicon: parsed.value).detect(DetectorFixture.plainAnalyzer.analyze(text))
    }

    @Test("«*» is exactly one word; a trailing «*» is a prefix")
    func wildcards() {
        let lexicon = "## queja\n- llevo * meses (0.7)\n- groser* (0.7)\n"
        #expect(detect("llevo 3 meses", lexicon).complaint.fired)
        #expect(detect("llevo tres meses", lexicon).complaint.fired)
        #expect(!detect("llevo meses", lexicon).complaint.fired)
        #expect(!detect("llevo mas de 3 meses", lexicon).complaint.fired)
        #expect(detect("qué groserías", lexicon).complaint.fired)
        #expect(!detect("gro", lexicon).complaint.fired)
    }

    @Test("«por qué», «porqué» and «porque» read alike")
    func porque() {
        let lexicon = "## queja\n- porque nadie contesta (0.7)\n"
        #expect(detect("¿Por qué nadie contesta?", lexicon).complaint.fired)
        #expect(detect("porqué nadie contesta", lexicon).complaint.fired)
    }

    @Test("A negator just before a pattern cancels it, unless the pattern starts with one")
    func localNegation() {
        let lexicon = "## queja\n- me trataron mal (0.8)\n- no sirve (0.7)\n- burla (0.7)\n"
        #expect(!detect("no me trataron mal", lexicon).complaint.fired)
        #expect(!detect("no es una burla", lexicon).complaint.fired)
        #expect(detect("no, no sirve", lexicon).complaint.fired)
        #expect(detect("no entiendo, esto es una burla", lexicon).complaint.fired)
    }

    @Test("Intensifiers between the words of a weighted pattern are skipped, at most two")
    func intensifiers() {
        let lexicon = "## queja\n- me trato mal (0.8)\n- de mala gana (0.8)\n## saludo\n- buenas tardes\n"
        #expect(detect("me trató mal", lexicon).complaint.fired)
        for text in ["la actuaria me trató muy mal", "me trato bien mal", "me trato super mal", "me trató re mal",
                     "me trato bastante mal", "me trato demasiado mal", "me trato bien bien mal",
                     "me contestó de muy mala gana"] {
            #expect(detect(text, lexicon).complaint.fired, "\(text)")
        }
        // Three intensifiers, an intensifier before the pattern, a word that is not an intensifier.
        #expect(!detect("me trato muy muy muy mal", lexicon).complaint.fired)
        #expect(!detect("me trato casi mal", lexicon).complaint.fired)
        #expect(!detect("me trato bien", lexicon).complaint.fired)
        // The match spans the skipped words: a negation before it still counts.
        #expect(!detect("no me trato muy mal", lexicon).complaint.fired)
        // Only the weighted sections skip intensifiers.
        #expect(detect("buenas tardes", lexicon).smallTalk == .greeting)
        #expect(detect("buenas muy tardes", lexicon).smallTalk == nil)
    }

    @Test("«*ran» is any longer word with that ending")
    func endings() {
        let lexicon = "## sugerencia\n- ojala *ran (0.7)\n"
        #expect(detect("ojalá pusieran más ventanillas", lexicon).suggestion.fired)
        #expect(detect("ojala habilitaran la firma en el celular", lexicon).suggestion.fired)
        #expect(!detect("ojalá ran", lexicon).suggestion.fired)
        #expect(!detect("ojalá me puedan ayudar", lexicon).suggestion.fired)
    }

    @Test("«...» is up to six words, or none")
    func gaps() {
        let lexicon = "## queja\n- dicen que ... pero (0.7)\n"
        #expect(detect("dicen que pero", lexicon).complaint.fired)
        #expect(detect("dicen que abren a las 8 pero", lexicon).complaint.fired)
        #expect(detect("dicen que las citas son en linea pero nunca hay", lexicon).complaint.fired)
        #expect(!detect("dicen que las citas son en linea y en persona pero nunca hay", lexicon).complaint.fired)
        #expect(!detect("dicen que abren a las 8", lexicon).complaint.fired)
        let signal = detect("dicen que abren a las 8 pero", lexicon).complaint
        #expect(signal.evidence == ["dicen que ... pero"])
    }

    @Test("«no sé» before a question word does not negate the pattern after it")
    func noSe() {
        let lexicon = "## caso\n- en que juzgado quedo (0.7)\n## queja\n- presento (0.7)\n"
        #expect(detect("no se en que juzgado quedo mi demanda", lexicon).caseQuestion.fired)
        #expect(detect("no sé en qué juzgado quedó", lexicon).caseQuestion.fired)
        #expect(!detect("no se presento", lexicon).complaint.fired)
        #expect(!detect("no en que juzgado quedo", lexicon).caseQuestion.fired)
    }

    @Test("Noisy-OR of weights; overlapping patterns count once, the heavier one")
    func combination() {
        let lexicon = "## queja\n- nadie contesta (0.4)\n- porque nadie contesta (0.7)\n- otra vez (0.3)\n"
        let signal = detect("otra vez, ¿por qué nadie contesta?", lexicon).complaint
        #expect(signal.evidence == ["otra vez", "porque nadie contesta"])
        #expect(abs(signal.score - (1 - 0.7 * 0.3)) < 1e-9)
        let repeated = detect("otra vez y otra vez", lexicon).complaint
        #expect(abs(repeated.score - 0.3) < 1e-9)
    }

    @Test("Attenuators scale weak evidence only; negations scale everything")
    func modifiers() {
        let lexicon = """
        ## queja
        - caido (0.6)
        - pesimo (0.9)
        ## queja-atenuante
        - que hago (0.5)
        ## queja-negacion
        - no es queja
        """
        #expect(abs(detect("está caído, qué hago", lexicon).complaint.score - 0.3) < 1e-9)
        #expect(abs(detect("pésimo, qué hago", lexicon).complaint.score - 0.9) < 1e-9)
        #expect(detect("no es queja pero es pésimo", lexicon).complaint.score == 0)
    }
}
