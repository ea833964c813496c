/// Secret comparison in time that does not depend on where two values differ.
enum ConstantTime {
    /// Whether `a` and `b` are the same non-empty text (an empty secret never matches).
    static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count, !x.isEmpty else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}
