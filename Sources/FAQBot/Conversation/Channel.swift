/// The WhatsApp number of the CHAT PJBC a message reached.
public enum Channel: String, Sendable, Hashable, Codable, CaseIterable {
    case mexicali, tijuana, ensenada

    /// The city the channel serves, as reported in decisions.
    public var city: String {
        switch self {
        case .mexicali: return "Mexicali"
        case .tijuana: return "Tijuana"
        case .ensenada: return "Ensenada"
        }
    }

    /// Reads `"tijuana"`, `"Tijuana"` or `"TIJUANA"`; `nil` for anything else.
    public init?(name: String) {
        self.init(rawValue: name.trimmingCharacters(in: .whitespaces).lowercased())
    }
}

import Foundation
