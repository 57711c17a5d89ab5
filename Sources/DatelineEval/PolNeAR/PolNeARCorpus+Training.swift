import DatelineKit

extension PolNeARCorpus.Document {
  /// The document as the quote trainer reads it: its text and the gold spans of each role.
  public var trainingDocument: QuoteTrainer.Document {
    QuoteTrainer.Document(
      text: text, sources: attributions.compactMap(\.source), cues: attributions.compactMap(\.cue),
      contents: attributions.compactMap(\.content))
  }
}
