import Foundation

/// Why `FAQFileEditor` refused to change `Knowledge/faq.md`; the description is Spanish, for staff.
///
/// ```swift
/// do { text = try FAQFileEditor().addingVariant("boletin de hoy", toEntry: "boletin-judicial", in: text) }
/// catch { print(error) }   // «la entrada «boletin-judicial» ya tiene la variante …»
/// ```
public enum FAQEditError: Error, Sendable, Hashable, LocalizedError, CustomStringConvertible {
    /// No entry has this id; `suggestion` is the closest existing id, if any.
    case entryNotFound(id: String, suggestion: String?)
    /// Several entries have this id (the file has errors to fix first).
    case ambiguousEntry(id: String, lines: [Int])
    /// The variant is empty once trimmed.
    case emptyVariant
    /// The entry already has this variant (or it is the entry's own question), at `line`.
    case variantAlreadyPresent(variant: String, id: String, line: Int)
    /// Another entry already has this variant, at `line`.
    case variantInOtherEntry(variant: String, otherID: String, line: Int)
    /// The variant is the question of another entry, whose heading is at `line`.
    case variantIsQuestion(variant: String, otherID: String, line: Int)

    /// What went wrong and how to fix it, in Spanish (usted).
    public var description: String {
        switch self {
        case let .entryNotFound(id, suggestion):
            let hint = suggestion.map { "¿quiso decir «\($0)»? " } ?? ""
            return "no hay ninguna entrada con el id «\(id)» en el archivo; \(hint)"
                + "Revise el id en la línea «- id: …» de la entrada"
        case let .ambiguousEntry(id, lines):
            let list = lines.map(String.init).joined(separator: ", ")
            return "hay varias entradas con el id «\(id)» (líneas \(list)); corrija el archivo para que cada id "
                + "sea único y vuelva a intentarlo"
        case .emptyVariant:
            return "la variante está vacía; escriba la frase que el abogado usó"
        case let .variantAlreadyPresent(variant, id, line):
            return "la entrada «\(id)» ya tiene la variante «\(variant)» (línea \(line)); no hace falta agregarla"
        case let .variantInOtherEntry(variant, otherID, line):
            return "la variante «\(variant)» ya pertenece a la entrada «\(otherID)» (línea \(line)); una variante "
                + "solo puede llevar a una respuesta: quítela de esa entrada si debe llevar a esta"
        case let .variantIsQuestion(variant, otherID, line):
            return "«\(variant)» es la pregunta de la entrada «\(otherID)» (línea \(line)); no puede ser variante "
                + "de otra entrada"
        }
    }

    /// The same text as `description`, for `localizedDescription`.
    public var errorDescription: String? { description }
}
