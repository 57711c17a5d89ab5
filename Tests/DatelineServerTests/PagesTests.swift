import DatelineKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DatelineServer

@Suite struct PagesTests {
  @Test func feedStoryTimelineAndSearchPages() async throws {
    try await TestDesk().test { client in
      let keys = try await client.ingestSamples()
      let feed = try await client.get("/", accept: "text/html")
      #expect(feed.status == .ok)
      #expect(feed.headers[.contentType] == "text/html; charset=utf-8")
      #expect(feed.text.contains("Tokayev discusses situation in Kazakhstan with European Council President"))
      for key in keys { #expect(feed.text.contains("href=\"/articles/\(key)\"")) }
      #expect(feed.text.contains("<a href=\"/\" aria-current=\"page\">All news</a>"))

      let story = try await client.get("/articles/\(keys[0])", accept: "text/html")
      #expect(story.status == .ok)
      #expect(story.text.contains("<h1 class=\"headline\">"))
      #expect(story.text.contains(">Dateline <span class=\"count\">(1)</span></h3>"))
      #expect(story.text.contains("<mark class=\"hl"))

      let timeline = try await client.get("/timeline", accept: "text/html")
      #expect(timeline.status == .ok)
      #expect(timeline.text.contains("<label for=\"t-actor\">Actor"))

      let search = try await client.get("/search?q=Tokayev", accept: "text/html")
      #expect(search.status == .ok)
      #expect(search.text.contains("href=\"/articles/\(keys[0])\""))
      #expect(search.text.contains("value=\"Tokayev\""))

      let form = try await client.get("/analyze", accept: "text/html")
      #expect(form.text.contains("<label for=\"story\">"))
    }
  }

  @Test func storyPageOfAMissingKeyIsAnHTMLNotFound() async throws {
    try await TestDesk().test { client in
      let response = try await client.get("/articles/nope", accept: "text/html")
      #expect(response.status == .notFound)
      #expect(response.text.contains("no stored article has the key nope"))
    }
  }

  @Test func assetsAreServedByNameOnly() async throws {
    try await TestDesk().test { client in
      let css = try await client.get("/static/dateline.css")
      #expect(css.status == .ok)
      #expect(css.headers[.contentType] == "text/css; charset=utf-8")
      #expect(try await client.get("/static/dateline.js").status == .ok)
      for path in [
        "/static/../Package.swift", "/static/..%2FPackage.swift", "/static/%2e%2e/%2e%2e/etc/passwd",
        "/static/dateline.css/..", "/static/..", "/static/%2Fetc%2Fpasswd", "/static/",
      ] {
        let response = try await client.get(path)
        #expect(response.status == .notFound, "\(path)")
        #expect(!response.text.contains("PackageDescription") && !response.text.contains("root:"))
      }
    }
  }

  @Test func securityHeadersAndNoCORSByDefault() async throws {
    try await TestDesk().test { client in
      let response = try await client.execute(
        uri: "/v1/articles", method: .get, headers: [.origin: "https://evil.example"])
      #expect(response.headers[.accessControlAllowOrigin] == nil)
      #expect(response.headers[.xContentTypeOptions] == "nosniff")
      #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
    }
  }

  @Test func corsOnlyForTheNamedOrigin() async throws {
    try await TestDesk { $0.corsOrigin = "https://desk.example.org" }.test { client in
      let response = try await client.execute(
        uri: "/v1/articles", method: .get, headers: [.origin: "https://desk.example.org"])
      #expect(response.headers[.accessControlAllowOrigin] == "https://desk.example.org")
    }
  }
}
