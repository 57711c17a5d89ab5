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
      Defaults: 8 epochs, --row-bits 19. The best epoch of each on --dev is kept. To ship the \
      model, write it to Sources/CModels/syntax.model, touch Sources/CModels/models.S and rebuild.
      """)

  @Argument(help: "The CoNLL-2003 training file (train.txt).")
  var train: String

  @Option(help: "The CoNLL-2003 development file epochs are chosen on (valid.txt).")
  var dev: String

  @OptionGroup var options: TrainOptions

  @Option(help: "Averaged weights smaller than this are left out of the model.")
  var prune: Float = 0.5

  static let defaults = TrainingOptions(epochs: 8, rowBits: 19)

  func run() throws {
    let started = ContinuousClock.now
    let trainSentences = try SyntaxFile.sentences(train)
    let devSentences = try SyntaxFile.sentences(dev)
    print(
      "train: \(trainSentences.count) sentences, \(trainSentences.reduce(0) { $0 + $1.tokens.count }) tokens")
    print("dev: \(devSentences.count) sentences, \(devSentences.reduce(0) { $0 + $1.tokens.count }) tokens")
    let trainer = SyntaxTrainer(options: options.training(Self.defaults, prune: prune))
    let model = trainer.train(trainSentences, dev: devSentences) { TrainOptions.progress($0, since: started) }
    try options.write(model.serialized(), startedAt: started)
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
