import DatelineKit
import DatelineStore
import Foundation
import Hummingbird
import HummingbirdTesting

@testable import DatelineServer

/// A desk over a fresh SQLite store in a temporary folder, with a known token.
struct TestDesk {
  static let token = "test-token-0123456789abcdef"
  let folder: String
  let desk: NewsDesk

  init(configure: (inout DeskConfiguration) -> Void = { _ in }) async throws {
    folder = NSTemporaryDirectory() + "dateline-serve-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let store = try await StoreLocation(folder + "/test.sqlite").open()
    var configuration = DeskConfiguration(token: AccessToken(value: Self.token))
    configuration.referenceDate = CalendarDate(year: 2022, month: 1, day: 31)
    configure(&configuration)
    desk = NewsDesk(configuration: configuration, store: store)
  }

  /// Runs `body` against the router in process, then removes the store.
  func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
    let app = Application(router: desk.router())
    do {
      try await app.test(.router, body)
    } catch {
      try? await cleanUp()
      throw error
    }
    try await cleanUp()
  }

  func cleanUp() async throws {
    try await desk.store.close()
    try? FileManager.default.removeItem(atPath: folder)
  }
}

extension TestClientProtocol {
  /// POSTs a story with the test token.
  @discardableResult
  func ingest(_ story: String, type: String = "text/plain", token: String? = TestDesk.token) async throws
    -> TestResponse
  {
    var headers: HTTPFields = [.contentType: type]
    if let token { headers[.authorization] = "Bearer " + token }
    return try await execute(
      uri: "/v1/articles", method: .post, headers: headers, body: ByteBuffer(string: story))
  }

  /// Stores the bundled samples; returns their keys.
  func ingestSamples() async throws -> [String] {
    var keys: [String] = []
    for sample in BundledSamples.all {
      let type = sample.name.hasSuffix(".html") ? "text/html" : "text/plain"
      let response = try await ingest(sample.content, type: type)
      guard
        let object = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any],
        let key = (object["keys"] as? [String])?.first
      else { throw TestFailure("ingest of \(sample.name) answered \(response.status)") }
      keys.append(key)
    }
    return keys
  }

  func get(_ uri: String, accept: String? = nil) async throws -> TestResponse {
    var headers: HTTPFields = [:]
    if let accept { headers[.accept] = accept }
    return try await execute(uri: uri, method: .get, headers: headers)
  }
}

struct TestFailure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

extension TestResponse {
  var text: String { String(buffer: body) }

  /// The body as a JSON object.
  var object: [String: Any] {
    get throws {
      guard let object = try JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any] else {
        throw TestFailure("not a JSON object: \(text)")
      }
      return object
    }
  }
}
