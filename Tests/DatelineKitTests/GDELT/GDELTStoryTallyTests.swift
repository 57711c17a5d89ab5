import Testing

@testable import DatelineKit

@Suite struct GDELTStoryTallyTests {
  static let reuters = """
    Police fire tear gas at protesters in Nairobi

    NAIROBI, March 3 (Reuters) - Kenyan police fired tear gas at protesters in Nairobi on Thursday as demonstrations over the price of maize flour spread.

    Kenyan police fired tear gas at protesters again in the afternoon, witnesses said.
    """
  static let afp = """
    Kenyan police use tear gas against Nairobi protesters

    NAIROBI, March 3 (AFP) - Kenyan police fired tear gas at protesters in Nairobi on Thursday as demonstrations over the price of maize flour spread.
    """

  static func analyze(_ text: String) throws -> Article {
    var article = GDELTEventRowTests.pipeline.analyze(
      try PlainTextReader.draft(bytes: Array(text.utf8), input: "t.txt"))
    article.published = CalendarDate(year: 2022, month: 3, day: 3)
    return article
  }

  @Test func oneRecordPerStoryEventCountedAcrossTheCluster() throws {
    let first = try Self.analyze(Self.reuters)
    let second = try Self.analyze(Self.afp)
    #expect(first.events.filter { $0.code == "175" }.count == 2)
    #expect(second.events.filter { $0.code == "175" }.count == 1)
    var tally = GDELTStoryTally()
    tally.add(first, key: "a", cluster: "a", source: "Reuters")
    tally.add(second, key: "b", cluster: "a", source: "AFP")
    let index = try #require(first.events.firstIndex { $0.code == "175" })
    let counts = tally.counts(of: first.events[index], in: first, cluster: "a")
    #expect(counts == .init(mentions: 3, sources: 2, articles: 2))
    // Written once: from the first mention of the first report (same day: the smaller key).
    #expect(tally.isReport(first, key: "a", cluster: "a", event: index))
    let repeatIndex = try #require(first.events.lastIndex { $0.code == "175" })
    #expect(!tally.isReport(first, key: "a", cluster: "a", event: repeatIndex))
    let otherIndex = try #require(second.events.firstIndex { $0.code == "175" })
    #expect(!tally.isReport(second, key: "b", cluster: "a", event: otherIndex))
  }

  @Test func articlesCountedOnlyForTheStoryCannotReport() throws {
    let first = try Self.analyze(Self.reuters)
    let second = try Self.analyze(Self.afp)
    var tally = GDELTStoryTally()
    tally.add(first, key: "a", cluster: "a", source: "Reuters", canReport: false)
    tally.add(second, key: "b", cluster: "a", source: "AFP")
    let index = try #require(second.events.firstIndex { $0.code == "175" })
    #expect(tally.isReport(second, key: "b", cluster: "a", event: index))
    #expect(tally.counts(of: second.events[index], in: second, cluster: "a").articles == 2)
  }

  @Test func otherClustersAreOtherStories() throws {
    let first = try Self.analyze(Self.reuters)
    let second = try Self.analyze(Self.afp)
    var tally = GDELTStoryTally()
    tally.add(first, key: "a", cluster: "a", source: "Reuters")
    tally.add(second, key: "b", cluster: "b", source: "AFP")
    let index = try #require(second.events.firstIndex { $0.code == "175" })
    #expect(
      tally.counts(of: second.events[index], in: second, cluster: "b")
        == .init(mentions: 1, sources: 1, articles: 1))
    #expect(tally.isReport(second, key: "b", cluster: "b", event: index))
  }
}
