/// Trains the quote tagger: an averaged perceptron over greedy BIO decoding of each paragraph.
///
/// Each document is read once: the rule-based extractor runs on it (its output is a feature),
/// the syntax layer tags it, and its features and gold labels are kept, so epochs only decode.
/// Each epoch visits the documents in an order fixed by the seed; the averaged weights of each
/// epoch are scored by `score` (dev F1) and the best epoch wins. Same data, options and seed
/// give the same model.
///
/// ```swift
/// let model = QuoteTrainer().train(documents, score: { devF1($0) }, progress: { print($0) })
/// ```
public struct QuoteTrainer {
  /// A training document: its text and the gold spans of each role (scalar offsets).
  public struct Document: Sendable {
    public var text: String
    public var sources: [TextRange]
    public var cues: [TextRange]
    public var contents: [TextRange]
    public init(text: String, sources: [TextRange], cues: [TextRange], contents: [TextRange]) {
      self.text = text
      self.sources = sources
      self.cues = cues
      self.contents = contents
    }
  }

  public var options: TrainingOptions
  public init(options: TrainingOptions = .init(epochs: 25, rowBits: 21, prune: 0.5)) {
    self.options = options
  }

  /// One document read for training.
  private struct Example {
    var features: QuoteFeatures
    var paragraphs: [Range<Int>]
    var gold: [UInt8]
  }

  /// Trains on `documents`; `score` rates a candidate model (the mean of dev exact F1 of the
  /// three roles), `progress` hears one line per epoch.
  public func train(
    _ documents: [Document], score: (SparseTagModel) -> Double, progress: (String) -> Void
  ) -> SparseTagModel {
    var tagger = QuoteTagger(model: SparseTagModel(tags: QuoteLabels.names, rowBits: options.rowBits))
    let examples = documents.map { Self.example($0, tagger: &tagger) }
    let tokens = examples.reduce(0) { $0 + $1.gold.count }
    progress("read \(examples.count) documents, \(tokens) tokens")
    let weights = PerceptronWeights(rows: 1 << options.rowBits, tagCount: QuoteLabels.count)
    var tagRows: [Int32] = []
    var scores: [Float] = []
    var labels: [UInt8] = []
    var best: (model: SparseTagModel, score: Double, epoch: Int)?
    PerceptronTraining(epochs: options.epochs, seed: options.seed).run(
      examples: examples.count, weights: weights
    ) {
      index in
      let example = examples[index]
      QuoteTagger.decode(
        example.features, paragraphs: example.paragraphs, weights: weights, constrained: false,
        tagRows: &tagRows,
        scores: &scores,
        into: &labels
      ) { k, tag, observation, rows in
        weights.learn(gold: Int(example.gold[k]), predicted: tag, observation: observation, tagRows: rows)
      }
    } epochDone: { epoch, errorRate in
      let model = SparseTagModel(
        dense: weights.averaged(), tags: QuoteLabels.names, rowBits: options.rowBits, prune: options.prune)
      let value = score(model)
      progress("epoch \(epoch): training token errors \(percent(errorRate)), dev F1 \(percent(value))")
      if best == nil || value > best!.score { best = (model, value, epoch) }
    }
    progress("best epoch \(best!.epoch): dev F1 \(percent(best!.score)), \(best!.model.weightCount) weights")
    return best!.model
  }

  private static func example(_ document: Document, tagger: inout QuoteTagger) -> Example {
    var text = document.text
    let paragraphs = QuoteExtractor.paragraphs(of: text)
    return text.withUTF8 { bytes in
      let quoteText = QuoteExtractor.quoteText(bytes, paragraphs: paragraphs, skipping: nil)
      tagger.prepare(quoteText, rules: QuoteExtractor.attributions(quoteText))
      // Gold spans as token ranges: the tokens wholly inside each span.
      let offsets = ScalarOffsets(bytes)
      let starts = quoteText.tokens.map { offsets.scalarOffset(Int($0.start)) }
      let ends = quoteText.tokens.map { offsets.scalarOffset(Int($0.end)) }
      func tokens(_ span: TextRange) -> Range<Int>? {
        var lower = 0
        var upper = starts.count
        while lower < upper {
          let mid = (lower + upper) / 2
          if starts[mid] < span.start { lower = mid + 1 } else { upper = mid }
        }
        var end = lower
        while end < ends.count, ends[end] <= span.end { end += 1 }
        return end > lower ? lower..<end : nil
      }
      var spans: [(QuoteLabels.Role, Range<Int>)] = []
      for (role, ranges) in [
        (QuoteLabels.Role.source, document.sources), (.cue, document.cues), (.content, document.contents),
      ] {
        for range in ranges { if let t = tokens(range) { spans.append((role, t)) } }
      }
      return Example(
        features: tagger.features, paragraphs: quoteText.paragraphs,
        gold: QuoteLabels.encode(count: quoteText.count, spans: spans))
    }
  }

  private func percent(_ x: Double) -> String { PerceptronTraining.percent(x) }
}
