import DatelineKit
import Testing

@testable import DatelineStore

/// `ArticleQuery.contentHash` finds one article by its key, on both backends (the server's
/// `GET /v1/articles/{key}`).
@Suite struct ContentHashQueryTests {
  @Test(arguments: Backend.all)
  func findsOneArticleByContentHash(_ backend: Backend) async throws {
    let store = try await backend.open()
    _ = try await store.write(Fixtures.all)
    for record in Fixtures.all {
      var query = ArticleQuery()
      query.contentHash = record.contentHash
      let found = try await store.query(query)
      #expect(found.map(\.contentHash) == [record.contentHash])
      #expect(found.first?.input == record.input)
    }
    var missing = ArticleQuery()
    missing.contentHash = "no-such-hash"
    #expect(try await store.query(missing).isEmpty)
    try await store.close()
  }
}
