import Hummingbird
import Testing

@testable import DatelineServer

@Suite struct RequestBodyTests {
  static func request(_ body: RequestBody, length: Int? = nil) -> Request {
    var head = HTTPRequest(method: .post, scheme: "http", authority: "localhost", path: "/v1/analyze")
    if let length { head.headerFields[.contentLength] = String(length) }
    return Request(head: head, body: body)
  }

  /// A client that sends part of a body and then nothing gets 408, not a request held open.
  @Test func aStalledBodyTimesOut() async throws {
    let (stream, continuation) = AsyncStream<ByteBuffer>.makeStream()
    continuation.yield(ByteBuffer(string: "GENEVA (Reuters) - "))
    let request = Self.request(RequestBody(asyncSequence: stream))
    do {
      _ = try await request.collectBody(limit: 1024, timeout: .milliseconds(50))
      Issue.record("a stalled body was read")
    } catch let problem as Problem {
      #expect(problem.status == .requestTimeout)
      #expect(problem.code == "timeout")
    }
    continuation.finish()
  }

  @Test func aDeclaredLengthOverTheLimitIsRefusedBeforeReading() async throws {
    let (stream, continuation) = AsyncStream<ByteBuffer>.makeStream()  // never yields: must not be read
    let request = Self.request(RequestBody(asyncSequence: stream), length: 5000)
    await #expect(throws: Problem.self) { try await request.collectBody(limit: 1024, timeout: .seconds(30)) }
    continuation.finish()
  }

  @Test func aStreamedBodyOverTheLimitIsRefused() async throws {
    let chunks = (0..<8).map { _ in ByteBuffer(string: String(repeating: "x", count: 200)) }
    let request = Self.request(RequestBody(asyncSequence: chunks.async))
    do {
      _ = try await request.collectBody(limit: 1024, timeout: .seconds(30))
      Issue.record("an oversized body was read")
    } catch let problem as Problem {
      #expect(problem.status == .contentTooLarge)
    }
  }

  @Test func readsABodyWithinTheLimits() async throws {
    let chunks = [ByteBuffer(string: "GENEVA (Reuters) - "), ByteBuffer(string: "Talks went on.")]
    let request = Self.request(RequestBody(asyncSequence: chunks.async))
    let body = try await request.collectBody(limit: 1024, timeout: .seconds(30))
    #expect(String(buffer: body) == "GENEVA (Reuters) - Talks went on.")
  }
}

/// An array as an async sequence of its elements.
extension Array where Element: Sendable {
  var async: AsyncStream<Element> {
    AsyncStream { continuation in
      for element in self { continuation.yield(element) }
      continuation.finish()
    }
  }
}
