/// Trains the part-of-speech tagger and the chunker: averaged perceptrons over greedy decoding.
///
/// The tag sets are the labels of the training file (sorted). The part-of-speech tagger is
/// trained first; each epoch visits the sentences in an order fixed by the seed, and the
/// averaged weights of the epoch with the best dev accuracy are kept. The chunker is then
/// trained on the tags that tagger predicts (as it will see them), and its best epoch is chosen
/// on dev chunk F1 with predicted tags. Same data, options and seed give the same model.
public struct SyntaxTrainer {
  public var options: TrainingOptions
  public init(options: TrainingOptions = .init(epochs: 8, rowBits: 19, prune: 0.5)) { self.options = options }

  /// Trains on `train`, choosing epochs on `dev`; `progress` hears one line per epoch.
  public func train(_ train: [SyntaxSentence], dev: [SyntaxSentence], progress: (String) -> Void)
    -> SyntaxModel
  {
    let posTags = Array(Set(train.flatMap(\.partOfSpeech))).sorted()
    let chunkTags = Array(Set(train.flatMap(\.chunks))).sorted()
    let posIndex = Dictionary(uniqueKeysWithValues: posTags.enumerated().map { ($1, $0) })
    let chunkIndex = Dictionary(uniqueKeysWithValues: chunkTags.enumerated().map { ($1, $0) })
    progress("tags: \(posTags.count) part-of-speech, \(chunkTags.count) chunk")

    // 1. part of speech
    let goldPOS = train.map { $0.partOfSpeech.map { posIndex[$0]! } }
    var bestPOS: (model: SparseTagModel, accuracy: Double, epoch: Int)?
    let chunkPlaceholder = SparseTagModel(tags: chunkTags, rowBits: options.rowBits)
    learn(train, gold: goldPOS, tags: posTags, chunker: false, inputTags: nil) { model, epoch, errors in
      let scores = SyntaxScores.evaluate(SyntaxModel(partOfSpeech: model, chunks: chunkPlaceholder), on: dev)
      progress(
        "part of speech epoch \(epoch): training errors \(percent(errors)), dev accuracy \(percent(scores.accuracy))"
      )
      if bestPOS == nil || scores.accuracy > bestPOS!.accuracy { bestPOS = (model, scores.accuracy, epoch) }
    }
    let pos = bestPOS!.model
    progress(
      "part of speech: best epoch \(bestPOS!.epoch), dev accuracy \(percent(bestPOS!.accuracy)), \(pos.weightCount) weights"
    )

    // 2. chunks over the tags the tagger predicts
    var tagger = SyntaxTagger(model: SyntaxModel(partOfSpeech: pos, chunks: chunkPlaceholder))
    let predicted: [[UInt8]] = train.map { sentence in
      sentence.bytes.withUnsafeBufferPointer { tagger.tag($0, sentence.tokens[...]) }
      return tagger.partOfSpeech
    }
    let goldChunks = train.map { $0.chunks.map { chunkIndex[$0]! } }
    var bestChunks: (model: SparseTagModel, f1: Double, epoch: Int)?
    learn(train, gold: goldChunks, tags: chunkTags, chunker: true, inputTags: predicted) {
      model, epoch, errors in
      let scores = SyntaxScores.evaluate(SyntaxModel(partOfSpeech: pos, chunks: model), on: dev)
      progress("chunk epoch \(epoch): training errors \(percent(errors)), dev F1 \(percent(scores.f1))")
      if bestChunks == nil || scores.f1 > bestChunks!.f1 { bestChunks = (model, scores.f1, epoch) }
    }
    progress(
      "chunks: best epoch \(bestChunks!.epoch), dev F1 \(percent(bestChunks!.f1)), \(bestChunks!.model.weightCount) weights"
    )
    return SyntaxModel(partOfSpeech: pos, chunks: bestChunks!.model)
  }

  /// Runs the epochs of one tagger; `epochDone` gets each epoch's averaged model.
  private func learn(
    _ sentences: [SyntaxSentence], gold: [[Int]], tags: [String], chunker: Bool, inputTags: [[UInt8]]?,
    epochDone: (SparseTagModel, Int, Double) -> Void
  ) {
    let weights = PerceptronWeights(rows: 1 << options.rowBits, tagCount: tags.count)
    var features = SyntaxFeatures(rowBits: options.rowBits)
    let constraint = chunker ? ChunkConstraint(tags: tags) : nil
    var tagRows: [Int32] = []
    var scores: [Float] = []
    var predicted: [UInt8] = []
    let training = PerceptronTraining(epochs: options.epochs, seed: options.seed &+ (chunker ? 1 : 0))
    training.run(examples: sentences.count, weights: weights) { index in
      let sentence = sentences[index]
      sentence.bytes.withUnsafeBufferPointer { features.read($0, sentence.tokens[...]) }
      if let inputTags { features.prepareChunks(inputTags[index]) } else { features.preparePartOfSpeech() }
      let truth = gold[index]
      SyntaxDecoder.decode(
        features, weights: weights, tagCount: tags.count, constraint: constraint, tagRows: &tagRows,
        scores: &scores, into: &predicted
      ) { i, tag, observation, rows in
        weights.learn(gold: truth[i], predicted: tag, observation: observation, tagRows: rows)
      }
    } epochDone: { epoch, errorRate in
      let model = SparseTagModel(
        dense: weights.averaged(), tags: tags, rowBits: options.rowBits, prune: options.prune)
      epochDone(model, epoch, errorRate)
    }
  }

  private func percent(_ x: Double) -> String { PerceptronTraining.percent(x) }
}
