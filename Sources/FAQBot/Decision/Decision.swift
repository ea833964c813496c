/// What the bot decided for one message: the contract's decision (section 1)
/// with everything the gateway and staff need.
///
/// Encodes to the JSON of `faq-admin ask --json` (contract section 2): every
/// field is always present, `null` where it does not apply.
///
/// ```swift
/// let decision = try await engine.decide("como veo el boletin")
/// if decision.action == .answer { send(decision.reply) }
/// ```
public struct Decision: Sendable, Hashable, Codable {
    /// The five actions of the contract.
    public enum Action: String, Sendable, Hashable, Codable, CaseIterable {
        /// A curated entry answers the message.
        case answer
        /// Several entries are plausible (or, in a conversation, case data is missing): the user is asked.
        case clarify
        /// A person must take it; a ticket goes to the human queue.
        case handoff
        /// A greeting, thanks or goodbye with no question in it.
        case smalltalk
        /// A person already owns this conversation; the bot says nothing.
        case silent
    }

    /// Why a message was handed off, which small talk it was, or why the bot is silent.
    public enum Reason: String, Sendable, Hashable, Codable, CaseIterable {
        /// Handoff reasons (`case`: a question about one case file; `requested`: the user asks for a person).
        case unmatched, complaint, requested, `case`, suggestion
        /// Small-talk kinds.
        case greeting, thanks, goodbye
        /// Silent: a person already owns the conversation.
        case owned
    }

    /// The message text as received.
    public var text: String
    /// What the bot does with the message.
    public var action: Action
    /// `nil` for `answer` (and for `clarify` between entries).
    public var reason: Reason?
    /// The entry answered (`answer` only).
    public var entry: String?
    /// The entry ids offered, best first (`clarify` only).
    public var options: [String]
    /// The best-matching entry whatever the action, `nil` if none.
    public var top: String?
    /// Calibrated probability that `top` is the right entry for this message.
    public var confidence: Double
    /// The area that must act (handoffs) or that owns the entry.
    public var area: String?
    /// The city the message names or the channel implies.
    public var city: String?
    /// The text to send to the user (WhatsApp formatting), in Spanish.
    public var reply: String
    /// The clarify options as rows for a WhatsApp interactive list (at most 10, titles ≤ 24 characters).
    public var optionRows: [OptionRow]
    /// What the detectors found: the evidence staff see on a ticket.
    public var evidence: [String]
    /// The case number the message gives, if any (`1234/2023`).
    public var caseNumber: String?
    /// The court the message names, if any ("juzgado segundo familiar").
    public var court: String?
    /// How urgently a person must act (handoffs only).
    public var priority: TicketPriority?

    /// One row of a clarify list.
    public struct OptionRow: Sendable, Hashable, Codable {
        /// The entry id, sent back by the gateway when the user taps the row.
        public var id: String
        /// At most 24 characters.
        public var title: String
        /// Creates a row from an entry id and its title.
        public init(id: String, title: String) {
            self.id = id
            self.title = title
        }
    }

    /// Creates a decision; fields that do not apply default to `nil`, empty or 0.
    public init(text: String, action: Action, reason: Reason? = nil, entry: String? = nil, options: [String] = [],
                top: String? = nil, confidence: Double = 0, area: String? = nil, city: String? = nil, reply: String = "",
                optionRows: [OptionRow] = [], evidence: [String] = [], caseNumber: String? = nil, court: String? = nil, priority: TicketPriority? = nil) {
        self.text = text
        self.action = action
        self.reason = reason
        self.entry = entry
        self.options = options
        self.top = top
        self.confidence = confidence
        self.area = area
        self.city = city
        self.reply = reply
        self.optionRows = optionRows
        self.evidence = evidence
        self.caseNumber = caseNumber
        self.court = court
        self.priority = priority
    }

    private enum CodingKeys: String, CodingKey {
        case text, action, reason, entry, options, top, confidence, area, city, reply
        case optionRows = "option_rows", evidence, caseNumber = "case_number", court, priority
    }

    /// Decodes the JSON of `faq-admin ask --json` (`priority` as its Spanish label).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        action = try container.decode(Action.self, forKey: .action)
        reason = try container.decodeIfPresent(Reason.self, forKey: .reason)
        entry = try container.decodeIfPresent(String.self, forKey: .entry)
        options = try container.decodeIfPresent([String].self, forKey: .options) ?? []
        top = try container.decodeIfPresent(String.self, forKey: .top)
        confidence = try container.decodeIfPresent(Double.self, forKey: .confidence) ?? 0
        area = try container.decodeIfPresent(String.self, forKey: .area)
        city = try container.decodeIfPresent(String.self, forKey: .city)
        reply = try container.decodeIfPresent(String.self, forKey: .reply) ?? ""
        optionRows = try container.decodeIfPresent([OptionRow].self, forKey: .optionRows) ?? []
        evidence = try container.decodeIfPresent([String].self, forKey: .evidence) ?? []
        caseNumber = try container.decodeIfPresent(String.self, forKey: .caseNumber)
        court = try container.decodeIfPresent(String.self, forKey: .court)
        priority = try container.decodeIfPresent(String.self, forKey: .priority).flatMap(TicketPriority.init(spanishName:))
    }

    /// Encodes the JSON of `faq-admin ask --json`; `confidence` is rounded to three decimals, `priority` is its Spanish label.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(action, forKey: .action)
        try container.encode(reason, forKey: .reason)
        try container.encode(entry, forKey: .entry)
        try container.encode(options, forKey: .options)
        try container.encode(top, forKey: .top)
        try container.encode((confidence * 1000).rounded() / 1000, forKey: .confidence)
        try container.encode(area, forKey: .area)
        try container.encode(city, forKey: .city)
        try container.encode(reply, forKey: .reply)
        try container.encode(optionRows, forKey: .optionRows)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(caseNumber, forKey: .caseNumber)
        try container.encode(court, forKey: .court)
        try container.encode(priority?.spanishName, forKey: .priority)
    }
}
