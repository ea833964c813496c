/// Everything the message detectors know, read from `Knowledge/detectores.md`.
///
/// Staff extend it without touching code; `DetectorLexiconParser` reads it and
/// `MessageDetectors` compiles it once.
///
/// ```swift
/// let result = DetectorLexiconParser().parse(text, file: "Knowledge/detectores.md")
/// let detectors = MessageDetectors(lexicon: result.value)
/// ```
public struct DetectorLexicon: Sendable, Hashable, Codable {
    /// Complaints, protests, inconformidad (`## queja`, `## queja-atenuante`, `## queja-negacion`).
    public var complaint: SignalLexicon
    /// Who wrongs the user outside the Poder Judicial (`## queja-particular`: "mi ex", "el casero",
    /// "mi patrón"), each with how much it lowers the complaint evidence: «el casero no me quiere
    /// recibir la renta, ¿dónde la deposito?» protests against the landlord and asks the courts for a
    /// remedy. It applies only when no part of the institution is named (`complaintInstitution`).
    @EmptyWhenMissing public var complaintOtherParties: [LexiconPattern] = []
    /// What names the institution, its staff or its services as what is complained about
    /// (`## queja-institucion`: "juzgado", "actuario", "nadie contesta"): with one of these, a private
    /// party named in the message does not lower the complaint evidence.
    @EmptyWhenMissing public var complaintInstitution: [LexiconPattern] = []
    /// Questions about one particular case file (`## caso…`).
    public var caseQuestion: SignalLexicon
    /// Requests to talk to a person (`## persona…`).
    public var requested: SignalLexicon
    /// Suggestions to improve the service (`## sugerencia…`).
    public var suggestion: SignalLexicon
    /// Greetings (`## saludo`).
    public var greetings: [LexiconPattern]
    /// Thanks (`## agradecimiento`).
    public var thanks: [LexiconPattern]
    /// Goodbyes (`## despedida`).
    public var goodbyes: [LexiconPattern]
    /// Words that may come with small talk without adding content (`## relleno`: "ok", "licenciado").
    public var fillers: [LexiconPattern]
    /// Acknowledgements (`## acuse`: "ok", "entendido", "de acuerdo"): a message of these alone
    /// (with fillers) closes the conversation as a thanks; with other words they are fillers.
    public var acknowledgements: [LexiconPattern] {
        get { acknowledgementPatterns ?? [] }
        set { acknowledgementPatterns = newValue }
    }
    /// Stored optional, so that the settings of a version imported before the section existed still decode.
    private var acknowledgementPatterns: [LexiconPattern]?
    /// Who one asks for, named alone (`## persona-sola`: "agente", "un asesor"): a message of one of
    /// these with courtesy words only («Agente.», «un asesor por favor») asks for a person.
    public var requestedAlone: [LexiconPattern] {
        get { requestedAlonePatterns ?? [] }
        set { requestedAlonePatterns = newValue }
    }
    /// Stored optional, as `acknowledgementPatterns`.
    private var requestedAlonePatterns: [LexiconPattern]?
    /// Phrases that give a case number without a year (`## numero-expediente`: `expediente <numero>`).
    public var caseNumberPatterns: [LexiconPattern]
    /// Cities of Baja California (`## ciudades`).
    public var cities: [CanonicalName]
    /// Court names complete by themselves (`## juzgados`: "juzgado de control").
    public var courts: [CanonicalName]
    /// Court heads that need an ordinal or a subject matter (`## organos`: "juzgado", "sala").
    public var courtOrgans: [CanonicalName]
    /// Ordinals of courts (`## ordinales`: "segundo = 2o, 2do, segunda").
    public var ordinals: [CanonicalName]
    /// Subject matters of courts (`## materias`: "familiar = de lo familiar").
    public var subjects: [CanonicalName]
    /// Examples the complaint classifier learns from (`Knowledge/quejas.md`); `nil` for none. In versions
    /// stored before 2026-12-08 their `others` also hold the knowledge's questions (now `generalMessages`).
    public var complaintExamples: SignalExamples?
    /// Examples the case classifier learns from (`Knowledge/casos.md`); `nil` for none (and in
    /// versions stored before it existed).
    public var caseExamples: SignalExamples?
    /// Examples the classifier of requests for a person learns from (`Knowledge/personas.md`); `nil` for
    /// none (and in versions stored before it existed).
    public var requestedExamples: SignalExamples?
    /// Examples the suggestion classifier learns from (`Knowledge/sugerencias.md`); `nil` for none (and in
    /// versions stored before it existed).
    public var suggestionExamples: SignalExamples?
    /// Messages that show none of the signals, learnt by every classifier beside each file's own
    /// «no es …»: an even sample of the questions the knowledge answers and of the messages no entry
    /// answers. Empty in versions stored before 2026-12-08, whose complaint examples hold them.
    @EmptyWhenMissing public var generalMessages: [String] = []

    /// Creates a lexicon; every part defaults to empty.
    public init(complaint: SignalLexicon = .empty, caseQuestion: SignalLexicon = .empty,
                requested: SignalLexicon = .empty, suggestion: SignalLexicon = .empty,
                greetings: [LexiconPattern] = [], thanks: [LexiconPattern] = [],
                goodbyes: [LexiconPattern] = [], fillers: [LexiconPattern] = [],
                caseNumberPatterns: [LexiconPattern] = [], cities: [CanonicalName] = [],
                courts: [CanonicalName] = [], courtOrgans: [CanonicalName] = [],
                ordinals: [CanonicalName] = [], subjects: [CanonicalName] = []) {
        self.complaint = complaint
        self.caseQuestion = caseQuestion
        self.requested = requested
        self.suggestion = suggestion
        self.greetings = greetings
        self.thanks = thanks
        self.goodbyes = goodbyes
        self.fillers = fillers
        self.caseNumberPatterns = caseNumberPatterns
        self.cities = cities
        self.courts = courts
        self.courtOrgans = courtOrgans
        self.ordinals = ordinals
        self.subjects = subjects
    }

    /// A lexicon with no patterns: nothing is ever detected.
    public static let empty = DetectorLexicon()
}
