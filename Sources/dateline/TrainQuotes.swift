import ArgumentParser
import DatelineEval
import DatelineKit
import Foundation

/// `dateline train quotes DIR --out MODEL`: trains the quote tagger on PolNeAR train.
struct TrainQuotes: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quotes",
    abstract: "Train the quote tagger (averaged perceptron, BIO source/cue/content) on PolNeAR.",
    discussion: """
      Trains on the train split; the epoch with the best mean exact F1 of source, cue and content \
      on the dev split (with --method) is kept. The test split is never read. Defaults: 25 epochs, \
      --row-bits 21. To ship the model, write it to Sources/CModels/quote.model, touch \
      Sources/CModels/models.S and rebuild.
      """)

  @Argument(help: "The PolNeAR folder (holding data/train, data/dev).")
  var folder: String

  @OptionGroup var options: TrainOptions

  @Option(help: "Averaged weights smaller than this are left out of the model.")
  var prune: Float = 0.5

  @Option(help: "How dev quotes are found when choosing the epoch: tagger or combined.")
  var method: String = QuoteExtractor.Method.combined.rawValue

  @Option(help: "Train on at most this many train documents (0: all).")
  var limit = 0

  static let defaults = QuoteTrainer().options

  func run() throws {
    guard let method = QuoteExtractor.Method(rawValue: method), method != .rules else {
      throw ValidationError("--method must be tagger or combined")
    }
    let started = ContinuousClock.now
    var train = try PolNeARCorpus.documents(in: folder, split: .train)
    if limit > 0 { train = Array(train.prefix(limit)) }
    let dev = try PolNeARCorpus.documents(in: folder, split: .dev)
    print("train: \(train.count) documents; dev: \(dev.count) documents")
    let trainer = QuoteTrainer(options: options.training(Self.defaults, prune: prune))
    let model = trainer.train(
      train.map(\.trainingDocument),
      score: { model in
        var evaluation = QuoteEvaluation()
        evaluation.extractor = QuoteExtractor(method: method, model: model)
        var misses: [QuoteEvaluation.Miss] = []
        let result = evaluation.run(dev, misses: &misses)
        return QuoteEvaluation.roles.reduce(0) { $0 + result.exact[$1, default: Scores()].f1 } / 3
      },
      progress: { TrainOptions.progress($0, since: started) })
    try options.write(model.serialized(), startedAt: started)
  }
}
