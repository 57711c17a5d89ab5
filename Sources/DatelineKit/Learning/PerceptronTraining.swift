/// How an averaged perceptron is trained: epochs, table size, seed and pruning.
///
/// The commands `dateline train ner`, `train syntax` and `train quotes` share these options;
/// each trainer has its own defaults.
public struct TrainingOptions: Sendable {
  public var epochs: Int
  /// log2 of the number of hashed feature rows.
  public var rowBits: Int
  public var seed: UInt64
  /// Averaged weights smaller than this are dropped from a sparse model.
  public var prune: Float
  public init(epochs: Int, rowBits: Int, seed: UInt64 = 2003, prune: Float = 0) {
    self.epochs = epochs
    self.rowBits = rowBits
    self.seed = seed
    self.prune = prune
  }
}

/// The epoch loop of every averaged-perceptron trainer.
///
/// Each epoch visits the examples (documents or sentences) in an order shuffled by the seed;
/// `visit` decodes one with the live weights, calling ``PerceptronWeights/learn`` per token.
/// After each epoch `epochDone` gets the epoch number and the training error rate, and averages
/// and scores the weights. Same examples, options and seed give the same weights.
struct PerceptronTraining {
  var epochs: Int
  var seed: UInt64

  func run(
    examples: Int, weights: PerceptronWeights, visit: (_ example: Int) -> Void,
    epochDone: (_ epoch: Int, _ errorRate: Double) -> Void
  ) {
    var random = SplitMix64(seed: seed)
    var order = Array(0..<examples)
    for epoch in 1...max(1, epochs) {
      for k in stride(from: order.count - 1, to: 0, by: -1) {
        order.swapAt(k, Int(random.next() % UInt64(k + 1)))
      }
      weights.resetCounts()
      for index in order { visit(index) }
      epochDone(epoch, weights.errorRate)
    }
  }

  /// `x` as a percentage with two decimals (`91.56%`), for progress lines.
  static func percent(_ x: Double) -> String {
    let hundredths = Int((x * 10000).rounded())
    return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)%"
  }
}

/// A small seeded random number generator (SplitMix64), so training is reproducible.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
