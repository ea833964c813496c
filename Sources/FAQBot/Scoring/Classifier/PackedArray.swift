import Foundation

/// An array of fixed-size numbers stored as the base64 of its bytes (little-endian, as on
/// every platform Swift serves this package on): the entry classifier's weights would
/// otherwise be hundreds of thousands of JSON numbers in the stored model.
struct PackedArray<Element: FixedWidthNumber>: Sendable, Hashable, Codable {
    var elements: [Element]

    init(_ elements: [Element]) {
        self.elements = elements
    }

    init(from decoder: any Decoder) throws {
        let data = try decoder.singleValueContainer().decode(Data.self)
        guard data.count % MemoryLayout<Element>.stride == 0 else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "packed array of \(data.count) bytes"))
        }
        elements = [Element](repeating: .zero, count: data.count / MemoryLayout<Element>.stride)
        _ = elements.withUnsafeMutableBytes { data.copyBytes(to: $0) }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(elements.withUnsafeBytes { Data($0) })
    }
}

/// The numbers a `PackedArray` holds.
protocol FixedWidthNumber: Sendable, Hashable, Numeric, BitwiseCopyable {}
extension Float: FixedWidthNumber {}
extension UInt64: FixedWidthNumber {}
