import DatelineKit
import DatelineStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DatelineServer

/// Stored articles whose JSON carries later stages' arrays (entities, quotes, events, in the
/// `{start, end, …}` form every stage writes) show up in the API and on the pages.
@Suite struct StageArraysTests {
  /// Scalar offsets of the first `needle` in `text`.
  static func span(_ needle: String, in text: String) -> (Int, Int) {
    let scalars = Array(text.unicodeScalars), wanted = Array(needle.unicodeScalars)
    let start = (0...(scalars.count - wanted.count)).first {
      Array(scalars[$0..<($0 + wanted.count)]) == wanted
    }!
    return (start, start + wanted.count)
  }

  static func record(_ text: String, day: String, hash: String, events: [(String, String, String, String)])
    -> ArticleRecord
  {
    func object(_ needle: String, _ extra: [(String, JSONValue)]) -> JSONValue {
      let (start, end) = span(needle, in: text)
      return .object([("start", .int(start)), ("end", .int(end)), ("text", .string(needle))] + extra)
    }
    let json: JSONValue = .object([
      ("id", .string(hash)), ("input", "test"), ("source", .object([("agency", "Reuters")])),
      ("headline", .string(String(text.prefix(30)))), ("published", .string(day)), ("text", .string(text)),
      ("paragraphs", [.object([("start", .int(0)), ("end", .int(text.unicodeScalars.count))])]),
      (
        "entities",
        [
          object("Tokayev", [("type", "PER"), ("name", "Tokayev")]),
          object("Michel", [("type", "PER"), ("name", "Michel")]),
          object("Tokayev", [("type", "PER"), ("name", "Tokayev")]),
        ]
      ),
      ("quotes", [object("We are calm", [("speaker", "Tokayev")])]),
      (
        "events",
        .array(
          events.map { event in
            object(
              event.0,
              [("source", .string(event.1)), ("target", .string(event.2)), ("date", .string(event.3))])
          })
      ),
    ])
    return ArticleRecord(
      contentHash: hash, id: hash, input: "test", source: "Reuters", agency: "Reuters",
      headline: String(text.prefix(30)),
      published: day, text: text, json: json.serialized())
  }

  static func desk() async throws -> TestDesk {
    let setup = try await TestDesk()
    let first = "Tokayev spoke with Michel by telephone. \"We are calm,\" Tokayev said."
    let second = "Tokayev met Putin in Moscow. \"We are calm,\" Tokayev said after talks with Michel."
    _ = try await setup.desk.store.write([
      record(
        first, day: "2022-01-10", hash: "a1", events: [("spoke with", "Tokayev", "Michel", "2022-01-10")]),
      record(second, day: "2022-01-20", hash: "b2", events: [("met", "Tokayev", "Putin", "2022-01-19")]),
    ])
    return setup
  }

  @Test func eventsQuotesAndTimeline() async throws {
    try await Self.desk().test { client in
      let events = try await client.get("/v1/events").object["items"] as? [[String: Any]] ?? []
      #expect(events.map { $0["text"] as? String } == ["met", "spoke with"])  // newest article first
      let timeline = try await client.get("/v1/timeline").object["items"] as? [[String: Any]] ?? []
      #expect(timeline.map { $0["date"] as? String } == ["2022-01-10", "2022-01-19"])  // by day
      let withPutin =
        try await client.get("/v1/timeline?actor=putin").object["items"] as? [[String: Any]] ?? []
      #expect(withPutin.map { $0["target"] as? String } == ["Putin"])
      let january =
        try await client.get("/v1/timeline?from=2022-01-15").object["items"] as? [[String: Any]] ?? []
      #expect(january.count == 1)
      let quotes =
        try await client.get("/v1/quotes?speaker=Tokayev").object["items"] as? [[String: Any]] ?? []
      #expect(quotes.count == 2)
      let none = try await client.get("/v1/quotes?speaker=Michel").object["items"] as? [[String: Any]] ?? []
      #expect(none.isEmpty)
    }
  }

  @Test func actorAndTopActors() async throws {
    try await Self.desk().test { client in
      let actor = try await client.get("/v1/entities/Tokayev").object
      #expect((actor["articles"] as? [Any])?.count == 2)
      #expect((actor["quotes"] as? [Any])?.count == 2)
      #expect((actor["events"] as? [Any])?.count == 2)
      let partners = (actor["interactsWith"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
      #expect(Set(partners) == ["Michel", "Putin"])

      let feed = try await client.get("/v1/articles").object["articles"] as? [[String: Any]] ?? []
      #expect(feed.first?["topActors"] as? [String] == ["Tokayev", "Michel"])

      let page = try await client.get("/entities/Tokayev", accept: "text/html")
      #expect(page.status == .ok)
      #expect(page.text.contains("We are calm"))
      #expect(page.text.contains("href=\"/entities/Putin\""))
    }
  }

  @Test func storyPageHighlightsEveryGroup() async throws {
    try await Self.desk().test { client in
      let page = try await client.get("/articles/a1", accept: "text/html")
      #expect(page.status == .ok)
      let html = page.text
      for group in ["Entities", "Quotes", "Events"] {
        #expect(html.contains(">\(group) <span class=\"count\">"))
      }
      #expect(html.contains("Tokayev → Michel: spoke with, 2022-01-10"))
      #expect(html.contains("data-groups=\"g0\" title=\"Entities: Michel\">Michel</mark>"))
      #expect(html.contains("<a href=\"#s0-2\">Michel</a>"))
      #expect(Markup.violations(in: html).isEmpty)

      let timeline = try await client.get("/timeline", accept: "text/html").text
      #expect(timeline.contains("Tokayev → Putin: met, 2022-01-19"))
    }
  }
}
