import Testing

@testable import DatelineKit

@Suite struct TokenizerTests {
  func tokens(_ text: String) -> [String] {
    var tokens: [Token] = []
    let bytes = Array(text.utf8)
    bytes.withUnsafeBufferPointer { Tokenizer().tokenize($0, into: &tokens) }
    return tokens.map { String(decoding: bytes[Int($0.start)..<Int($0.end)], as: UTF8.self) }
  }

  @Test func keepsAbbreviationsAndInitials() {
    #expect(
      tokens("Gen. J. Smith met U.S. envoys.") == ["Gen.", "J.", "Smith", "met", "U.S.", "envoys", "."])
  }

  @Test func keepsHyphensAndSplitsPossessives() {
    #expect(
      tokens("the Russia-led bloc and Kazakhstan's authorities") == [
        "the", "Russia-led", "bloc", "and", "Kazakhstan", "'s", "authorities",
      ])
    #expect(tokens("Kazakhstan’s people") == ["Kazakhstan", "’s", "people"])
    #expect(tokens("O'Brien’s") == ["O'Brien", "’s"])
  }

  @Test func keepsNumbersWhole() {
    #expect(
      tokens("5.93 mln, 1,750 dlrs, 2022-01-10, 3-2.") == [
        "5.93", "mln", ",", "1,750", "dlrs", ",", "2022-01-10", ",", "3-2", ".",
      ])
  }

  @Test func readsUnicodeSpacesQuotesAndLetters() {
    #expect(tokens("“Нур-Султан” —\u{00A0}Zürich…") == ["“", "Нур-Султан", "”", "—", "Zürich", "…"])
  }

  @Test func offsetsAreBytes() {
    var tokens: [Token] = []
    Array("é a".utf8).withUnsafeBufferPointer { Tokenizer().tokenize($0, into: &tokens) }
    #expect(tokens.map(\.start) == [0, 3])
  }
}
