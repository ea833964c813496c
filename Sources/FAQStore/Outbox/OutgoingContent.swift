import Foundation

/// What one outgoing WhatsApp message says: plain text, an interactive list, or a template.
///
/// Stored as JSON in the outbox; the gateway turns it into the Cloud API's message JSON.
///
/// ```swift
/// let content = OutgoingContent.text("Su número de folio es *PJBC-2026-000123*.")
/// ```
public enum OutgoingContent: Sendable, Hashable, Codable {
    /// A text message (`type: text`), at most 4,096 characters.
    case text(String)
    /// An interactive list message (`type: interactive`, `interactive.type: list`).
    case list(OutgoingList)
    /// A pre-approved template (the only message allowed outside the 24-hour window).
    case template(name: String, language: String)

    /// The kind stored beside the JSON: `text`, `list` or `template`.
    public var kind: String {
        switch self {
        case .text: return "text"
        case .list: return "list"
        case .template: return "template"
        }
    }

    /// The text a person reads in it (the list's body; the template's name).
    public var summary: String {
        switch self {
        case let .text(text): return text
        case let .list(list): return list.body
        case let .template(name, language): return "plantilla \(name) (\(language))"
        }
    }
}

/// An interactive list: a body, the button that opens it and its rows (one section).
public struct OutgoingList: Sendable, Hashable, Codable {
    /// One row: its id comes back in the user's `list_reply`.
    public struct Row: Sendable, Hashable, Codable {
        /// At most 200 characters.
        public var id: String
        /// At most 24 characters.
        public var title: String
        /// At most 72 characters, or `nil`.
        public var description: String?

        /// Creates a row.
        public init(id: String, title: String, description: String? = nil) {
            self.id = id
            self.title = title
            self.description = description
        }
    }

    /// The message text, at most 1,024 characters.
    public var body: String
    /// The label of the button that opens the list, at most 20 characters.
    public var button: String
    /// At most 10 rows.
    public var rows: [Row]

    /// Creates a list.
    public init(body: String, button: String, rows: [Row]) {
        self.body = body
        self.button = button
        self.rows = rows
    }

    /// The Cloud API's limits for an interactive list message.
    public enum Limits {
        /// Characters of the body.
        public static let body = 1024
        /// Characters of the button.
        public static let button = 20
        /// Rows in all.
        public static let rows = 10
        /// Characters of a row title.
        public static let rowTitle = 24
        /// Characters of a row description.
        public static let rowDescription = 72
        /// Characters of a row id.
        public static let rowID = 200
    }

    /// `true` when the Cloud API accepts the list as it is (else send it as text).
    public var fitsLimits: Bool {
        !body.isEmpty && body.count <= Limits.body && !button.isEmpty && button.count <= Limits.button
            && !rows.isEmpty && rows.count <= Limits.rows
            && rows.allSatisfy { row in
                !row.title.isEmpty && row.title.count <= Limits.rowTitle && !row.id.isEmpty && row.id.count <= Limits.rowID
                    && (row.description?.count ?? 0) <= Limits.rowDescription
            }
            && Set(rows.map(\.id)).count == rows.count
    }
}
