import Foundation
import Testing
@testable import FAQBot

@Suite("Spanish analysis of WhatsApp messages")
struct AnalyzerTests {
    static let settings = AnalysisSettings(
        abbreviations: ["xq": ["porque"], "q": ["que"], "x": ["por"], "porfa": ["por", "favor"], "expdte": ["expediente"],
                        "jdo": ["juzgado"], "trib": ["tribunal"], "tj": ["tijuana"], "3o": ["tercero"], "lic": ["licenciado"]],
        addedStopWords: ["hola", "buenas", "tardes", "licenciado", "favor"],
        keptStopWords: ["no"],
        synonymGroups: [["contraseña", "clave", "password", "nip"],
                        ["registrarse", "dar de alta", "inscribirse", "crear cuenta"]])
    let analyzer = Analyzer(settings: settings)

    @Test("NFKC, case folding and accents: the same terms with or without accents")
    func foldingAndAccents() {
        #expect(analyzer.analyze("ACCIÓN Notificación").terms == analyzer.analyze("accion notificacion").terms)
        #expect(analyzer.analyze("ﬁrma").terms == analyzer.analyze("firma").terms)   // NFKC ligature
        #expect(analyzer.analyze("contraseña").terms == analyzer.analyze("contrasena").terms)
    }

    @Test("the import's lean path gives the same index text as the full analysis, on every shipped text")
    func indexTextMatchesAnalysis() throws {
        let source = try KnowledgeSource.load(faqFile: ShippedKnowledge.faqPath)
        let shipped = Analyzer(settings: source.settings)
        var texts = source.negatives
        for entry in source.entries { texts += [entry.question, entry.answer] + entry.variants }
        texts += ["Á́BxÁí3zco 1° 3o xq expdte 1234/2023 😡 https://x.mx/?a=1 ﬁrma", "", "   ", "💩💩"]
        #expect(texts.count > 1_000)
        for text in texts {
            #expect(shipped.indexText(text) == shipped.analyze(text).indexText, "\(text)")
        }
    }

    @Test("letters repeated for emphasis collapse, legitimate doubles stay")
    func repeatedLetters() {
        #expect(TextNormalizer().normalize("holaaaa siii graciass").tokens.map(\.text) == ["hola", "si", "gracias"])
        #expect(TextNormalizer().normalize("llamar leer acción perro cooperar innovar").tokens.map(\.text)
            == ["llamar", "leer", "acción", "perro", "cooperar", "innovar"])
    }

    @Test("emoji and punctuation are dropped, the question mark is noted")
    func emojiAndQuestionMark() {
        let normalized = TextNormalizer().normalize("¿ya salió?? 😡🙏 ...")
        #expect(normalized.tokens.map(\.text) == ["ya", "salió"])
        #expect(normalized.hasQuestionMark)
        #expect(!TextNormalizer().normalize("gracias 👍").hasQuestionMark)
    }

    @Test("URLs, e-mails, phone numbers and case numbers stay whole")
    func specialTokens() {
        let tokens = TextNormalizer().normalize(
            "vea https://www.pjbc.gob.mx/boletin, escriba a contacto@pjbc.gob.mx o llame al 686 525 3785; exp. 45/24 y 1234/2023"
        ).tokens
        #expect(tokens.contains(Token("https://www.pjbc.gob.mx/boletin", .url)))
        #expect(tokens.contains(Token("contacto@pjbc.gob.mx", .email)))
        #expect(tokens.contains(Token("6865253785", .phone)))
        #expect(tokens.contains(Token("45/24", .caseNumber)))
        #expect(tokens.contains(Token("1234/2023", .caseNumber)))
        #expect(TextNormalizer().normalize("(686) 900-9099").tokens == [Token("6869009099", .phone)])
        #expect(analyzer.analyze("expdte 1234/2023 jdo 3o civil").caseNumbers == ["1234/2023"])
    }

    @Test("abbreviations expand, in context")
    func abbreviations() {
        let analyzed = analyzer.analyze("xq no me deja entrar al trib?? x fa")
        #expect(analyzed.words.starts(with: ["porque", "no", "me", "deja", "entrar", "al", "tribunal"]))
        #expect(analyzer.analyze("expdte 1234/2023 jdo 3o civil tj").words
            == ["expediente", "1234/2023", "juzgado", "tercero", "civil", "tijuana"])
        #expect(analyzer.analyze("porfa").words == ["por", "favor"])
        // "x" between two numbers is a multiplication sign, not "por".
        #expect(analyzer.analyze("3 x 4").words == ["3", "x", "4"])
    }

    @Test("stop words and chat fillers go, words that change meaning stay")
    func stopWords() {
        let analyzed = analyzer.analyze("hola buenas tardes lic, no me llega la notificacion de el juzgado")
        #expect(!analyzed.contentWords.contains("hola"))
        #expect(!analyzed.contentWords.contains("de"))
        #expect(analyzed.contentWords.contains("no"))
        #expect(analyzed.contentWords.contains("notificacion"))
        #expect(!analyzed.contentWords.contains("lic") && !analyzed.contentWords.contains("licenciado"))
    }

    @Test("stems are Snowball's, before synonyms and corrections")
    func stems() {
        #expect(analyzer.analyze("notificaciones").stems == ["notif"])
        #expect(analyzer.analyze("registrarse").stems == [SpanishStemmer().stem("registrarse")])
    }

    @Test("synonyms map both ways, phrases included")
    func synonyms() {
        let password = analyzer.analyze("olvidé mi contraseña").terms
        #expect(analyzer.analyze("olvidé mi clave").terms == password)
        #expect(analyzer.analyze("olvide mi password").terms == password)
        #expect(analyzer.analyze("olvide mi NIP").terms == password)
        let register = analyzer.analyze("registrarse en el tribunal").terms
        #expect(analyzer.analyze("dar de alta en el tribunal").terms == register)
        #expect(analyzer.analyze("crear cuenta en el tribunal").terms == register)
    }

    @Test("typos are corrected to the vocabulary within the edit limits")
    func typoCorrection() {
        let vocabulary = ["tribunal": 30, "electron": 20, "boletin": 12, "notif": 9, "contrasen": 7, "copi": 5]
        let corrector = Analyzer(settings: Self.settings, vocabulary: vocabulary)
        #expect(corrector.analyze("tribunl").terms == ["tribunal"])          // one deletion, 7 letters
        #expect(corrector.analyze("bolteín").terms == ["boletin"])            // one transposition
        #expect(corrector.analyze("tribnl").terms == ["tribnl"])              // two edits at 6 letters: too far
        #expect(corrector.analyze("elecrtonico").terms == ["electron"])      // long word: two edits allowed
        #expect(corrector.analyze("cop").terms == ["cop"])                    // short words are never corrected
        #expect(corrector.analyze("1234/2023 4567").terms.isEmpty)            // numbers are not terms
        #expect(corrector.analyze("tribunl").corrections == ["tribunl": "tribunal"])
    }

    @Test("letters that sound alike (seseo, b/v, y/ll, g/j, a silent h) are respelled before stemming")
    func soundAlikeSpelling() {
        let vocabulary = ["notif": 9, "electron": 20, "citatori": 4, "habl": 6, "llam": 3, "vist": 2, "gestion": 2]
        let analyzer = Analyzer(settings: Self.settings, vocabulary: vocabulary)
        // «notificasiones» stems to «notificasion»: two edits from nothing useful, so only respelling finds it.
        #expect(analyzer.analyze("notificasiones").terms == ["notif"])
        #expect(analyzer.analyze("notificasiones").corrections == ["notificasion": "notif"])
        #expect(analyzer.analyze("sitatorio").terms == ["citatori"])
        #expect(analyzer.analyze("ablar").terms == ["habl"])
        #expect(analyzer.analyze("yamar").terms == ["llam"])
        #expect(analyzer.analyze("jestion").terms == ["gestion"])
        // «c» sounds as «s» only before «e» or «i»; known words are left alone.
        #expect(SpellingVariants().variants(of: "casa").allSatisfy { !$0.hasPrefix("sa") })
        #expect(analyzer.analyze("notificaciones").corrections.isEmpty)
        // A 30-letter run of confusable letters stops at the cap; a longer run is not a word at all.
        let run = String(repeating: "sz", count: 15)
        #expect((30...SpellingVariants.maximumVariants).contains(SpellingVariants().variants(of: run).count))
        #expect(SpellingVariants().variants(of: run + "s").isEmpty)
        #expect(analyzer.analyze(String(repeating: "se", count: 4_000)).terms.count == 1)
    }

    @Test("a word split in two by dictation is joined when the whole is a known term")
    func splitWords() {
        let vocabulary = ["tribunal": 30, "electron": 20, "boletin": 12, "judicial": 9, "acuerd": 5, "ver": 3]
        let analyzer = Analyzer(settings: Self.settings, vocabulary: vocabulary)
        #expect(analyzer.analyze("el bole tin judicial").terms == ["boletin", "judicial"])
        #expect(analyzer.analyze("tribunal electro nico").terms == ["tribunal", "electron"])
        // Stop words are never glued («ver los» is not «verlos»), nor two known words.
        #expect(analyzer.analyze("ver los acuerdos").terms == ["ver", "acuerd"])
        #expect(analyzer.analyze("tribunal judicial").terms == ["tribunal", "judicial"])
        // The detectors still read the words as written.
        #expect(analyzer.analyze("el bole tin").words == ["el", "bole", "tin"])
        // Without a vocabulary (knowledge texts) nothing is joined.
        #expect(Analyzer(settings: Self.settings).analyze("bole tin").terms.count == 2)
    }

    @Test("the typo corrector prefers the more frequent term on a tie")
    func typoTieBreak() {
        let corrector = TypoCorrector(vocabulary: ["cita": 2, "cito": 9])
        #expect(corrector.correction(for: "citu") == "cito")
        #expect(corrector.correction(for: "cita") == nil)
    }

    @Test("invalid UTF-8, empty text and a 100 KB message are analysed without trouble")
    func hostileInput() {
        let invalid = String(decoding: [0x68, 0x6F, 0xFF, 0xFE, 0x6C, 0x61, 0xC3], as: UTF8.self)
        _ = analyzer.analyze(invalid)
        #expect(analyzer.analyze("").terms.isEmpty)
        #expect(analyzer.analyze("😀😀😀").tokens.isEmpty)
        let huge = String(repeating: "boletin judicial tribunal ", count: 4_000)
        let analyzed = analyzer.analyze(huge)
        #expect(!analyzed.terms.isEmpty)
        #expect(analyzed.tokens.count <= TextNormalizer.maximumScalars)
        _ = analyzer.analyze("مرحبا שלום e\u{0301}\u{0301}\u{0301} \u{202E}abc")
    }
}
