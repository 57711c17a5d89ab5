/// The dense weights an averaged perceptron learns, with the running sums for averaging.
///
/// `rows × tagCount` weights. A mistake moves one unit from the predicted tag to the gold one in
/// every row the token fired; the sums weight each change by the number of instances seen, so
/// ``averaged()`` is each weight's mean over training (Collins 2002) without a pass per instance.
final class PerceptronWeights: WeightRows {
  let tagCount: Int
  private(set) var current: [Float]
  private var sums: [Double]
  private var instances: Double = 1
  /// Tokens seen and mistaken since the last ``resetCounts()``.
  private(set) var seen = 0
  private(set) var mistakes = 0

  init(rows: Int, tagCount: Int) {
    self.tagCount = tagCount
    current = [Float](repeating: 0, count: rows * tagCount)
    sums = [Double](repeating: 0, count: rows * tagCount)
  }

  @inline(__always)
  func accumulate(_ row: Int32, into scores: UnsafeMutablePointer<Float>) {
    let base = Int(row) * tagCount
    current.withUnsafeBufferPointer { w in
      for k in 0..<tagCount { scores[k] += w[base + k] }
    }
  }

  /// One training instance: the decoder predicted `predicted` from these rows where `gold` was
  /// right.
  @inline(__always)
  func learn(gold: Int, predicted: Int, observation: ArraySlice<Int32>, tagRows: [Int32]) {
    seen += 1
    if gold != predicted {
      mistakes += 1
      for row in observation { update(row, gold: gold, predicted: predicted) }
      for row in tagRows { update(row, gold: gold, predicted: predicted) }
    }
    instances += 1
  }

  @inline(__always)
  private func update(_ row: Int32, gold: Int, predicted: Int) {
    let base = Int(row) * tagCount
    current[base + gold] += 1
    current[base + predicted] -= 1
    sums[base + gold] += instances
    sums[base + predicted] -= instances
  }

  /// The share of tokens mistaken since the last reset.
  var errorRate: Double { Double(mistakes) / Double(max(seen, 1)) }

  func resetCounts() {
    seen = 0
    mistakes = 0
  }

  /// The averaged weights: each weight's mean over all instances seen.
  func averaged() -> [Float] {
    var out = [Float](repeating: 0, count: current.count)
    for k in out.indices { out[k] = Float(Double(current[k]) - sums[k] / instances) }
    return out
  }
}
