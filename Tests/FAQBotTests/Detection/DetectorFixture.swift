import Foundation
@testable import FAQBot

/// The shipped `Knowledge/detectores.md`, compiled once, with an analyser that expands
/// the abbreviations the examples use.
enum DetectorFixture {
    static let lexiconURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("../../../Knowledge/detectores.md")
        .standardizedFileURL

    static let lexiconText: String = (try? String(contentsOf: lexiconURL, encoding: .utf8)) ?? ""

    static let parsed = DetectorLexiconParser().parse(lexiconText, file: "Knowledge/detectores.md")

    static let detectors = MessageDetectors(lexicon: parsed.value)

    /// Abbreviations of the kind `Knowledge/abreviaturas.md` holds (a few left out on purpose,
    /// like «tj» and «mxl», which the city list must recognise by itself).
    static let abbreviations: [String: [String]] = [
        "xq": ["porque"], "pq": ["porque"], "q": ["que"], "k": ["que"], "porfa": ["por", "favor"],
        "jdo": ["juzgado"], "juzg": ["juzgado"], "exp": ["expediente"], "expdte": ["expediente"],
        "expte": ["expediente"], "lic": ["licenciado"], "trib": ["tribunal"], "info": ["informacion"],
        "tmb": ["tambien"], "x": ["por"], "dnd": ["donde"],
        "1o": ["primero"], "2o": ["segundo"], "3o": ["tercero"], "4o": ["cuarto"],
        "ens": ["ensenada"],
    ]

    static let analyzer = Analyzer(settings: AnalysisSettings(abbreviations: abbreviations))
    static let plainAnalyzer = Analyzer(settings: AnalysisSettings())

    static func detect(_ text: String) -> DetectionResult {
        detectors.detect(analyzer.analyze(text))
    }

    /// Detection without any abbreviation expansion (the lexicon must still cope).
    static func detectWithoutAbbreviations(_ text: String) -> DetectionResult {
        detectors.detect(plainAnalyzer.analyze(text))
    }
}
