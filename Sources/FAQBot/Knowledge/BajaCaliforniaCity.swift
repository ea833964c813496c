/// The cities of Baja California that an FAQ entry may be limited to (`- ciudades:`).
enum BajaCaliforniaCity {
    /// The accepted names, as staff should write them.
    static let names = [
        "Mexicali", "Tijuana", "Ensenada", "Tecate", "Playas de Rosarito", "Rosarito",
        "San Quintín", "San Felipe",
    ]

    /// `true` when `name` is one of `names`, ignoring case, accents and spacing.
    static func isKnown(_ name: String) -> Bool {
        foldedNames.contains(TextNormalization.folded(name))
    }

    /// `names` folded, computed once.
    private static let foldedNames = Set(names.map(TextNormalization.folded))

    /// The known name closest to a misspelt one (`Tijuna` → `Tijuana`), or `nil` when none is close.
    static func suggestion(for name: String) -> String? {
        SpellingSuggestion.closest(to: name, among: names, maximumDistance: 3)
    }

    /// The names as a Spanish enumeration: `"Mexicali, Tijuana, … o San Felipe"`.
    static var spanishList: String {
        names.dropLast().joined(separator: ", ") + " o " + names[names.count - 1]
    }
}
