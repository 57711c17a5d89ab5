import Testing

@testable import DatelineKit

/// Training on stories written for this test: the tagger learns their spans, reproducibly.
@Suite struct QuoteTrainerTests {
  /// A story and its spans, marked `[S …]` (source), `[C …]` (cue) and `[Q …]` (content).
  static func document(_ marked: String) -> QuoteTrainer.Document {
    var text = String.UnicodeScalarView()
    var sources: [TextRange] = []
    var cues: [TextRange] = []
    var contents: [TextRange] = []
    var open: [(Character, Int)] = []
    var scalars = Array(marked.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
      if scalar == "[", let role = scalars.first, "SCQ".unicodeScalars.contains(role) {
        scalars.removeFirst(2)
        open.append((Character(role), text.count))
      } else if scalar == "]", let (role, start) = open.popLast() {
        let range = TextRange(start: start, end: text.count)
        switch role {
        case "S": sources.append(range)
        case "C": cues.append(range)
        default: contents.append(range)
        }
      } else {
        text.append(scalar)
      }
    }
    return QuoteTrainer.Document(text: String(text), sources: sources, cues: cues, contents: contents)
  }

  static let stories = [
    document(
      """
      VALDORIA CITY (Reuters) - [Q The talks will resume next week], [S the foreign minister] [C said] on Monday.
      [S Marta Ilves] [C told] reporters [Q that the border would stay open].
      """),
    document(
      """
      [Q “We will not stop until he is released,”] [C said] [S Aminata Diop], a student.
      [S The ministry] [C denied] [Q the report].
      """),
  ]

  @Test func learnsTheTrainingStoriesReproducibly() throws {
    let trainer = QuoteTrainer(options: .init(epochs: 8, rowBits: 14, seed: 7, prune: 0))
    var lines: [String] = []
    let model = trainer.train(Self.stories, score: { _ in 0 }, progress: { lines.append($0) })
    #expect(lines.first == "read 2 documents, 55 tokens")
    #expect(lines.contains { $0.hasPrefix("epoch 8: training token errors 0.00%") })
    let again = trainer.train(Self.stories, score: { _ in 0 }, progress: { _ in })
    #expect(model.serialized() == again.serialized())
    #expect(try SparseTagModel(bytes: model.serialized()).tags == QuoteLabels.names)
    // The averaged model, decoding as the trainer does (free), finds every content of the stories
    // it learnt (by overlap); the tagger's own decoding keeps BIO order. (On two stories the
    // model leans on free decoding, where an `I` after another label opens a span; on PolNeAR
    // the tagger's ordered decoding of a freely trained model measures best.)
    for story in Self.stories {
      var text = story.text
      let (free, ordered) = text.withUTF8 { bytes in
        let paragraphs = QuoteExtractor.paragraphs(of: story.text)
        let quoteText = QuoteExtractor.quoteText(bytes, paragraphs: paragraphs, skipping: nil)
        var tagger = QuoteTagger(model: model)
        tagger.prepare(quoteText, rules: QuoteExtractor.attributions(quoteText))
        var rows: [Int32] = []
        var scores: [Float] = []
        var free: [UInt8] = []
        var ordered: [UInt8] = []
        QuoteTagger.decode(
          tagger.features, paragraphs: quoteText.paragraphs, weights: model, constrained: false,
          tagRows: &rows,
          scores: &scores, into: &free)
        QuoteTagger.decode(
          tagger.features, paragraphs: quoteText.paragraphs, weights: model, tagRows: &rows, scores: &scores,
          into: &ordered)
        let found = QuoteTagger.link(quoteText, QuoteLabels.decode(free)).map { attribution in
          let bytes = quoteText.byteRange(attribution.content)
          let offsets = ScalarOffsets(quoteText.bytes)
          return TextRange(
            start: offsets.scalarOffset(bytes.lowerBound), end: offsets.scalarOffset(bytes.upperBound))
        }
        return (found, ordered)
      }
      for content in story.contents {
        #expect(free.contains { $0.start < content.end && content.start < $0.end })
      }
      var previous = QuoteLabels.count
      for label in ordered {
        #expect(QuoteLabels.allowed(Int(label), after: previous))
        previous = Int(label)
      }
    }
  }
}
