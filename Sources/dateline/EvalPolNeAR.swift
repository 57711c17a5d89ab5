import ArgumentParser
import DatelineEval

/// `dateline eval polnear DIR`: source, cue and content spans against PolNeAR train or dev.
struct EvalPolNeAR: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "polnear",
    abstract: "Quote source, cue and content P/R/F1 (exact and overlap) on PolNeAR train or dev.",
    discussion: "The test split is held out and cannot be chosen.")

  @Argument(help: "The PolNeAR folder (holding data/train, data/dev).")
  var folder: String

  @Option(help: "The split to score: train or dev.")
  var split: String = "dev"

  @Option(help: "List up to this many missed and spurious contents.")
  var errors = 0

  func run() throws {
    guard let chosen = PolNeARCorpus.Split(rawValue: split) else {
      throw ValidationError("--split must be train or dev (the test split is held out)")
    }
    let documents = try PolNeARCorpus.documents(in: folder, split: chosen)
    var misses: [QuoteEvaluation.Miss] = []
    print(QuoteEvaluation().run(documents, misses: &misses))
    for miss in misses.prefix(errors) {
      print("\(miss.kind) \(miss.document): \(miss.text.prefix(300))")
    }
  }
}
