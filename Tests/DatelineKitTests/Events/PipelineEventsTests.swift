import Testing

@testable import DatelineKit

@Suite struct PipelineEventsTests {
  @Test func analyzeCodesEventsWithEvidence() throws {
    let story =
      "NAIROBI, March 7 (Wire) - Kenyan police fired tear gas at protesters on Tuesday, witnesses said."
    let draft = try PlainTextReader.draft(bytes: Array(story.utf8), input: "story.txt")
    let article = Pipeline(options: .init(published: CalendarDate(year: 2023, month: 3, day: 7))).analyze(
      draft)
    let event = try #require(article.events.first)
    #expect(event.code == "175" && event.root == "17" && event.quadClass == 4)
    #expect(event.source.name == "Kenyan police" && event.source.code == "KENCOP")
    #expect(event.target?.name == "protesters" && event.target?.code == "OPP")
    #expect(event.date == "2023-03-07")
    let scalars = Array(article.text.unicodeScalars)
    #expect(
      String(String.UnicodeScalarView(scalars[event.start..<event.end]))
        == "Kenyan police fired tear gas at protesters")
    let json = article.json.serialized()
    #expect(json.contains("\"events\": [{\"code\": \"175\", \"root\": \"17\""))
  }
}
