import ArgumentParser
import DatelineEval
import DatelineKit
import Foundation

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

  @Option(help: "How quotes are found: rules, tagger or combined (what the pipeline ships).")
  var method: String = QuoteExtractor.Method.combined.rawValue

  @Option(help: "A quote tagger model to use instead of the embedded one (from `dateline train quotes`).")
  var model: String?

  @Option(help: "List up to this many missed and spurious contents.")
  var errors = 0

  func run() throws {
    guard let chosen = PolNeARCorpus.Split(rawValue: split) else {
      throw ValidationError("--split must be train or dev (the test split is held out)")
    }
    guard let method = QuoteExtractor.Method(rawValue: method) else {
      throw ValidationError("--method must be rules, tagger or combined")
    }
    let documents = try PolNeARCorpus.documents(in: folder, split: chosen)
    var misses: [QuoteEvaluation.Miss] = []
    var evaluation = QuoteEvaluation()
    evaluation.extractor = QuoteExtractor(method: method, model: try model.map(QuoteModelFile.read))
    print(evaluation.run(documents, misses: &misses))
    for miss in misses.prefix(errors) {
      print("\(miss.kind) \(miss.document): \(miss.text.prefix(300))")
    }
  }
}

/// Reads a quote tagger model written by `dateline train quotes`.
enum QuoteModelFile {
  static func read(_ path: String) throws -> SparseTagModel {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw InputError(.unreadable, "cannot read the model", input: path)
    }
    return try SparseTagModel(bytes: [UInt8](data))
  }
}
