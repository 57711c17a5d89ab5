import DatelineKit
import Foundation
import Testing

@testable import DatelineStore

/// The behaviour both backends share: the same tests, run against each.
@Suite struct ArticleStoreTests {
  @Test(arguments: Backend.all)
  func writeIsIdempotentByContentHash(_ backend: Backend) async throws {
    let store = try await backend.open()
    let first = try await store.write(Fixtures.all)
    #expect(first.inserted == 3)
    #expect(first.duplicates == 0)
    let again = try await store.write(Fixtures.all)
    #expect(again.inserted == 0)
    #expect(again.duplicates == 3)
    #expect(try await store.count() == 3)
    try await store.close()
  }

  @Test(arguments: Backend.all)
  func sameStoryFromTwoAgenciesIsOneCluster(_ backend: Backend) async throws {
    let store = try await backend.open()
    let summary = try await store.write(Fixtures.all)
    #expect(summary.clustered == 1)
    let articles = try await store.query(ArticleQuery())
    let reuters = try #require(articles.first { $0.input == "reuters-pipeline.txt" })
    let tass = try #require(articles.first { $0.input == "tass-pipeline.txt" })
    let ap = try #require(articles.first { $0.input == "ap-election.txt" })
    #expect(reuters.cluster == tass.cluster)
    #expect(reuters.cluster == reuters.contentHash)
    #expect(tass.numArticles == 2 && tass.numSources == 2)
    #expect(ap.cluster != reuters.cluster)
    #expect(ap.numArticles == 1 && ap.numSources == 1)
    let story = try await store.query(ArticleQuery(cluster: reuters.cluster))
    #expect(Set(story.map(\.source)) == ["Reuters", "TASS"])
    try await store.close()
  }

  @Test(arguments: Backend.all)
  func sameSourceTwiceCountsOneSource(_ backend: Backend) async throws {
    let store = try await backend.open()
    var copy = Fixtures.tassPipeline
    copy.source = "Reuters"
    copy.input = "reuters-pipeline-update.txt"
    _ = try await store.write([Fixtures.record(Fixtures.reutersPipeline), Fixtures.record(copy)])
    let articles = try await store.query(ArticleQuery())
    #expect(articles.count == 2)
    #expect(articles.allSatisfy { $0.numArticles == 2 && $0.numSources == 1 })
    try await store.close()
  }

  @Test(arguments: Backend.all)
  func filtersCombine(_ backend: Backend) async throws {
    let store = try await backend.open()
    _ = try await store.write(Fixtures.all)
    func inputs(_ query: ArticleQuery) async throws -> [String] { try await store.query(query).map(\.input) }
    #expect(
      try await inputs(ArticleQuery(text: "pipeline")) == ["tass-pipeline.txt", "reuters-pipeline.txt"])
    #expect(try await inputs(ArticleQuery(text: "runoff election")) == ["ap-election.txt"])
    #expect(try await inputs(ArticleQuery(text: "pipeline election")) == [])
    // Stemmed: "halting" finds "halted".
    #expect(try await inputs(ArticleQuery(text: "halting")).count == 2)
    #expect(try await inputs(ArticleQuery(source: "tass")) == ["tass-pipeline.txt"])
    #expect(
      try await inputs(ArticleQuery(from: "2022-03-01")) == ["tass-pipeline.txt", "reuters-pipeline.txt"])
    #expect(
      try await inputs(ArticleQuery(from: "2022-02-01", to: "2022-03-03")) == [
        "reuters-pipeline.txt", "ap-election.txt",
      ])
    #expect(
      try await inputs(ArticleQuery(text: "gas", source: "Reuters", to: "2022-03-03")) == [
        "reuters-pipeline.txt"
      ])
    #expect(try await inputs(ArticleQuery(limit: 1)) == ["tass-pipeline.txt"])
    // Punctuation and quotes in the words are not query syntax.
    #expect(try await inputs(ArticleQuery(text: "\"pipeline\" (gas*")).count == 2)
    try await store.close()
  }

  @Test(arguments: Backend.all)
  func countryFilterUsesTheDateline(_ backend: Backend) async throws {
    let store = try await backend.open()
    let draft = Draft(
      input: "tass-astana.txt", format: .text, source: "TASS",
      blocks: [
        Draft.Block(
          "NUR-SULTAN, January 10. /TASS/. Kazakh President Kassym-Jomart Tokayev held talks on Monday.")
      ])
    let record = Fixtures.record(draft)
    let country = try #require(record.country)
    _ = try await store.write(Fixtures.all + [record])
    #expect(try await store.query(ArticleQuery(country: country)).map(\.input) == ["tass-astana.txt"])
    #expect(try await store.query(ArticleQuery(country: country.lowercased())).count == 1)
    try await store.close()
  }

  @Test(arguments: Backend.all)
  func arrayMatchesFindLaterStagesFields(_ backend: Backend) async throws {
    let store = try await backend.open()
    var record = Fixtures.record(Fixtures.apElection)
    // A later stage's arrays, as they will appear in the article JSON.
    var object = try #require(
      try JSONSerialization.jsonObject(with: Data(record.json.utf8)) as? [String: Any])
    object["quotes"] = [["speaker": "Tokayev", "text": "Order is restored"]]
    object["events"] = [["cameo": "042", "source": ["code": "KAZ"]]]
    record.json = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    _ = try await store.write([Fixtures.record(Fixtures.reutersPipeline), record])
    let speaker = ArticleQuery(matches: [.init(array: "quotes", field: "speaker", value: "Tokayev")])
    #expect(try await store.query(speaker).map(\.input) == ["ap-election.txt"])
    let both = ArticleQuery(matches: [.init("quotes.speaker=Tokayev")!, .init("events.cameo=042")!])
    #expect(try await store.query(both).count == 1)
    #expect(try await store.query(ArticleQuery(matches: [.init("events.cameo=043")!])).isEmpty)
    #expect(try await store.query(ArticleQuery(matches: [.init("events.source.code=KAZ")!])).count == 1)
    #expect(try await store.query(ArticleQuery(matches: [.init("events.source.code=RUS")!])).isEmpty)
    #expect(try await store.query(ArticleQuery(matches: [.init("entities.text=Tokayev")!])).isEmpty)
    try await store.close()
  }

  @Test(arguments: Backend.all)
  func storedJSONIsTheAnalyzeOutput(_ backend: Backend) async throws {
    let store = try await backend.open()
    let article = Fixtures.pipeline.analyze(Fixtures.apElection)
    _ = try await store.write([ArticleRecord(article)])
    var exported: [String] = []
    try await store.forEach(ArticleQuery()) { exported.append($0.json) }
    #expect(exported == [article.json.serialized()])
    try await store.close()
  }

  @Test(arguments: Backend.all)
  func concurrentWritersStoreEachArticleOnce(_ backend: Backend) async throws {
    let location = try backend.freshLocation()
    let records = (0..<60).map { Fixtures.record(Fixtures.numbered($0)) }
    let first = try await location.open()
    let second = try await location.open()
    async let a = first.write(Array(records[0..<40]))
    async let b = second.write(Array(records[20..<60]))
    let (x, y) = try await (a, b)
    #expect(x.inserted + y.inserted == 60)
    #expect(x.duplicates + y.duplicates == 20)
    #expect(try await first.count() == 60)
    try await first.close()
    try await second.close()
  }
}
