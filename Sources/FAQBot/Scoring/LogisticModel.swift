import Foundation

/// A logistic regression: P(y = 1 | x) = σ(b + w·x), fitted by Newton's method
/// with a small L2 penalty (the data sets are a few thousand rows of a handful
/// of features, so exact second-order steps converge in a few iterations).
///
/// ```swift
/// let model = LogisticModel.fit(samples: [[0.1], [0.9]], labels: [false, true])
/// model.probability([0.8])   // close to 1
/// ```
struct LogisticModel: Sendable, Hashable, Codable {
    var bias: Double
    var weights: [Double]

    func logit(_ features: [Double]) -> Double {
        var z = bias
        for index in 0..<min(weights.count, features.count) { z += weights[index] * features[index] }
        return z
    }

    func probability(_ features: [Double]) -> Double {
        Self.sigmoid(logit(features))
    }

    static func sigmoid(_ z: Double) -> Double {
        z >= 0 ? 1 / (1 + exp(-z)) : exp(z) / (1 + exp(z))
    }

    /// Fits the model. With no positive or no negative sample, returns a constant
    /// model giving the observed rate (or 0 with no samples at all).
    ///
    /// - Parameters:
    ///   - samples: feature vectors, all of the same length.
    ///   - labels: one per sample.
    ///   - penalty: L2 penalty on the weights (not the bias).
    ///   - weights: one per sample (default 1): how much each counts, e.g. to set a class prior.
    static func fit(samples: [[Double]], labels: [Bool], weights: [Double]? = nil, penalty: Double = 0.01,
                    iterations: Int = 50) -> LogisticModel {
        let dimension = samples.first?.count ?? 0
        let positives = labels.filter { $0 }.count
        guard positives > 0, positives < labels.count, samples.count == labels.count else {
            let rate = samples.isEmpty ? 0.0 : Double(positives) / Double(labels.count)
            let clamped = min(max(rate, 1e-4), 1 - 1e-4)
            return LogisticModel(bias: log(clamped / (1 - clamped)), weights: [Double](repeating: 0, count: dimension))
        }
        let size = dimension + 1
        var beta = [Double](repeating: 0, count: size)
        for _ in 0..<iterations {
            var gradient = [Double](repeating: 0, count: size)
            var hessian = [[Double]](repeating: [Double](repeating: 0, count: size), count: size)
            for (index, (sample, label)) in zip(samples, labels).enumerated() {
                let weight = weights?[index] ?? 1
                let x = [1.0] + sample
                var z = 0.0
                for k in 0..<size { z += beta[k] * x[k] }
                let p = sigmoid(z)
                let residual = weight * ((label ? 1.0 : 0.0) - p)
                let curvature = weight * max(p * (1 - p), 1e-9)
                for a in 0..<size {
                    gradient[a] += residual * x[a]
                    for b in a..<size { hessian[a][b] += curvature * x[a] * x[b] }
                }
            }
            for a in 0..<size {
                for b in 0..<a { hessian[a][b] = hessian[b][a] }
                if a > 0 {
                    gradient[a] -= penalty * beta[a]
                    hessian[a][a] += penalty
                }
            }
            hessian[0][0] += 1e-9
            guard let step = solve(hessian, gradient) else { break }
            var largest = 0.0
            for k in 0..<size {
                beta[k] += step[k]
                largest = max(largest, abs(step[k]))
            }
            if largest < 1e-8 { break }
        }
        return LogisticModel(bias: beta[0], weights: Array(beta.dropFirst()))
    }

    /// Solves `a · x = b` by Gaussian elimination with partial pivoting.
    private static func solve(_ a: [[Double]], _ b: [Double]) -> [Double]? {
        var m = a
        var v = b
        let n = v.count
        for column in 0..<n {
            guard let pivot = (column..<n).max(by: { abs(m[$0][column]) < abs(m[$1][column]) }),
                  abs(m[pivot][column]) > 1e-12 else { return nil }
            m.swapAt(column, pivot)
            v.swapAt(column, pivot)
            for row in (column + 1)..<n {
                let factor = m[row][column] / m[column][column]
                if factor == 0 { continue }
                for k in column..<n { m[row][k] -= factor * m[column][k] }
                v[row] -= factor * v[column]
            }
        }
        var x = [Double](repeating: 0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) {
            var sum = v[row]
            for k in (row + 1)..<n { sum -= m[row][k] * x[k] }
            x[row] = sum / m[row][row]
        }
        return x
    }
}
