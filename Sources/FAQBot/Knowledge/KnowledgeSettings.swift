/// The settings that travel with a knowledge version (stored as JSON next to it):
/// how to analyse text, what the detectors look for, the bot's own texts, the routing of handoffs
/// and the office hours (`nil` when not configured, and in versions stored before they existed).
struct KnowledgeSettings: Sendable, Hashable, Codable {
    var analysis: AnalysisSettings
    var detectors: DetectorLexicon
    var texts: BotTexts
    var routing: RoutingRules
    var officeHours: OfficeHours? = nil
}
