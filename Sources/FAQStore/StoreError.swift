import Foundation
import GRDB

/// Why the store could not do what was asked, in Spanish for staff.
///
/// Every error thrown by `FAQDatabase` is a `StoreError`, so callers (the
/// gateway, `faq-admin`) never show a raw SQLite error or a stack trace.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// The database file cannot be opened or created at that path.
    case cannotOpen(path: String, detail: String)
    /// The file exists but is not a usable SQLite database.
    case corrupt(path: String, detail: String)
    /// The database is read-only or its folder is not writable.
    case notWritable(path: String, detail: String)
    /// The database holds no knowledge yet.
    case noKnowledge
    /// No entry, ticket, … has that identifier.
    case notFound(String)
    /// A request the current state does not allow (e.g. claiming a resolved ticket).
    case invalidState(String)
    /// Any other SQLite failure.
    case database(detail: String)

    /// The Spanish explanation for staff, with what to do about it.
    public var description: String {
        switch self {
        case let .cannotOpen(path, detail):
            return "No se pudo abrir la base de datos «\(path)»: \(detail). Revise la ruta (--db o FAQ_DB) y los permisos de la carpeta."
        case let .corrupt(path, detail):
            return "El archivo «\(path)» no es una base de datos válida o está dañado (\(detail)). Use otra ruta con --db o restaure una copia de respaldo."
        case let .notWritable(path, detail):
            return "No se puede escribir en la base de datos «\(path)» (\(detail)). Revise los permisos del archivo y de su carpeta."
        case .noKnowledge:
            return "La base de datos no tiene conocimiento cargado. Ejecute «faq-admin import Knowledge/faq.md»."
        case let .notFound(what):
            return "No se encontró \(what)."
        case let .invalidState(why):
            return why
        case let .database(detail):
            return "Error de la base de datos: \(detail)"
        }
    }

    /// No ticket has that folio (staff call tickets «casos»).
    public static func ticketNotFound(folio: String) -> StoreError {
        .notFound("el caso «\(folio)»; use «faq-admin queue» para ver los folios")
    }

    /// The same as `description`, for `LocalizedError`.
    public var errorDescription: String? { description }

    /// Maps a GRDB/SQLite error to a `StoreError` for the database at `path`.
    static func wrap(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let dbError = error as? DatabaseError else {
            return .database(detail: String(describing: error))
        }
        let detail = dbError.message ?? "\(dbError.resultCode)"
        switch dbError.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return .corrupt(path: path, detail: detail)
        case .SQLITE_CANTOPEN:
            return .cannotOpen(path: path, detail: detail)
        case .SQLITE_READONLY, .SQLITE_PERM:
            return .notWritable(path: path, detail: detail)
        default:
            return .database(detail: detail)
        }
    }
}
