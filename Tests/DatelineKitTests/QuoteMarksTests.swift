import Testing

@testable import DatelineKit

/// Bad input for the quotes stage: no crash, no span past its paragraph.
@Suite struct QuoteMarksTests {
  let extractor = QuoteExtractor(method: .rules)

  func slice(_ text: String, _ range: TextRange) -> String { Quote.slice(Array(text.unicodeScalars), range) }

  func paragraphs(_ text: String) -> [TextRange] {
    var result: [TextRange] = []
    var offset = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let count = line.unicodeScalars.count
      if count > 0 { result.append(TextRange(start: offset, end: offset + count)) }
      offset += count + 1
    }
    return result
  }

  /// Every span of every quote stays within one paragraph, unless the quote runs over
  /// paragraphs that open with a quote mark.
  func expectContained(_ text: String, _ quotes: [Quote]) {
    let paragraphs = paragraphs(text)
    for quote in quotes {
      for part in quote.parts {
        #expect(part.start <= part.end)
        let first = paragraphs.firstIndex { $0.start <= part.start && part.start < $0.end }
        let last = paragraphs.firstIndex { $0.start < part.end && part.end <= $0.end }
        #expect(first != nil && last != nil)
        if let first, let last, last > first {
          for p in (first + 1)...last { #expect(slice(text, paragraphs[p]).hasPrefix("“")) }
        }
      }
    }
  }

  @Test func quoteThatNeverClosesStopsAtItsParagraph() {
    let text = """
      “We will not go back, the minister said.

      The talks resume on Monday in Geneva.
      """
    let quotes = extractor.quotes(in: text)
    expectContained(text, quotes)
    #expect(!quotes.contains { slice(text, $0.range).contains("Geneva") })
  }

  @Test func unbalancedMarks() {
    for text in [
      "He said ” the talks ” would ” resume.", "”Closing first,” she said.", "\"\"\"", "“", "”", "'", "‘’",
      "The \"deal\" is \"off, he said.", "“A “B “C",
    ] {
      expectContained(text, extractor.quotes(in: text))
    }
  }

  @Test func nestedQuotesBelongToTheOuterQuote() {
    let text = "“He told us ‘go home’ and we did,” said Diop."
    let quotes = extractor.quotes(in: text)
    #expect(quotes.count == 1)
    #expect(slice(text, quotes[0].range) == "“He told us ‘go home’ and we did,”")
    #expect(quotes[0].speakerName == "Diop")
  }

  @Test func headlineWithSingleQuotes() {
    let text =
      "Minsk 'will respond adequately', says ministry\n\nMINSK, Jan. 10 (Reuters) - The ministry spoke."
    let quote = try! #require(extractor.quotes(in: text).first)
    #expect(slice(text, quote.range) == "'will respond adequately'")
    #expect(quote.cue == "says")
    #expect(quote.speakerName == "ministry")
  }

  @Test func apostrophesAreNoQuotes() {
    let text =
      "Kazakhstan's leader recalled the '90s. The voters' choice was clear. 'Tis the season, rock 'n' roll."
    let quotes = extractor.quotes(in: text)
    #expect(!quotes.contains { $0.kind == .direct })
    expectContained(text, quotes)
    #expect(QuoteMarks.spans(in: QuoteText(text, paragraphs: paragraphs(text))).isEmpty)
  }

  @Test func curlyApostrophesAreNoQuotes() {
    let text = "Kazakhstan’s leader recalled the ’90s and the voters’ anger."
    #expect(QuoteMarks.spans(in: QuoteText(text, paragraphs: paragraphs(text))).isEmpty)
  }

  @Test func emptyAndBlankTexts() {
    #expect(extractor.quotes(in: "").isEmpty)
    #expect(extractor.quotes(in: "\n\n  \n").isEmpty)
    #expect(extractor.quotes(in: "said").isEmpty)
    #expect(extractor.quotes(in: ", said").isEmpty)
  }
}

extension QuoteText {
  /// A test helper: the text's tokens, held for the life of the process.
  init(_ text: String, paragraphs: [TextRange]) {
    let bytes = Array(text.utf8)
    let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
    _ = buffer.initialize(from: bytes)
    let pointer = UnsafeBufferPointer(rebasing: buffer[0..<bytes.count])
    let offsets = QuoteExtractor.byteOffsets(pointer, scalars: paragraphs.flatMap { [$0.start, $0.end] })
    self.init(bytes: pointer, paragraphs: paragraphs.map { offsets[$0.start]!..<offsets[$0.end]! })
  }
}
