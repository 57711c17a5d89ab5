import Testing

@testable import DatelineKit

@Suite struct SentenceSplitterTests {
  func sentences(_ text: String) -> [String] {
    var tokens: [Token] = []
    var ranges: [Range<Int32>] = []
    let bytes = Array(text.utf8)
    bytes.withUnsafeBufferPointer {
      Tokenizer().tokenize($0, into: &tokens)
      SentenceSplitter().split(tokens[...], in: $0, into: &ranges)
    }
    return ranges.map { String(decoding: bytes[Int($0.lowerBound)..<Int($0.upperBound)], as: UTF8.self) }
  }

  @Test func survivesTitlesMonthsAndInitials() {
    #expect(
      sentences("Gen. Smith arrived on Jan. 5 with Mr. J. R. Doe. They met.")
        == ["Gen. Smith arrived on Jan. 5 with Mr. J. R. Doe.", "They met."])
  }

  @Test func survivesDecimals() {
    #expect(
      sentences("Prices rose 5.93 percent. Trade fell.") == ["Prices rose 5.93 percent.", "Trade fell."])
  }

  @Test func endsAfterUSWhenASentenceOpens() {
    #expect(sentences("He flew to the U.S. The talks began.") == ["He flew to the U.S.", "The talks began."])
    #expect(sentences("The U.S. Senate voted.") == ["The U.S. Senate voted."])
  }

  @Test func keepsClosingQuotesAndQuestionsInsideQuotes() {
    #expect(
      sentences("\"We will not stop. He must be released,\" she said. \"Why?\" he asked.")
        == ["\"We will not stop.", "He must be released,\" she said.", "\"Why?\" he asked."])
  }

  @Test func paragraphEndClosesSentence() {
    #expect(sentences("No final stop here") == ["No final stop here"])
  }
}
