import Testing

@testable import DatelineKit

@Suite struct PloverEventTests {
  static func event(_ source: String, _ target: String?, _ code: String, sentence: Int = 0, verb: Int = 10)
    -> ArticleEvent
  {
    let entry = CAMEOCodebook.shared.entry(for: code)
    return ArticleEvent(
      code: code, root: String(code.prefix(2)), quadClass: entry?.quadClass, goldstein: entry?.goldstein,
      plover: entry?.ploverEvent, action: entry?.name, source: .init(name: source, code: source),
      target: target.map { .init(name: $0, code: $0) }, date: "2022-01-05", location: "Almaty",
      sentence: sentence, start: 0, end: 40, verb: TextRange(start: verb, end: verb + 5))
  }

  @Test func compoundActorsGiveOneRecordWithActorLists() throws {
    // "Kazakhstan and Kyrgyzstan accused Russia and Belarus …": CAMEO writes four events
    let events = [
      Self.event("KAZGOV", "RUS", "112"), Self.event("KAZGOV", "BLR", "112"),
      Self.event("KGZ", "RUS", "112"), Self.event("KGZ", "BLR", "112"),
    ]
    let records = PloverEvent.records(from: events)
    let record = try #require(records.first)
    #expect(records.count == 1)
    #expect(record.actors.map(\.cameo) == ["KAZGOV", "KGZ"])
    #expect(record.actors.map(\.code) == ["KAZ", "KGZ"] && record.actors[0].sector == "GOV")
    #expect(record.actors[1].sector == nil)
    #expect(record.recipients.map(\.code) == ["RUS", "BLR"])
    #expect(record.categories == ["ACCUSE"] && record.cameo == ["112"] && record.events == [0, 1, 2, 3])
  }

  @Test func reciprocalEventsListEveryMemberAsActor() throws {
    // a paired visit/host code: ARN→GON 042, GON→ARN 043
    let records = PloverEvent.records(from: [
      Self.event("ARN", "GON", "042"), Self.event("GON", "ARN", "043"),
    ])
    let record = try #require(records.first)
    #expect(records.count == 1)
    #expect(record.actors.map(\.code) == ["ARN", "GON"] && record.recipients.isEmpty)
    #expect(record.cameo == ["042", "043"] && record.categories == ["CONSULT"])
    let json = record.json.serialized()
    #expect(json.contains("\"actor\": [{\"code\": \"ARN\""))
    #expect(!json.contains("\"recipient\""))
    #expect(json.contains("\"event_loc\": {\"extracted_place\": \"Almaty\"}"))
  }

  @Test func separateVerbsAndUnmappedRootsGiveSeparateOrNoRecords() {
    let events = [
      Self.event("KEN", "OPP", "175", verb: 10), Self.event("KEN", "OPP", "112", verb: 30),
      Self.event("KEN", "UGA", "010", verb: 50),  // root 01: PLOVER maps none
    ]
    let records = PloverEvent.records(from: events)
    #expect(records.map(\.cameo) == [["175"], ["112"]])
    #expect(records.map(\.events) == [[0], [1]])
  }

  @Test func analyzeWritesPloverEventsForCompoundActors() throws {
    let story = "ALMATY, Jan 5 (Wire) - Kazakhstan and Kyrgyzstan accused Russia of meddling on Wednesday."
    let draft = try PlainTextReader.draft(bytes: Array(story.utf8), input: "story.txt")
    let article = Pipeline(options: .init(published: CalendarDate(year: 2022, month: 1, day: 5))).analyze(
      draft)
    #expect(article.events.count == 2)
    let record = try #require(article.ploverEvents.first)
    #expect(article.ploverEvents.count == 1)
    #expect(record.actors.map(\.code) == ["KAZ", "KGZ"] && record.recipients.map(\.code) == ["RUS"])
    #expect(record.actors.map(\.text) == ["Kazakhstan", "Kyrgyzstan"])
    #expect(article.json.serialized().contains("\"ploverEvents\": [{"))
  }
}
