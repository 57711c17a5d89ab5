import Testing

@testable import DatelineKit

/// The shipped quote tagger, alone and combined with the rules, on a story written for this test.
@Suite struct QuoteTaggerTests {
  static let story = """
    Valdoria's foreign ministry said in a statement on Monday that talks \
    with Kestrelia would resume next week.

    "We will not stop until he is released," said Aminata Diop, a 24-year-old student who joined the protest \
    outside the court.

    The port authority declined to say whether the cranes would be repaired before the harvest.
    """

  @Test func embeddedModelLoads() {
    let model = QuoteTagger.shared
    #expect(model.tags == QuoteLabels.names)
    #expect(model.weightCount > 100_000)
  }

  @Test func combinedFindsTheStorysQuotes() {
    let quotes = QuoteExtractor(method: .combined).quotes(in: Self.story)
    let text = Array(Self.story.unicodeScalars)
    func slice(_ range: TextRange?) -> String? {
      range.map { String(String.UnicodeScalarView(text[$0.start..<$0.end])) }
    }
    #expect(quotes.count == 3)
    guard quotes.count == 3 else { return }
    #expect(slice(quotes[0].range) == "that talks with Kestrelia would resume next week")
    #expect(quotes[0].kind == .indirect)
    #expect(quotes[0].speakerName == "Valdoria's foreign ministry")
    #expect(quotes[0].cue?.hasPrefix("said") == true)
    #expect(quotes[0].channel?.hasPrefix("in a statement") == true)
    #expect(slice(quotes[1].range) == "\"We will not stop until he is released,\"")
    #expect(quotes[1].kind == .direct)
    #expect(quotes[1].speakerName == "Aminata Diop")
    #expect(quotes[1].cue == "said")
    // Reported speech keeps the rules' content (an intention verb takes its infinitive).
    #expect(slice(quotes[2].range) == "to say whether the cranes would be repaired before the harvest")
    #expect(quotes[2].speakerName == "The port authority")
    #expect(quotes[2].cue == "declined")
  }

  @Test func taggerAloneKeepsSpansInsideTheText() {
    for text in [Self.story, "\"", "“Unclosed quote, said nobody", "", "Kazakhstan's minister said so."] {
      for quote in QuoteExtractor(method: .tagger).quotes(in: text) {
        #expect(quote.range.start >= 0 && quote.range.end <= text.unicodeScalars.count)
        #expect(quote.range.start < quote.range.end)
      }
    }
  }

  @Test func labelsRoundTrip() {
    let spans: [(QuoteLabels.Role, Range<Int>)] = [(.source, 0..<2), (.cue, 2..<3), (.content, 3..<7)]
    let labels = QuoteLabels.encode(count: 8, spans: spans)
    #expect(labels == [1, 2, 3, 5, 6, 6, 6, 0])
    #expect(QuoteLabels.decode(labels).map(\.1) == [0..<2, 2..<3, 3..<7])
    // A content holding its own attribution comes in pieces around it.
    let pieces = QuoteLabels.encode(count: 6, spans: [(.content, 0..<6), (.source, 2..<3), (.cue, 3..<4)])
    #expect(pieces == [5, 6, 1, 3, 5, 6])
  }

  /// Weights that score every token `I-content` first, `B-content` second.
  struct InsideFirst: WeightRows {
    func accumulate(_ row: Int32, into scores: UnsafeMutablePointer<Float>) {
      scores[QuoteLabels.begin(.content) + 1] += 2
      scores[QuoteLabels.begin(.content)] += 1
    }
  }

  @Test func constrainedDecodingStartsSpansWithTheirBegin() {
    let sentence = "The minister said the bridge would open soon."
    var story = sentence
    let labels: ([UInt8], [UInt8]) = story.withUTF8 { bytes in
      let paragraphs = QuoteExtractor.paragraphs(of: sentence)
      let text = QuoteExtractor.quoteText(bytes, paragraphs: paragraphs, skipping: nil)
      var tagger = QuoteTagger()
      tagger.prepare(text, rules: QuoteExtractor.attributions(text))
      var rows: [Int32] = []
      var scores: [Float] = []
      var constrained: [UInt8] = []
      var free: [UInt8] = []
      QuoteTagger.decode(
        tagger.features, paragraphs: text.paragraphs, weights: InsideFirst(), tagRows: &rows, scores: &scores,
        into: &constrained)
      QuoteTagger.decode(
        tagger.features, paragraphs: text.paragraphs, weights: InsideFirst(), constrained: false,
        tagRows: &rows,
        scores: &scores, into: &free)
      return (constrained, free)
    }
    let begin = UInt8(QuoteLabels.begin(.content))
    #expect(labels.0.first == begin)
    #expect(labels.0.dropFirst().allSatisfy { $0 == begin + 1 })
    #expect(labels.1.allSatisfy { $0 == begin + 1 })
    #expect(QuoteLabels.decode(labels.0).count == 1)
  }

  @Test func labelOrder() {
    let b = QuoteLabels.begin(.cue)
    #expect(QuoteLabels.allowed(b, after: QuoteLabels.count))
    #expect(!QuoteLabels.allowed(b + 1, after: QuoteLabels.count))
    #expect(!QuoteLabels.allowed(b + 1, after: 0))
    #expect(!QuoteLabels.allowed(b + 1, after: QuoteLabels.begin(.source)))
    #expect(QuoteLabels.allowed(b + 1, after: b))
    #expect(QuoteLabels.allowed(b + 1, after: b + 1))
  }
}
