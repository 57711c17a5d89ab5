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
    let scores = SyntaxScores.evaluate(syntax, on: sentences)
    print("\(sentences.count) sentences: \(scores)")
    // speed: tagging alone (no scoring), best of three passes
    var tagger = SyntaxTagger(model: syntax)
    let clock = ContinuousClock()
    var best = Double.infinity
    var partOfSpeechOnly = Double.infinity
    for _ in 0..<3 {
      for chunks in [true, false] {
        let started = clock.now
        for sentence in sentences {
          sentence.bytes.withUnsafeBufferPointer { tagger.tag($0, sentence.tokens[...], chunks: chunks) }
        }
        let seconds = (clock.now - started) / .seconds(1)
        if chunks { best = min(best, seconds) } else { partOfSpeechOnly = min(partOfSpeechOnly, seconds) }
      }
    }
    print(
      String(
        format:
          "tagging speed: %.0f tokens/s part of speech + chunks, %.0f tokens/s part of speech only (one core)",
        Double(scores.tokens) / best, Double(scores.tokens) / partOfSpeechOnly))
    print(
      "model: \(syntax.partOfSpeech.weightCount) part-of-speech and \(syntax.chunks.weightCount) chunk weights"
    )
  }
}
