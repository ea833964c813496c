/// Where handoffs go and how urgent they are: what staff curate in `Knowledge/rutas.md`.
///
/// ```markdown
/// ## Quejas
/// - tribunal electronico, plataforma, sistema* = Informática
/// - actuari*, groser*, mordida = Tribunal de Disciplina Judicial
/// ## Urgente
/// - mordida, me pidieron dinero, audiencia hoy
/// ## Área por omisión
/// - Presidencia
/// ```
public struct RoutingRules: Sendable, Hashable, Codable {
    /// Patterns (as in `detectores.md`) that send a complaint or suggestion to an area.
    public struct Route: Sendable, Hashable, Codable {
        /// Any of these patterns in the message sends it to `area`.
        public var patterns: [LexiconPattern]
        /// The area that receives it.
        public var area: String
    }

    /// Checked in order; the first route with a pattern in the message wins.
    public var routes: [Route]
    /// Patterns that make a handoff urgent (corruption, a hearing or a deadline today).
    public var urgent: [LexiconPattern]
    /// The area for what no route or entry assigns.
    public var defaultArea: String

    /// Creates rules; by default no routes, nothing urgent and `Presidencia` as the default area.
    public init(routes: [Route] = [], urgent: [LexiconPattern] = [], defaultArea: String = "Presidencia") {
        self.routes = routes
        self.urgent = urgent
        self.defaultArea = defaultArea
    }

    /// No routes and no urgent patterns, with `Presidencia` as the default area (when `rutas.md` is absent).
    public static let empty = RoutingRules()
}
