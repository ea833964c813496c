/// A list stored with the knowledge that decodes as empty when its key is missing: the settings
/// of a version imported before a lexicon section existed still load, without the section.
///
/// ```swift
/// @EmptyWhenMissing public var complaintOtherParties: [LexiconPattern] = []
/// ```
@propertyWrapper
public struct EmptyWhenMissing<Element: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    /// The list.
    public var wrappedValue: [Element]

    /// Wraps `wrappedValue`.
    public init(wrappedValue: [Element] = []) {
        self.wrappedValue = wrappedValue
    }

    /// Decodes the list itself (the wrapper adds no level to the stored JSON).
    public init(from decoder: any Decoder) throws {
        wrappedValue = try decoder.singleValueContainer().decode([Element].self)
    }

    /// Encodes the list itself.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }
}

extension KeyedDecodingContainer {
    /// A missing key is an empty list (the synthesised `Codable` would throw `keyNotFound`).
    public func decode<Element>(_ type: EmptyWhenMissing<Element>.Type, forKey key: Key) throws -> EmptyWhenMissing<Element> {
        try decodeIfPresent(type, forKey: key) ?? EmptyWhenMissing()
    }
}
