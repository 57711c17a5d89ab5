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
      The best epoch on --dev is kept. To ship the model, write it to \
      Sources/CTaggerModel/tagger.model, touch Sources/CTaggerModel/model.S and rebuild.
      """)

  @Argument(help: "The CoNLL-2003 training file (train.txt).")
  var train: String

  @Option(help: "The CoNLL-2003 development file the epoch is chosen on (valid.txt).")
  var dev: String

  @Option(help: "Where to write the model.")
  var out: String

  @Option(help: "Training epochs.")
  var epochs = 10

  @Option(help: "log2 of the number of hashed feature rows.")
  var rowBits = 22

  @Option(help: "Seed of the shuffling.")
  var seed: UInt64 = 2003

  func run() throws {
    let clock = ContinuousClock()
    let started = clock.now
    let trainDocuments = try CoNLLFile.documents(train)
    let devDocuments = try CoNLLFile.documents(dev)
    print(
      "train: \(trainDocuments.count) documents, \(trainDocuments.reduce(0) { $0 + $1.tokens.count }) tokens")
    print("dev: \(devDocuments.count) documents, \(devDocuments.reduce(0) { $0 + $1.tokens.count }) tokens")
    let trainer = TaggerTrainer(options: .init(epochs: epochs, rowBits: rowBits, seed: seed))
    let model = trainer.train(
      trainDocuments,
      score: { model in CoNLLFile.evaluate(model, on: devDocuments).overall.f1 },
      progress: { line in print("\(line)  [\(clock.now - started)]") })
    let bytes = model.serialized()
    try Data(bytes).write(to: URL(fileURLWithPath: out))
    print("model: \(out), \(bytes.count) bytes; training took \(clock.now - started)")
  }
}
