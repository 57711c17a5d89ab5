import DatelineKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DatelineServer

@Suite struct StoreAPITests {
  @Test func feedListsStoredArticlesNewestFirst() async throws {
    try await TestDesk().test { client in
      let keys = try await client.ingestSamples()
      #expect(Set(keys).count == BundledSamples.all.count)
      let list = try await client.get("/v1/articles").object
      let articles = try #require(list["articles"] as? [[String: Any]])
      #expect(articles.count == BundledSamples.all.count)
      let days = articles.compactMap { $0["published"] as? String }
      #expect(days == days.sorted(by: >))
      #expect(Set(articles.compactMap { $0["key"] as? String }) == Set(keys))
      #expect(list["next"] is NSNull)
    }
  }

  @Test func feedPagesAndFilters() async throws {
    try await TestDesk().test { client in
      _ = try await client.ingestSamples()
      let first = try await client.get("/v1/articles?limit=2").object
      let page1 = try #require(first["articles"] as? [[String: Any]])
      #expect(page1.count == 2)
      let next = try #require(first["next"] as? String)
      #expect(next.contains("offset=2"))
      let second = try await client.get(next).object
      let page2 = try #require(second["articles"] as? [[String: Any]])
      #expect(page2.count == 2)
      #expect(
        Set(page1.compactMap { $0["key"] as? String }).isDisjoint(
          with: page2.compactMap { $0["key"] as? String }))

      let tass = try await client.get("/v1/articles?source=TASS").object["articles"] as? [[String: Any]]
      #expect(tass?.count == 1)
      #expect(tass?.first?["agency"] as? String == "TASS")

      let all = try await client.get("/v1/articles").object["articles"] as? [[String: Any]] ?? []
      let country = try #require(all.compactMap { $0["country"] as? String }.first)
      let byCountry = try await client.get("/v1/articles?country=\(HTML.percentEncode(country))").object
      let countries = (byCountry["articles"] as? [[String: Any]] ?? []).map { $0["country"] as? String }
      #expect(!countries.isEmpty && countries.allSatisfy { $0 == country })

      let day = try #require(all.compactMap { $0["published"] as? String }.first)
      let byDay =
        try await client.get("/v1/articles?from=\(day)&to=\(day)").object["articles"] as? [[String: Any]]
        ?? []
      #expect(!byDay.isEmpty && byDay.allSatisfy { $0["published"] as? String == day })

      let bad = try await client.get("/v1/articles?limit=1000")
      #expect(bad.status == .badRequest)
      #expect(try bad.object["input"] as? String == "limit")
      #expect(try await client.get("/v1/articles?from=someday").status == .badRequest)
    }
  }

  @Test func articleByKey() async throws {
    try await TestDesk().test { client in
      let keys = try await client.ingestSamples()
      let response = try await client.get("/v1/articles/\(keys[0])")
      #expect(response.status == .ok)
      let object = try response.object
      let summary = try #require(object["summary"] as? [String: Any])
      #expect(summary["key"] as? String == keys[0])
      #expect(summary["numArticles"] as? Int ?? 0 >= 1)
      let article = try #require(object["article"] as? [String: Any])
      #expect((article["text"] as? String)?.isEmpty == false)

      let missing = try await client.get("/v1/articles/0000")
      #expect(missing.status == .notFound)
      #expect(missing.headers[.contentType] == "application/problem+json")
    }
  }

  @Test func searchFindsWords() async throws {
    try await TestDesk().test { client in
      _ = try await client.ingestSamples()
      let found = try await client.get("/v1/search?q=Tokayev").object["articles"] as? [[String: Any]] ?? []
      #expect(found.count == 1)
      #expect((found.first?["headline"] as? String)?.contains("Tokayev") == true)
      let none = try await client.get("/v1/search?q=zzyzxqq").object["articles"] as? [[String: Any]]
      #expect(none?.isEmpty == true)
      #expect(try await client.get("/v1/search").status == .badRequest)
    }
  }

  /// Events, quotes and actors come from the arrays the stages write into each article; these
  /// answer with what the store holds, checked here against the stored articles themselves.
  @Test func itemsComeFromTheStoredArticles() async throws {
    try await TestDesk().test { client in
      let keys = try await client.ingestSamples()
      var expected: [String: Int] = ["events": 0, "quotes": 0]
      for key in keys {
        let article = try await client.get("/v1/articles/\(key)").object["article"] as? [String: Any]
        for name in expected.keys { expected[name]! += (article?[name] as? [Any])?.count ?? 0 }
      }
      for name in ["events", "quotes"] {
        let response = try await client.get("/v1/\(name)?limit=100")
        #expect(response.status == .ok)
        let items = try response.object["items"] as? [[String: Any]] ?? []
        #expect(items.count == expected[name], "\(name)")
        #expect(items.allSatisfy { ($0["article"] as? [String: Any])?["key"] is String })
      }
      let timeline = try await client.get("/v1/timeline").object["items"] as? [[String: Any]] ?? []
      #expect(timeline.count == expected["events"])
      let entity = try await client.get("/v1/entities/Tokayev").object
      #expect(entity["name"] as? String == "Tokayev")
      #expect(entity["articles"] is [Any] && entity["quotes"] is [Any] && entity["events"] is [Any])
    }
  }
}
