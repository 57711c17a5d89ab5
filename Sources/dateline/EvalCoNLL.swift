import ArgumentParser
import DatelineEval
import DatelineKit
import Foundation

/// `dateline eval conll FILE`: mention tagging P/R/F1 per type on a CoNLL-2003 file.
struct EvalCoNLL: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "conll",
    abstract:
      "Mention tagging precision, recall and F1 per type and overall (exact spans) on a CoNLL-2003 file.")

  @Argument(help: "The gold CoNLL-2003 file (e.g. valid.txt).")
  var file: String

  @Option(help: "Tag with this model file instead of the built-in one.")
  var model: String?

  @Option(
    help: "Score another system's output instead: a CoNLL file with the same tokens, predicted tags last.")
  var system: String?

  func run() throws {
    let gold = try CoNLLFile.documents(file)
    if let system {
      let predicted = try CoNLLFile.documents(system)
      let goldTokens = gold.reduce(0) { $0 + $1.tokens.count }
      let predictedTokens = predicted.reduce(0) { $0 + $1.tokens.count }
      guard goldTokens == predictedTokens, gold.count == predicted.count else {
        throw ValidationError(
          "\(system) has \(predictedTokens) tokens in \(predicted.count) documents, \(file) \(goldTokens) in \(gold.count)"
        )
      }
      var evaluation = CoNLLEvaluation()
      for (g, p) in zip(gold, predicted) { evaluation.add(gold: g.mentions, predicted: p.mentions) }
      print(evaluation)
      return
    }
    let tagger =
      try model.map { try TaggerModel(bytes: Array(Data(contentsOf: URL(fileURLWithPath: $0)))) } ?? .shared
    print(CoNLLFile.evaluate(tagger, on: gold))
  }
}
