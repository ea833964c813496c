/// The first city of `## ciudades` that the message names, by its canonical name.
struct CityDetector: Sendable {
    let cities: [CanonicalName]

    func city(matches: [PatternMatch]) -> String? {
        let first = matches.filter { $0.group == .city }.min { ($0.start, $1.end) < ($1.start, $0.end) }
        return first.map { cities[$0.item].name }
    }
}
