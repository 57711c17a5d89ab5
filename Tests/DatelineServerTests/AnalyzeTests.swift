import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DatelineServer

@Suite struct AnalyzeTests {
  static let story = """
    Kazakhstan talks with EU

    NUR-SULTAN, January 10 (Reuters) - Kazakhstan's president spoke with the head of the European Council on Monday.

    The two discussed the situation in the country.
    """

  @Test func analyzesPlainText() async throws {
    try await TestDesk().test { client in
      let response = try await client.execute(
        uri: "/v1/analyze", method: .post, headers: [.contentType: "text/plain; charset=utf-8"],
        body: ByteBuffer(string: Self.story))
      #expect(response.status == .ok)
      #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
      let article = try response.object
      let dateline = article["dateline"] as? [String: Any]
      #expect(dateline?["place"] as? String == "Nur-Sultan")
      #expect(dateline?["date"] as? String == "2022-01-10")
      #expect(article["headline"] as? String == "Kazakhstan talks with EU")
      #expect((article["text"] as? String)?.contains("European Council") == true)
    }
  }

  @Test func analyzesHTMLAndHonoursPublished() async throws {
    let page = """
      <html><head><title>Talks</title></head><body><article><h1>Kazakhstan talks with EU</h1>
      <p>NUR-SULTAN, January 10 (Reuters) - Kazakhstan's president spoke with the head of the European Council on Monday about the unrest in the country.</p>
      <p>The two discussed the situation in the country and the work of the peacekeepers sent by the alliance.</p>
      </article></body></html>
      """
    try await TestDesk().test { client in
      let response = try await client.execute(
        uri: "/v1/analyze?published=2022-01-11", method: .post, headers: [.contentType: "text/html"],
        body: ByteBuffer(string: page))
      #expect(response.status == .ok)
      let article = try response.object
      #expect(article["published"] as? String == "2022-01-11")
      #expect((article["dateline"] as? [String: Any])?["agency"] as? String == "Reuters")
    }
  }

  @Test func refusesOtherMediaTypes() async throws {
    try await TestDesk().test { client in
      let response = try await client.execute(
        uri: "/v1/analyze", method: .post, headers: [.contentType: "application/pdf"],
        body: ByteBuffer(string: "%PDF"))
      #expect(response.status == .unsupportedMediaType)
      #expect(response.headers[.contentType] == "application/problem+json")
      let problem = try response.object
      #expect(problem["status"] as? Int == 415)
      #expect(problem["type"] as? String == "about:blank")
      #expect(problem["title"] as? String == "Unsupported Media Type")
      #expect(problem["code"] as? String == "unsupported-media-type")
    }
  }

  @Test func refusesBodiesOverTheLimit() async throws {
    try await TestDesk { $0.maxBodySize = 1024 }.test { client in
      let big = String(repeating: "The minister said the talks went well. ", count: 100)
      let response = try await client.execute(
        uri: "/v1/analyze", method: .post, headers: [.contentType: "text/plain"],
        body: ByteBuffer(string: big))
      #expect(response.status == .contentTooLarge)
      #expect(try response.object["code"] as? String == "too-large")
    }
  }

  @Test func reportsUnreadableInputAsProblem() async throws {
    try await TestDesk().test { client in
      var binary = ByteBuffer()
      binary.writeBytes([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0, 1, 2, 3, 0, 0, 0, 0])
      let response = try await client.execute(
        uri: "/v1/analyze", method: .post, headers: [.contentType: "text/plain"], body: binary)
      #expect(response.status == .unprocessableContent)
      let problem = try response.object
      #expect(problem["code"] as? String == "binary-data")
      #expect(problem["input"] as? String == "request")

      let empty = try await client.execute(
        uri: "/v1/analyze", method: .post, headers: [.contentType: "text/plain"],
        body: ByteBuffer(string: "  \n"))
      #expect(empty.status == .unprocessableContent)
      #expect(try empty.object["code"] as? String == "empty")
    }
  }

  @Test func refusesBadDates() async throws {
    try await TestDesk().test { client in
      let response = try await client.execute(
        uri: "/v1/analyze?referenceDate=yesterday", method: .post, headers: [.contentType: "text/plain"],
        body: ByteBuffer(string: Self.story))
      #expect(response.status == .badRequest)
      #expect(try response.object["input"] as? String == "referenceDate")
    }
  }

  @Test func unknownAPIPathsAndMethodsAreProblems() async throws {
    try await TestDesk().test { client in
      let missing = try await client.get("/v1/nothing-here")
      #expect(missing.status == .notFound)
      #expect(missing.headers[.contentType] == "application/problem+json")
      #expect(try missing.object["status"] as? Int == 404)

      let page = try await client.get("/nothing-here", accept: "text/html")
      #expect(page.status == .notFound)
      #expect(page.headers[.contentType]?.hasPrefix("text/html") == true)
      #expect(page.text.contains("Not Found"))
    }
  }
}
