import Foundation

/// A JSON text written in order as UTF-8 bytes, with `JSONEncoder`'s separators and escapes.
///
/// For the JSON written on every handled message (the stored result, a new ticket's
/// candidates and evidence), where `JSONEncoder` cost more than the database write.
/// Each caller's test checks its output is byte for byte `JSONEncoder`'s.
///
/// ```swift
/// var json = JSONText()
/// json.open(); json.key("folio"); json.string("PJBC-2026-000001"); json.close()
/// json.data  // {"folio":"PJBC-2026-000001"}
/// ```
package struct JSONText {
    package private(set) var bytes: [UInt8] = []
    private var needsComma = false
    /// Whether "/" is written "\/", as `JSONEncoder` does unless told `.withoutEscapingSlashes`.
    private let escapesSlashes: Bool

    /// - Parameter escapingSlashes: write "/" as "\/" (`JSONEncoder`'s default output).
    package init(escapingSlashes: Bool = false) {
        escapesSlashes = escapingSlashes
        bytes.reserveCapacity(1_024)
    }

    /// The text written so far, as UTF-8 data.
    package var data: Data { Data(bytes) }
    /// The text written so far.
    package var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Starts an object.
    package mutating func open() { separate(); bytes.append(UInt8(ascii: "{")); needsComma = false }
    /// Ends the object started last.
    package mutating func close() { bytes.append(UInt8(ascii: "}")); needsComma = true }

    /// Writes an object key (keys are plain ASCII names: not escaped).
    package mutating func key(_ name: String) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: name.utf8)
        bytes.append(contentsOf: "\":".utf8)
        needsComma = false
    }

    /// Writes `null`.
    package mutating func null() { separate(); bytes.append(contentsOf: "null".utf8); needsComma = true }
    /// Writes `true` or `false`.
    package mutating func bool(_ value: Bool) { separate(); bytes.append(contentsOf: (value ? "true" : "false").utf8); needsComma = true }

    /// Writes a finite number as `JSONEncoder` does: whole numbers without a fraction, others in Swift's shortest form.
    package mutating func number(_ value: Double) {
        separate()
        // Whole numbers without a fraction, as JSONEncoder writes them ("1", "0").
        let text = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
        bytes.append(contentsOf: text.utf8)
        needsComma = true
    }

    /// Writes a string with `JSONEncoder`'s escapes, or `null` for `nil`.
    package mutating func string(_ value: String?) {
        guard let value else { return null() }
        separate()
        bytes.append(UInt8(ascii: "\""))
        let utf8 = value.utf8
        if !utf8.contains(where: {
            $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || (escapesSlashes && $0 == UInt8(ascii: "/"))
        }) {
            bytes.append(contentsOf: utf8)
        } else {
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
                case UInt8(ascii: "\\"): bytes.append(contentsOf: "\\\\".utf8)
                case UInt8(ascii: "/") where escapesSlashes: bytes.append(contentsOf: "\\/".utf8)
                case 0x0A: bytes.append(contentsOf: "\\n".utf8)
                case 0x0D: bytes.append(contentsOf: "\\r".utf8)
                case 0x09: bytes.append(contentsOf: "\\t".utf8)
                case 0x08: bytes.append(contentsOf: "\\b".utf8)
                case 0x0C: bytes.append(contentsOf: "\\f".utf8)
                case ..<0x20:
                    let hex = String(byte, radix: 16)
                    bytes.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                default: bytes.append(byte)   // multi-byte UTF-8 sequences are copied as they are
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    /// Writes an array of strings.
    package mutating func strings(_ values: [String]) {
        array(values) { json, value in json.string(value) }
    }

    /// Writes an array, each element by `element`.
    package mutating func array<T>(_ values: [T], _ element: (inout JSONText, T) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
        for value in values { element(&self, value) }
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }
}
