import DatelineKit
import Foundation
import Testing

@testable import DatelineStore

/// The same police story told by two agencies (Reuters mentions the event twice), and an
/// unrelated one without events: one GDELT record, counted over the story.
@Suite struct GDELTExportTests {
  static let lead =
    "Kenyan police fired tear gas at protesters in Nairobi on Thursday as demonstrations over the price of maize flour spread to a third city."
  static let rest = [
    "The interior ministry said officers had arrested 40 people and that the roads into the city centre would reopen on Friday.",
    "Traders in the central market said they had closed their stalls for the day and feared further losses if the protests continued into next week.",
  ]

  static var reuters: Draft {
    Draft(
      input: "reuters-nairobi.txt", format: .text, source: "Reuters", published: "2022-03-03",
      title: "Police fire tear gas at protesters in Nairobi",
      blocks: ([lead, "Kenyan police fired tear gas at protesters again in the afternoon, witnesses said."]
        + rest).map {
          Draft.Block($0)
        })
  }

  static var afp: Draft {
    Draft(
      input: "afp-nairobi.txt", format: .text, source: "AFP", published: "2022-03-03",
      title: "Kenyan police use tear gas against Nairobi protesters",
      blocks: ([lead] + rest).map { Draft.Block($0) })
  }

  static func column(_ line: String, _ name: String) -> String {
    line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)[
      GDELTEventColumns.index(of: name)!]
  }

  static func export(_ store: any ArticleStore, _ query: ArticleQuery = ArticleQuery()) async throws -> (
    GDELTExport.Summary, [String]
  ) {
    var lines: [String] = []
    let summary = try await GDELTExport(dateAdded: "20260101000000").run(store, query) { lines.append($0) }
    return (summary, lines)
  }

  @Test(arguments: Backend.all)
  func oneRecordPerStoryEvent(_ backend: Backend) async throws {
    let store = try await backend.open()
    let before = GDELTEventRow.timestamp(secondsSince1970: Int(Date().timeIntervalSince1970))
    _ = try await store.write([
      Fixtures.record(Self.reuters), Fixtures.record(Self.afp), Fixtures.record(Fixtures.apElection),
    ])
    let after = GDELTEventRow.timestamp(secondsSince1970: Int(Date().timeIntervalSince1970) + 1)
    let (summary, lines) = try await Self.export(store)
    let stored = try await store.query(ArticleQuery(source: "Reuters"))
    try await store.close()
    #expect(summary.articles == 3)
    let police = lines.filter { Self.column($0, "EventCode") == "175" }
    try #require(police.count == 1)
    #expect(Self.column(police[0], "NumMentions") == "3")
    #expect(Self.column(police[0], "NumArticles") == "2")
    #expect(Self.column(police[0], "NumSources") == "2")
    #expect(Self.column(police[0], "Actor1Code") == "KENCOP")
    #expect(Self.column(police[0], "ActionGeo_CountryCode") == "KE")
    #expect(Self.column(police[0], "SQLDATE") == "20220303")
    // DATEADDED: when the store took in the reporting article (the export's moment only when unknown).
    let added = Self.column(police[0], "DATEADDED")
    #expect(added >= before && added <= after)
    #expect(stored.first?.ingestedAt.flatMap(GDELTExport.timestamp) == added)
    #expect(summary.records == lines.count)
    #expect(summary.events > summary.records)
    for line in lines { #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == 61) }
  }

  @Test(arguments: Backend.all)
  func aFilteredExportStillCountsTheWholeStory(_ backend: Backend) async throws {
    let store = try await backend.open()
    _ = try await store.write([Fixtures.record(Self.reuters), Fixtures.record(Self.afp)])
    let (summary, lines) = try await Self.export(store, ArticleQuery(source: "AFP"))
    try await store.close()
    #expect(summary.articles == 1)
    let police = lines.filter { Self.column($0, "EventCode") == "175" }
    try #require(police.count == 1)
    #expect(Self.column(police[0], "SOURCEURL") == "afp-nairobi.txt")
    #expect(Self.column(police[0], "NumMentions") == "3")
    #expect(Self.column(police[0], "NumSources") == "2")
  }

  @Test(arguments: Backend.all)
  func timeMLDocumentsReadBack(_ backend: Backend) async throws {
    let store = try await backend.open()
    _ = try await store.write([Fixtures.record(Self.reuters), Fixtures.record(Fixtures.apElection)])
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "dateline-tml-\(UUID().uuidString)"
    ).path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let count = try await TimeMLExport(folder: folder).run(store, ArticleQuery())
    var articles: [String: Article] = [:]
    try await store.forEach(ArticleQuery()) { articles[$0.id] = try Article(json: $0.json, input: $0.input) }
    try await store.close()
    #expect(count == 2)
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    #expect(files.count == 2)
    for file in files {
      let source = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
      let document = try TimeMLDocument(parsing: source, input: file)
      let article = try #require(articles[String(file.dropLast(4))])
      #expect(document.text == article.text)
      #expect(document.creationTime == article.published)
      #expect(document.times.map(\.value) == article.times.map(\.value))
    }
  }

  @Test func fileNamesAreSafe() {
    #expect(TimeMLExport.fileName("87bb208eaa801f2c") == "87bb208eaa801f2c")
    #expect(TimeMLExport.fileName("../etc/passwd") == "_.._etc_passwd")
    #expect(TimeMLExport.fileName("feed.xml#3") == "feed.xml_3")
  }
}

@Suite struct GDELTExportShortcutTests {
  @Test func ingestionMomentsBecomeGDELTTimestamps() {
    #expect(GDELTExport.timestamp("2026-11-25T04:05:06Z") == "20261125040506")
    #expect(GDELTExport.timestamp("2026-11-25 04:05:06") == nil)
    #expect(GDELTExport.timestamp("2026-11-25T04:05:0xZ") == nil)
  }

  @Test func onlyAnEmptyEventsArrayAtTheEndSkipsParsing() throws {
    let article = Fixtures.pipeline.analyze(Fixtures.apElection)
    #expect(article.events.isEmpty)
    #expect(GDELTExport.hasNoEvents(article.json.serialized()))
    let withEvents = Fixtures.pipeline.analyze(GDELTExportTests.afp)
    #expect(!withEvents.events.isEmpty)
    #expect(!GDELTExport.hasNoEvents(withEvents.json.serialized()))
    #expect(!GDELTExport.hasNoEvents(#"{"events": [], "later": 1}"#))
  }
}
