/// Messages that are complaints and messages that share their words but are not
/// (`Knowledge/quejas.md`): what the complaint classifier learns from.
///
/// ```swift
/// ComplaintExamples(complaints: ["qué eficientes, una semana para subir un acuerdo"],
///                   others: ["la audiencia se difirió, ¿cuándo se reprograma?"])
/// ```
public struct ComplaintExamples: Sendable, Hashable, Codable {
    /// Complaints, protests and inconformidades.
    public var complaints: [String]
    /// Messages that are not complaints though they mention delays, errors or problems.
    public var others: [String]

    /// Creates the examples.
    public init(complaints: [String] = [], others: [String] = []) {
        self.complaints = complaints
        self.others = others
    }

    /// Whether there is anything to learn from (both kinds are needed).
    public var isUsable: Bool { !complaints.isEmpty && !others.isEmpty }
}
