/// Turns the text of a lexicon pattern into `PatternElement`s, the way messages are analysed.
///
/// Words go through the same normalisation as messages (lowercase, no accents, letters
/// repeated for emphasis collapsed) and "por que" becomes "porque". A lone `*` is any one
/// word, a lone `...` up to `PatternElement.maximumGap` words (or none), a trailing `*`
/// makes a word prefix and a leading `*` a word ending (`*ran`); `<numero>` and
/// `<expediente>` are placeholders. A `<clase>` named in `wordClasses` stands for each of
/// its alternatives in turn (`expand`), so that one line covers a verb with every way of
/// naming a person.
///
/// ```swift
/// try LexiconPatternCompiler().compile("¿Por qué nadie contesta?")
/// // [.word("porque"), .word("nadie"), .word("contesta")]
/// let classes = ["<alguien>": [[.word("alguien")], [.word("una"), .word("persona")]]]
/// try LexiconPatternCompiler(wordClasses: classes).expand("hablar con <alguien>")
/// // [[.word("hablar"), .word("con"), .word("alguien")],
/// //  [.word("hablar"), .word("con"), .word("una"), .word("persona")]]
/// ```
struct LexiconPatternCompiler: Sendable {
    /// The shortest prefix a `palabra*` may have, so that `a*` does not match half the language.
    static let minimumPrefixLength = 3
    /// The shortest ending a `*final` may have.
    static let minimumSuffixLength = 3
    /// The most patterns one line may expand to (the product of its classes' sizes).
    static let maximumExpansions = 1_000

    /// Word classes by their folded name with the angle brackets (`<alguien>`): each
    /// alternative is a compiled run of elements.
    var wordClasses: [String: [[PatternElement]]] = [:]

    private let normalizer = TextNormalizer()

    /// Compiles a pattern that names no word class (a name of `## ciudades`, `## juzgados`…, a phrase
    /// of a class, a rule of `rutas.md`).
    ///
    /// - Throws: `LexiconPatternError` when the pattern is empty, misplaces `*` or `...`, or names
    ///   a class (use `expand` for those).
    func compile(_ text: String) throws(LexiconPatternError) -> [PatternElement] {
        let (expansions, namesClass) = try expanding(text, classesAllowed: false)
        guard !namesClass, let only = expansions.first else {
            throw LexiconPatternError(message: "las clases de palabras («<...>») se usan en los patrones, no en los nombres de ciudades, juzgados, órganos, ordinales o materias: quítela de «\(text)»")
        }
        return only
    }

    /// Compiles a pattern into one element list per combination of its word classes' alternatives
    /// (one list when it names none).
    ///
    /// - Throws: `LexiconPatternError` as `compile`, for an unknown `<marcador>`, or when the
    ///   combinations exceed `maximumExpansions`.
    func expand(_ text: String) throws(LexiconPatternError) -> [[PatternElement]] {
        try expanding(text, classesAllowed: true).expansions
    }

    /// - Parameter classesAllowed: whether an unknown `<marcador>` may be a class to define
    ///   (patterns) or only `<numero>` and `<expediente>` (names).
    private func expanding(_ text: String, classesAllowed: Bool) throws(LexiconPatternError)
        -> (expansions: [[PatternElement]], namesClass: Bool) {
        var namesClass = false
        // «que... pero» is «que ... pero».
        let spaced = text.replacing("…", with: " ... ").replacing("...", with: " ... ")
        var combinations: [[PatternElement]] = [[]]
        for chunk in spaced.split(whereSeparator: \.isWhitespace) {
            let chunk = String(chunk)
            // «¿<alguien>?» names the class as much as «<alguien>» does.
            let marker = Self.markerKey(chunk)
            if let alternatives = wordClasses[marker] {
                guard combinations.count * alternatives.count <= Self.maximumExpansions else {
                    throw LexiconPatternError(message: "«\(text)» combina demasiadas clases (más de \(Self.maximumExpansions) patrones): divídalo en varias líneas")
                }
                combinations = combinations.flatMap { prefix in alternatives.map { prefix + $0 } }
                namesClass = true
            } else {
                let elements = marker.contains("<") || marker.contains(">")
                    ? try compile(marker: marker, written: chunk, classesAllowed: classesAllowed)
                    : try compile(chunk: chunk)
                combinations = combinations.map { $0 + elements }
            }
        }
        var expansions: [[PatternElement]] = []
        for elements in combinations { expansions.append(try validated(elements, text: text)) }
        return (expansions, namesClass)
    }

    private func validated(_ elements: [PatternElement], text: String) throws(LexiconPatternError) -> [PatternElement] {
        let elements = Self.mergingPhrases(elements)
        guard let first = elements.first, let last = elements.last else {
            throw LexiconPatternError(message: "el patrón está vacío")
        }
        if first == .anyWord || last == .anyWord {
            throw LexiconPatternError(message: "«*» no puede ir al principio ni al final del patrón «\(text)»")
        }
        if first == .gap || last == .gap {
            throw LexiconPatternError(message: "«...» no puede ir al principio ni al final del patrón «\(text)»")
        }
        if zip(elements, elements.dropFirst()).contains(where: { $0 == .gap && $1 == .gap }) {
            throw LexiconPatternError(message: "«... ...» sobra: un solo «...» ya vale por hasta \(PatternElement.maximumGap) palabras, en «\(text)»")
        }
        return elements
    }

    /// A chunk folded and without the punctuation around it, as class names are stored.
    private static func markerKey(_ chunk: String) -> String {
        let folded = CharacterFolding.fold(chunk.lowercased())
        let kept: (Character) -> Bool = { $0.isLetter || $0.isNumber || $0 == "<" || $0 == ">" || $0 == "-" }
        guard let start = folded.firstIndex(where: kept), let end = folded.lastIndex(where: kept) else { return "" }
        return String(folded[start...end])
    }

    /// `<numero>`, `<expediente>`, or an unknown marker (not a class: those are expanded before).
    private func compile(marker: String, written chunk: String, classesAllowed: Bool) throws(LexiconPatternError)
        -> [PatternElement] {
        switch marker {
        case "<numero>": return [.number]
        case "<expediente>": return [.caseNumber]
        default:
            guard classesAllowed else {
                throw LexiconPatternError(message: "marcador desconocido «\(chunk)»: use <numero> o <expediente>")
            }
            let classes = wordClasses.keys.sorted().joined(separator: ", ")
            let known = classes.isEmpty ? "defina la clase en «## clases»" : "una clase de «## clases» (\(classes))"
            throw LexiconPatternError(message: "marcador desconocido «\(chunk)»: use <numero>, <expediente> o \(known)")
        }
    }

    private func compile(chunk: String) throws(LexiconPatternError) -> [PatternElement] {
        if chunk == "*" { return [.anyWord] }
        if chunk == "..." || chunk == "…" { return [.gap] }
        if chunk.hasPrefix("*") {
            return [try suffix(chunk)]
        }
        let isPrefix = chunk.hasSuffix("*")
        let body = isPrefix ? String(chunk.dropLast()) : chunk
        if body.contains("*") {
            throw LexiconPatternError(message: "«*» va solo (una palabra cualquiera), al final de una palabra (groser*) o al principio (*ran), no en «\(chunk)»")
        }
        let words = normalizer.normalize(body).tokens.map { CharacterFolding.fold($0.text) }
        guard let lastWord = words.last else {
            if isPrefix {
                throw LexiconPatternError(message: "«\(chunk)» no tiene letras antes de «*»")
            }
            return []
        }
        var elements = words.map { PatternElement.word($0) }
        if isPrefix {
            guard lastWord.count >= Self.minimumPrefixLength else {
                throw LexiconPatternError(message: "el prefijo «\(chunk)» es muy corto: escriba al menos \(Self.minimumPrefixLength) letras antes de «*»")
            }
            elements[elements.count - 1] = .prefix(lastWord)
        }
        return elements
    }

    /// `*ran`: a word ending, written after `*`.
    private func suffix(_ chunk: String) throws(LexiconPatternError) -> PatternElement {
        let body = String(chunk.dropFirst())
        if body.contains("*") {
            throw LexiconPatternError(message: "«*» va solo (una palabra cualquiera), al final de una palabra (groser*) o al principio (*ran), no en «\(chunk)»")
        }
        let words = normalizer.normalize(body).tokens.map { CharacterFolding.fold($0.text) }
        guard words.count == 1, let ending = words.first, ending.count >= Self.minimumSuffixLength else {
            throw LexiconPatternError(message: "la terminación «\(chunk)» debe tener al menos \(Self.minimumSuffixLength) letras después de «*» y ser una sola palabra")
        }
        return .suffix(ending)
    }

    /// Applies `MessageWords.mergingPhrases` to the literal words of a pattern.
    static func mergingPhrases(_ elements: [PatternElement]) -> [PatternElement] {
        var output: [PatternElement] = []
        output.reserveCapacity(elements.count)
        for element in elements {
            if element == .word("que"), output.last == .word("por") {
                output[output.count - 1] = .word("porque")
            } else {
                output.append(element)
            }
        }
        return output
    }
}
