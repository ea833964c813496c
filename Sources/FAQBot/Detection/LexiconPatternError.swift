/// Why a pattern of `Knowledge/detectores.md` could not be compiled (message in Spanish).
struct LexiconPatternError: Error, Sendable, Hashable {
    let message: String
}
