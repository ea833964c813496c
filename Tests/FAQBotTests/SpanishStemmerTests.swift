import Foundation
import Testing
@testable import FAQBot

@Suite("SpanishStemmer")
struct SpanishStemmerTests {
    let stemmer = SpanishStemmer()

    /// Snowball's reference data (see Fixtures/snowball-spanish/SOURCE.md).
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/snowball-spanish")

    /// The lines of a fixture file, without the final empty line.
    static func lines(of name: String) throws -> [String] {
        let text = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    @Test("Reproduces the Snowball reference stems for the whole vocabulary")
    func snowballReferenceVocabulary() throws {
        let words = try Self.lines(of: "voc.txt")
        let expected = try Self.lines(of: "output.txt")
        try #require(words.count == expected.count)
        #expect(words.count == 28_378)

        var mismatchCount = 0
        var firstMismatches: [String] = []
        for (word, stem) in zip(words, expected) {
            let got = stemmer.stem(word)
            if got != stem {
                mismatchCount += 1
                if firstMismatches.count < 20 {
                    firstMismatches.append("\(word): expected \(stem), got \(got)")
                }
            }
        }
        #expect(
            mismatchCount == 0,
            "\(mismatchCount) of \(words.count) words differ; first ones:\n\(firstMismatches.joined(separator: "\n"))"
        )
    }

    @Test("Unaccented -acion / -ucion (Snowball 3.x) stem like the accented forms")
    func unaccentedAcionAndUcion() {
        let pairs = [
            ("información", "informacion", "inform"),
            ("notificación", "notificacion", "notif"),
            ("resolución", "resolucion", "resolu"),
            ("constitución", "constitucion", "constitu"),
        ]
        for (accented, unaccented, stem) in pairs {
            #expect(stemmer.stem(accented) == stem)
            #expect(stemmer.stem(unaccented) == stem)
        }
    }

    @Test("ñ is an ordinary consonant and is kept")
    func wordsWithEnye() {
        #expect(stemmer.stem("niño") == "niñ")
        #expect(stemmer.stem("niños") == "niñ")
        #expect(stemmer.stem("niña") == "niñ")
        #expect(stemmer.stem("señoría") == "señor")
        #expect(stemmer.stem("españoles") == "español")
        // "-os" starts before RV (which begins after the "o"), so it stays.
        #expect(stemmer.stem("años") == "años")
    }

    @Test("Short words are left alone, apart from accent removal")
    func shortWords() {
        for word in ["", "a", "y", "de", "el", "en", "la", "yo", "con", "sin"] {
            #expect(stemmer.stem(word) == word)
        }
        #expect(stemmer.stem("más") == "mas")
        #expect(stemmer.stem("á") == "a")
    }

    @Test("Attached pronouns are removed after a gerund or infinitive in RV")
    func attachedPronouns() {
        #expect(stemmer.stem("haciéndola") == "hac")
        #expect(stemmer.stem("diciéndole") == "dic")
        #expect(stemmer.stem("comiéndoselo") == "com")
        #expect(stemmer.stem("entregándoselos") == "entreg")
        #expect(stemmer.stem("buscándolo") == "busc")
        #expect(stemmer.stem("buscandolo") == "busc")
        // In "dándole" the "ándo" starts before RV (after "dán"), so the
        // pronoun stays: Snowball gives "dandol".
        #expect(stemmer.stem("dándole") == "dandol")
    }

    @Test("Inflections of one word conflate to one stem")
    func conflation() {
        for word in ["demanda", "demandas", "demandar", "demandado", "demandados"] {
            #expect(stemmer.stem(word) == "demand")
        }
        #expect(stemmer.stem("juzgado") == "juzg")
        #expect(stemmer.stem("juzgados") == "juzg")
        #expect(stemmer.stem("tribunales") == "tribunal")
    }

    @Test("Acute accents are removed, ü is kept, and gu + e loses the u")
    func accentsAndGu() {
        #expect(stemmer.stem("ñandú") == "ñandu")
        #expect(stemmer.stem("pingüinos") == "pingüin")
        #expect(stemmer.stem("lleguen") == "lleg")
        #expect(stemmer.stem("averigue") == "averig")
    }

    @Test("Stop-word list matches the Snowball fixture")
    func stopWords() throws {
        // Parse stop.txt by Snowball's rules, independently of the generated set.
        var words: [String] = []
        for line in try Self.lines(of: "stop.txt") {
            if let first = line.first, first.isWhitespace,
               line.drop(while: \.isWhitespace).first == "|" {
                continue
            }
            let content = line.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)[0]
            if let word = content.split(whereSeparator: \.isWhitespace).first {
                words.append(String(word))
            }
        }
        #expect(words.count == 308)
        #expect(Set(words) == SnowballStopWords.spanish)
        #expect(SnowballStopWords.spanish.contains("más"))
        #expect(!SnowballStopWords.spanish.contains("sed"))
    }
}
