import ArgumentParser
import DatelineKit
import Foundation

/// `dateline train syntax TRAIN --dev DEV --out MODEL`: trains the part-of-speech tagger and the
/// chunker on the POS and chunk columns of CoNLL-2003.
struct TrainSyntax: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "syntax",
    abstract: "Train the part-of-speech tagger and chunker (averaged perceptrons) on a CoNLL-2003 file.",
    discussion: """
      The best epoch of each on --dev is kept. To ship the model, write it to \
      Sources/CSyntaxModel/syntax.model, touch Sources/CSyntaxModel/model.S and rebuild.
      """)

  @Argument(help: "The CoNLL-2003 training file (train.txt).")
  var train: String

  @Option(help: "The CoNLL-2003 development file epochs are chosen on (valid.txt).")
  var dev: String

  @Option(help: "Where to write the model.")
  var out: String

  @Option(help: "Training epochs of each tagger.")
  var epochs = 8

  @Option(help: "log2 of the number of hashed feature rows.")
  var rowBits = 19

  @Option(help: "Averaged weights smaller than this are left out of the model.")
  var prune: Float = 0.5

  @Option(help: "Seed of the shuffling.")
  var seed: UInt64 = 2003

  func run() throws {
    let clock = ContinuousClock()
    let started = clock.now
    let trainSentences = try SyntaxFile.sentences(train)
    let devSentences = try SyntaxFile.sentences(dev)
    print(
      "train: \(trainSentences.count) sentences, \(trainSentences.reduce(0) { $0 + $1.tokens.count }) tokens")
    print("dev: \(devSentences.count) sentences, \(devSentences.reduce(0) { $0 + $1.tokens.count }) tokens")
    let trainer = SyntaxTrainer(options: .init(epochs: epochs, rowBits: rowBits, seed: seed, prune: prune))
    let model = trainer.train(trainSentences, dev: devSentences) { line in
      print("\(line)  [\(clock.now - started)]")
    }
    let bytes = model.serialized()
    try Data(bytes).write(to: URL(fileURLWithPath: out))
    print("model: \(out), \(bytes.count) bytes; training took \(clock.now - started)")
  }
}

/// Reads the sentences of a CoNLL-2003 file for the syntax tagger.
enum SyntaxFile {
  static func sentences(_ path: String) throws -> [SyntaxSentence] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw InputError(.unreadable, "cannot read the file", input: path)
    }
    return try SyntaxSentence.sentences(in: String(decoding: data, as: UTF8.self), input: path)
  }
}
