import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DatelineServer

@Suite struct TokenTests {
  @Test func writingNeedsTheToken() async throws {
    try await TestDesk().test { client in
      let story = "GENEVA, March 3 (Reuters) - Negotiators met again on Thursday to discuss the ceasefire."
      let anonymous = try await client.ingest(story, token: nil)
      #expect(anonymous.status == .unauthorized)
      #expect(anonymous.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
      #expect(anonymous.headers[.contentType] == "application/problem+json")
      #expect(anonymous.headers[.contentSecurityPolicy] != nil)

      let wrong = try await client.ingest(story, token: "test-token-0123456789abcdeX")
      #expect(wrong.status == .unauthorized)
      let short = try await client.ingest(story, token: "test")
      #expect(short.status == .unauthorized)

      let stored = try await client.ingest(story)
      #expect(stored.status == .created)
      let summary = try stored.object
      #expect(summary["inserted"] as? Int == 1)
      let key = try #require((summary["keys"] as? [String])?.first)
      #expect(stored.headers[.location] == "/v1/articles/" + key)

      let again = try await client.ingest(story)
      #expect(again.status == .ok)
      #expect(try again.object["duplicates"] as? Int == 1)
    }
  }

  @Test func generatesAnOwnerOnlyTokenFileOnce() throws {
    let folder = NSTemporaryDirectory() + "dateline-token-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let file = folder + "/config/token"
    let first = try AccessToken.resolve(file: file, environment: [:])
    #expect(first.generated)
    #expect(first.value.count == 64)
    let attributes = try FileManager.default.attributesOfItem(atPath: file)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    let folderAttributes = try FileManager.default.attributesOfItem(atPath: folder + "/config")
    #expect((folderAttributes[.posixPermissions] as? NSNumber)?.intValue == 0o700)

    let second = try AccessToken.resolve(file: file, environment: [:])
    #expect(!second.generated)
    #expect(second.value == first.value)

    let fromEnvironment = try AccessToken.resolve(
      file: file, environment: ["DATELINE_TOKEN": "an-operator-chosen-token"])
    #expect(fromEnvironment.value == "an-operator-chosen-token")
    #expect(fromEnvironment.file == nil)
    #expect(throws: TokenError.self) {
      try AccessToken.resolve(file: file, environment: ["DATELINE_TOKEN": "short"])
    }
  }

  @Test func refusesATokenFileOthersCanRead() throws {
    let folder = NSTemporaryDirectory() + "dateline-token-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let file = folder + "/token"
    _ = FileManager.default.createFile(
      atPath: file, contents: Data("0123456789abcdef0123456789abcdef\n".utf8),
      attributes: [.posixPermissions: 0o644])
    #expect(throws: TokenError.self) { try AccessToken.resolve(file: file, environment: [:]) }
  }

  @Test func comparesTheWholeToken() {
    let token = AccessToken(value: "0123456789abcdef")
    #expect(token.admits(authorization: "Bearer 0123456789abcdef"))
    #expect(token.admits(authorization: "bearer 0123456789abcdef"))
    #expect(!token.admits(authorization: "Bearer 0123456789abcde"))
    #expect(!token.admits(authorization: "Bearer 0123456789abcdef0"))
    #expect(!token.admits(authorization: "Basic 0123456789abcdef"))
    #expect(!token.admits(authorization: nil))
  }
}
