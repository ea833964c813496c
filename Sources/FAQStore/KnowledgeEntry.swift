/// One curated answer of the knowledge base, as staff write it in `Knowledge/faq.md`.
///
/// The entry is plain data: the canonical question (the `##` heading), the other
/// phrasings that lawyers use (`variants`, the matcher's evidence) and the answer
/// in Markdown. The analysed form used for matching is derived from it on import.
///
/// ```swift
/// let entry = KnowledgeEntry(id: "boletin-judicial",
///                            question: "¿Dónde consulto el Boletín Judicial?",
///                            area: "Boletín Judicial",
///                            variants: ["boletin de hoy"],
///                            answer: "El **Boletín Judicial** se publica en …")
/// ```
public struct KnowledgeEntry: Sendable, Hashable, Codable {
    /// Stable slug (`[a-z0-9-]+`), unique in the knowledge base.
    public var id: String
    /// The canonical question: the `##` heading.
    public var question: String
    /// Short title (at most 24 characters) shown in WhatsApp lists; `nil` derives one from the question.
    public var title: String?
    /// The area of the institution that owns the entry (and receives its handoffs).
    public var area: String
    /// Cities the entry applies to; empty means all of them.
    public var cities: [String]
    /// Where the facts of the answer come from (URL or description).
    public var source: String
    /// Date of the last review, `YYYY-MM-DD`.
    public var reviewed: String
    /// Other phrasings of the question.
    public var variants: [String]
    /// The answer, in Markdown.
    public var answer: String

    /// Creates an entry; omitted fields mean no title, all cities, no source or review date and no variants.
    public init(id: String, question: String, title: String? = nil, area: String,
                cities: [String] = [], source: String = "", reviewed: String = "",
                variants: [String] = [], answer: String) {
        self.id = id
        self.question = question
        self.title = title
        self.area = area
        self.cities = cities
        self.source = source
        self.reviewed = reviewed
        self.variants = variants
        self.answer = answer
    }
}
