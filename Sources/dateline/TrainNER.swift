import ArgumentParser
import DatelineEval
import DatelineKit
import Foundation

/// `dateline train ner TRAIN --dev DEV --out MODEL`: trains the mention tagger on CoNLL-2003.
struct TrainNER: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ner",
    abstract: "Train the mention tagger (averaged perceptron, BILOU) on a CoNLL-2003 file.",
    discussion: """
      Defaults: 10 epochs, --row-bits 22. The best epoch on --dev is kept. To ship the model, write it to \
      Sources/CModels/tagger.model, touch Sources/CModels/models.S and rebuild.
      """)

  @Argument(help: "The CoNLL-2003 training file (train.txt).")
  var train: String

  @Option(help: "The CoNLL-2003 development file the epoch is chosen on (valid.txt).")
  var dev: String

  @OptionGroup var options: TrainOptions

  static let defaults = TrainingOptions(epochs: 10, rowBits: 22)

  func run() throws {
    let started = ContinuousClock.now
    let trainDocuments = try CoNLLFile.documents(train)
    let devDocuments = try CoNLLFile.documents(dev)
    print(
      "train: \(trainDocuments.count) documents, \(trainDocuments.reduce(0) { $0 + $1.tokens.count }) tokens")
    print("dev: \(devDocuments.count) documents, \(devDocuments.reduce(0) { $0 + $1.tokens.count }) tokens")
    let trainer = TaggerTrainer(options: options.training(Self.defaults))
    let model = trainer.train(
      trainDocuments,
      score: { model in CoNLLFile.evaluate(model, on: devDocuments).overall.f1 },
      progress: { TrainOptions.progress($0, since: started) })
    try options.write(model.serialized(), startedAt: started)
  }
}
