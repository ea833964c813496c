import FAQStore
import Foundation

/// Turns a lawyer's wording from a ticket into a new variant of an entry, in
/// the knowledge file (so git shows the change) and in the live knowledge (so
/// the next lawyer who asks that way gets an instant answer).
///
/// ```swift
/// let variant = try KnowledgeTeacher(database: database)
///     .teach(folio: "PJBC-2026-000123", entryID: "boletin-judicial", faqFile: "Knowledge/faq.md", by: "Ana")
/// ```
public struct KnowledgeTeacher: Sendable {
    /// The database holding the tickets and the live knowledge.
    public let database: FAQDatabase

    /// Creates a teacher working on `database`.
    public init(database: FAQDatabase) {
        self.database = database
    }

    /// Adds the ticket's first user message as a variant of `entryID` and imports the file.
    ///
    /// The file is changed only when the new knowledge imports cleanly; otherwise it is
    /// restored and the error says why (e.g. the wording is already a variant of another entry).
    ///
    /// - Returns: the variant added.
    /// - Throws: `StoreError.notFound` for an unknown folio, `FAQEditError` when the variant
    ///   cannot be added, `KnowledgeFileError` when the file would not import.
    @discardableResult
    public func teach(folio: String, entryID: String, faqFile: String, by person: String) throws -> String {
        guard let ticket = try database.ticket(folio: folio) else {
            throw StoreError.notFound("el caso «\(folio)»; use «faq-admin queue --status resuelto» para ver los folios")
        }
        guard let first = ticket.messages.first(where: { $0.author == .user })?.text,
              let wording = first.split(separator: "\n").first.map({ $0.trimmingCharacters(in: .whitespaces) }),
              !wording.isEmpty else {
            throw StoreError.invalidState("El caso \(folio) no conserva el texto del mensaje (se borró por privacidad).")
        }
        guard let data = FileManager.default.contents(atPath: faqFile) else {
            throw KnowledgeFileError.cannotRead(path: faqFile)
        }
        let original = String(decoding: data, as: UTF8.self)
        let edited = try FAQFileEditor().addingVariant(wording, toEntry: entryID, in: original)
        try edited.write(toFile: faqFile, atomically: true, encoding: .utf8)
        do {
            let source = try KnowledgeSource.load(faqFile: faqFile)
            try KnowledgeImporter(database: database).importKnowledge(source)
        } catch {
            try? original.write(toFile: faqFile, atomically: true, encoding: .utf8)
            throw error
        }
        try database.recordEvent(folio: folio, actor: person, action: "taught", detail: "\(entryID): \(wording)")
        return wording
    }
}
