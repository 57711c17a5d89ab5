/// Trains the mention tagger: an averaged perceptron over greedy BILOU decoding.
///
/// Each epoch visits the training documents in a shuffled order fixed by the seed, decodes each
/// sentence with the current weights and, where a token's tag is wrong, moves weight from the
/// predicted tag to the gold one. The averaged weights of each epoch are quantised into a
/// ``TaggerModel`` and scored on the dev documents; the best epoch wins. Same data, options and
/// seed give the same model.
public struct TaggerTrainer {
  public struct Options: Sendable {
    public var epochs: Int
    /// log2 of the number of hashed feature rows.
    public var rowBits: Int
    public var seed: UInt64
    public init(epochs: Int = 10, rowBits: Int = 22, seed: UInt64 = 2003) {
      self.epochs = epochs
      self.rowBits = rowBits
      self.seed = seed
    }
  }

  /// The dense weights being learnt, with the running sums for averaging.
  final class Weights: WeightRows {
    var current: [Float]
    var sums: [Double]
    var instances: Double = 1

    init(count: Int) {
      current = [Float](repeating: 0, count: count)
      sums = [Double](repeating: 0, count: count)
    }

    @inline(__always)
    func accumulate(_ row: Int32, into scores: UnsafeMutablePointer<Float>) {
      let base = Int(row) * MentionTag.count
      current.withUnsafeBufferPointer { w in
        for k in 0..<MentionTag.count { scores[k] += w[base + k] }
      }
    }

    @inline(__always)
    func update(_ row: Int32, gold: Int, predicted: Int) {
      let base = Int(row) * MentionTag.count
      current[base + gold] += 1
      current[base + predicted] -= 1
      sums[base + gold] += instances
      sums[base + predicted] -= instances
    }

    /// The averaged weights: each weight's mean over all instances seen.
    func averaged() -> [Float] {
      var out = [Float](repeating: 0, count: current.count)
      for k in out.indices { out[k] = Float(Double(current[k]) - sums[k] / instances) }
      return out
    }
  }

  public var options: Options
  public init(options: Options = .init()) { self.options = options }

  /// Trains on `documents`; `score` rates a candidate model (dev F1), `progress` hears one line
  /// per epoch.
  public func train(
    _ documents: [CoNLLDocument], score: (TaggerModel) -> Double, progress: (String) -> Void
  ) -> TaggerModel {
    let weights = Weights(count: (1 << options.rowBits) * MentionTag.count)
    var decoder = GreedyDecoder(rowBits: options.rowBits)
    var random = SplitMix64(seed: options.seed)
    var order = Array(documents.indices)
    var best: (model: TaggerModel, score: Double, epoch: Int)?
    var predicted: [TaggedMention] = []
    for epoch in 1...max(1, options.epochs) {
      for k in stride(from: order.count - 1, to: 0, by: -1) {
        order.swapAt(k, Int(random.next() % UInt64(k + 1)))
      }
      var mistakes = 0
      var seen = 0
      for index in order {
        let document = documents[index]
        let gold = MentionTag.encode(document.mentions, count: document.tokens.count)
        document.bytes.withUnsafeBufferPointer { text in
          decoder.begin(text, document.tokens, sentences: document.sentences)
          for sentence in document.sentences {
            predicted.removeAll(keepingCapacity: true)
            decoder.tag(text, document.tokens, sentence: sentence, weights: weights, into: &predicted) {
              i, tag, observation, tagRows in
              let truth = gold[sentence.lowerBound + i]
              seen += 1
              if tag != truth {
                mistakes += 1
                for row in observation { weights.update(row, gold: truth, predicted: tag) }
                for row in tagRows { weights.update(row, gold: truth, predicted: tag) }
              }
              weights.instances += 1
            }
          }
        }
      }
      let model = TaggerModel(dense: weights.averaged(), rowBits: options.rowBits)
      let value = score(model)
      let errorRate = Double(mistakes) / Double(max(seen, 1))
      progress("epoch \(epoch): training token errors \(percent(errorRate)), dev F1 \(percent(value))")
      if best == nil || value > best!.score { best = (model, value, epoch) }
    }
    progress("best epoch \(best!.epoch): dev F1 \(percent(best!.score))")
    return best!.model
  }

  private func percent(_ x: Double) -> String {
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
