import Testing

@testable import DatelineKit

@Suite struct PipelineTests {
  let pipeline = Pipeline(options: .init(referenceDate: CalendarDate(year: 2026, month: 11, day: 24)!))

  func analyze(_ text: String) throws -> Article {
    pipeline.analyze(try PlainTextReader.draft(bytes: Array(text.utf8), input: "test.txt"))
  }

  func slice(_ article: Article, _ range: TextRange) -> String {
    String(String.UnicodeScalarView(Array(article.text.unicodeScalars)[range.start..<range.end]))
  }

  @Test func pastedTASSStory() throws {
    let article = try analyze(
      """
      All news
      World
      Tokayev talks to Michel about the situation in Kazakhstan
      The Kazakh leader said order had been restored
      10 JAN, 14:32
      NUR-SULTAN, January 10. /TASS/. Kazakh President Kassym-Jomart Tokayev said on Monday that order had been restored. He thanked the CSTO.
      Share
      """)
    #expect(article.headline == "Tokayev talks to Michel about the situation in Kazakhstan")
    #expect(article.standfirst == "The Kazakh leader said order had been restored")
    let dateline = try #require(article.dateline)
    #expect(dateline.place == "Nur-Sultan")
    #expect(dateline.country == "KAZ")
    #expect(dateline.agency == "TASS")
    #expect(dateline.date == CalendarDate(year: 2022, month: 1, day: 10))
    #expect(dateline.yearInferred)
    #expect(article.published == CalendarDate(year: 2022, month: 1, day: 10))
    #expect(slice(article, try #require(dateline.range)) == "NUR-SULTAN, January 10. /TASS/.")
    #expect(!article.text.contains("All news") && !article.text.contains("Share"))
    let sentences = article.sentences.map { slice(article, $0) }
    #expect(
      sentences.contains(
        "Kazakh President Kassym-Jomart Tokayev said on Monday that order had been restored."))
    #expect(sentences.contains("He thanked the CSTO."))
    #expect(!sentences.contains { $0.contains("/TASS/") })
  }

  @Test func offsetsCountUnicodeScalars() throws {
    let article = try analyze(
      "Zürich talks — “a start”\n\nGENEVA (Reuters) - Envoys met in Zürich. Talks went on.")
    for range in article.paragraphs + article.sentences {
      #expect(range.start >= 0 && range.end <= article.text.unicodeScalars.count)
    }
    #expect(article.sentences.map { slice(article, $0) }.last == "Talks went on.")
  }

  @Test func publishedOptionWins() throws {
    let fixed = Pipeline(options: .init(published: CalendarDate(year: 2022, month: 1, day: 11)!))
    let article = fixed.analyze(
      try PlainTextReader.draft(bytes: Array("MINSK, January 10 (BelTA) - Text.".utf8), input: "t"))
    #expect(article.published == CalendarDate(year: 2022, month: 1, day: 11))
    #expect(article.dateline?.date == CalendarDate(year: 2022, month: 1, day: 10))
  }

  @Test func storyWithoutDateline() throws {
    let article = try analyze(
      "Markets rally on rate hopes\n\nShares rose across Asia on Tuesday. Bonds fell.")
    #expect(article.dateline == nil)
    #expect(article.headline == "Markets rally on rate hopes")
    #expect(article.sentences.count == 3)
  }

  @Test func hardWrappedCopyIsJoined() throws {
    let blocks = PlainTextReader.blocks(
      from: """
        SALVADOR, Feb 26 - Showers continued throughout the week in
        the Bahia cocoa zone, alleviating the drought since early
        January and improving prospects for the coming crop.
            The dry period means the harvest will be late this year.
        """)
    #expect(blocks.count == 2)
    #expect(blocks[0].text.hasSuffix("coming crop."))
  }

  @Test func jsonOutputFollowsContract() throws {
    let article = try analyze("BRUSSELS (Reuters) - The EU said \"no\".")
    let json = article.json.serialized()
    #expect(json.hasPrefix("{\"id\": "))
    #expect(json.contains("\"dateline\": {\"text\": \"BRUSSELS (Reuters) -\", \"start\": 0, \"end\": 20"))
    #expect(json.contains("said \\\"no\\\"."))
  }
}

@Suite struct PipelineQuotesTests {
  @Test func quotesInTheOutput() throws {
    let pipeline = Pipeline(options: .init(referenceDate: CalendarDate(year: 2026, month: 11, day: 24)!))
    let story = """
      Students rally in Bamako square

      BAMAKO, Nov 20 (Reuters) - Hundreds of students stayed in the square on Friday.

      "We will not stop until he is released," said Aminata Diop, a 24-year-old student.
      """
    let article = pipeline.analyze(try PlainTextReader.draft(bytes: Array(story.utf8), input: "story.txt"))
    let quote = try #require(article.quotes.first)
    #expect(article.quotes.count == 1)
    #expect(quote.speakerName == "Aminata Diop")
    let json = article.json.serialized()
    #expect(json.contains("\"quotes\": [{\"start\": "))
    #expect(json.contains("\"kind\": \"direct\""))
    #expect(json.contains("\"speakerName\": \"Aminata Diop\""))
    let scalars = Array(article.text.unicodeScalars)
    #expect(Quote.slice(scalars, quote.range) == "\"We will not stop until he is released,\"")
  }
}
