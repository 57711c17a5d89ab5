import ArgumentParser
import DatelineKit
import Foundation

/// `dateline eval syntax DEV`: part-of-speech accuracy and chunk F1 of the shipped syntax model.
struct EvalSyntax: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "syntax",
    abstract: "Score the part-of-speech tagger (accuracy) and chunker (F1) on a CoNLL-2003 file.",
    discussion: "Use the development file (valid.txt); the model was trained on train.txt.")

  @Argument(help: "A CoNLL-2003 file with POS and chunk columns.")
  var file: String

  @Option(help: "A model file to score instead of the one built in.")
  var model: String?

  func run() throws {
    let sentences = try SyntaxFile.sentences(file)
    let syntax: SyntaxModel
    if let model {
      guard let data = FileManager.default.contents(atPath: model) else {
        throw InputError(.unreadable, "cannot read the model", input: model)
      }
      syntax = try SyntaxModel(bytes: Array(data))
    } else {
      syntax = .shared
    }
    let clock = ContinuousClock()
    let started = clock.now
    let scores = SyntaxScores.evaluate(syntax, on: sentences)
    let seconds = (clock.now - started) / .seconds(1)
    print("\(sentences.count) sentences: \(scores)")
    print(
      String(format: "tagging speed: %.0f tokens/s (both taggers, one core)", Double(scores.tokens) / seconds)
    )
    print(
      "model: \(syntax.partOfSpeech.weightCount) part-of-speech and \(syntax.chunks.weightCount) chunk weights"
    )
  }
}
