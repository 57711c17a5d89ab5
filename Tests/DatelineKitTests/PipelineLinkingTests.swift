import Testing

@testable import DatelineKit

/// The links between stages: speakers and actors to entities, events to dates and places.
@Suite struct PipelineLinkingTests {
  func analyze(_ story: String) throws -> Article {
    let draft = try PlainTextReader.draft(bytes: Array(story.utf8), input: "story.txt")
    return Pipeline(options: .init(published: CalendarDate(year: 2022, month: 1, day: 10))).analyze(draft)
  }

  @Test func eventTakesTheDateAndPlaceItsSentenceNames() throws {
    let article = try analyze(
      """
      Police clash with protesters

      NAIROBI, January 10 (Wire) - Kenyan police fired tear gas at protesters in Mombasa on January 2, \
      officials said.
      """)
    let event = try #require(article.events.first { $0.root == "17" })
    #expect(event.date == "2022-01-02")
    #expect(event.location == "Mombasa")
    let entity = try #require(event.source.entity)
    #expect(article.entities.contains { $0.id == entity })
  }

  @Test func eventWithoutDateOrPlaceFallsBackToTheStory() throws {
    let article = try analyze(
      """
      Police clash with protesters

      NAIROBI, January 10 (Wire) - Kenyan police fired tear gas at protesters, officials said.
      """)
    let event = try #require(article.events.first { $0.root == "17" })
    #expect(event.date == "2022-01-10")
    #expect(event.location == "Nairobi")
  }

  @Test func quoteSpeakerIsTheNamedPerson() throws {
    let article = try analyze(
      """
      Minister speaks

      ASTANA, January 10 (Wire) - "Order has been restored," Foreign Minister Mukhtar Tileuberdi told reporters.
      """)
    let quote = try #require(article.quotes.first { $0.kind == .direct })
    let speaker = try #require(quote.speaker)
    let entity = try #require(article.entities.first { $0.id == speaker })
    #expect(entity.kind == .person)
    #expect(entity.name.hasSuffix("Tileuberdi"))
  }
}
