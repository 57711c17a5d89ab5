/// Trains the mention tagger: an averaged perceptron over greedy BILOU decoding.
///
/// Each epoch visits the training documents in a shuffled order fixed by the seed, decodes each
/// sentence with the current weights and, where a token's tag is wrong, moves weight from the
/// predicted tag to the gold one. The averaged weights of each epoch are quantised into a
/// ``TaggerModel`` and scored on the dev documents; the best epoch wins. Same data, options and
/// seed give the same model.
public struct TaggerTrainer {
  public var options: TrainingOptions
  public init(options: TrainingOptions = .init(epochs: 10, rowBits: 22)) { self.options = options }

  /// Trains on `documents`; `score` rates a candidate model (dev F1), `progress` hears one line
  /// per epoch.
  public func train(
    _ documents: [CoNLLDocument], score: (TaggerModel) -> Double, progress: (String) -> Void
  ) -> TaggerModel {
    let weights = PerceptronWeights(rows: 1 << options.rowBits, tagCount: MentionTag.count)
    var decoder = GreedyDecoder(rowBits: options.rowBits)
    var best: (model: TaggerModel, score: Double, epoch: Int)?
    var predicted: [TaggedMention] = []
    let gold = documents.map { MentionTag.encode($0.mentions, count: $0.tokens.count) }
    PerceptronTraining(epochs: options.epochs, seed: options.seed).run(
      examples: documents.count, weights: weights
    ) {
      index in
      let document = documents[index]
      document.bytes.withUnsafeBufferPointer { text in
        decoder.begin(text, document.tokens, sentences: document.sentences)
        for sentence in document.sentences {
          predicted.removeAll(keepingCapacity: true)
          decoder.tag(text, document.tokens, sentence: sentence, weights: weights, into: &predicted) {
            i, tag, observation, tagRows in
            weights.learn(
              gold: gold[index][sentence.lowerBound + i], predicted: tag, observation: observation,
              tagRows: tagRows)
          }
        }
      }
    } epochDone: { epoch, errorRate in
      let model = TaggerModel(dense: weights.averaged(), rowBits: options.rowBits)
      let value = score(model)
      progress(
        "epoch \(epoch): training token errors \(percent(errorRate)), dev F1 \(percent(value))"
      )
      if best == nil || value > best!.score { best = (model, value, epoch) }
    }
    progress("best epoch \(best!.epoch): dev F1 \(percent(best!.score))")
    return best!.model
  }

  private func percent(_ x: Double) -> String { PerceptronTraining.percent(x) }
}
