import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DatelineServer

@Suite struct OpenAPITests {
  /// Every API route the router answers is in the document, and every documented operation is
  /// a route the router answers with that method.
  @Test func documentMatchesTheRouter() async throws {
    let setup = try await TestDesk()
    let router = setup.desk.router()
    let routed = Set(
      router.routes.map { "\($0.method.rawValue) \($0.path)" }
        .filter { $0.contains(" /v1/") || $0.hasSuffix(" /openapi.json") })
    try await setup.test { client in
      let response = try await client.get("/openapi.json")
      #expect(response.status == .ok)
      let document = try response.object
      #expect(document["openapi"] as? String == "3.1.0")
      let paths = try #require(document["paths"] as? [String: [String: Any]])
      var documented = Set<String>()
      for (path, operations) in paths {
        for method in operations.keys { documented.insert(method.uppercased() + " " + path) }
      }
      #expect(documented == routed)
      #expect(documented.contains("POST /v1/analyze"))
      #expect(documented.contains("GET /v1/articles/{key}"))
    }
  }

  /// Each documented operation is answered by its route (not 404/405 from the router), its
  /// path parameters are declared, and writing operations declare the bearer token.
  @Test func everyOperationIsAnsweredAndDeclared() async throws {
    let setup = try await TestDesk()
    try await setup.test { client in
      let document = try await client.get("/openapi.json").object
      let paths = try #require(document["paths"] as? [String: [String: [String: Any]]])
      let schemes = (document["components"] as? [String: Any])?["securitySchemes"] as? [String: Any]
      #expect(schemes?["bearer"] != nil)
      for (path, operations) in paths {
        for (method, operation) in operations {
          let parameters = operation["parameters"] as? [[String: Any]] ?? []
          let names = Set(
            parameters.filter { $0["in"] as? String == "path" }.compactMap { $0["name"] as? String })
          let inPath = Set(
            path.split(separator: "/").filter { $0.hasPrefix("{") }.map { String($0.dropFirst().dropLast()) })
          #expect(names == inPath, "\(method) \(path) declares its path parameters")
          #expect(operation["operationId"] is String)
          let uri = path.replacingOccurrences(of: "{key}", with: "none").replacingOccurrences(
            of: "{name}", with: "none")
          let response = try await client.execute(
            uri: uri + (path == "/v1/search" ? "?q=talks" : ""), method: .init(method.uppercased())!,
            headers: [.contentType: "text/plain"],
            body: ByteBuffer(string: "GENEVA (Reuters) - Talks went on."))
          let problem = response.status.code >= 400 ? try? response.object : nil
          #expect(
            !(response.status == .notFound && (problem?["detail"] as? String) == "no such resource"),
            "\(method) \(path) is routed")
          #expect(response.status != .methodNotAllowed, "\(method) \(path) answers its method")
          if operation["security"] != nil {
            #expect(response.status == .unauthorized, "\(method) \(path) needs the token")
          }
        }
      }
    }
  }
}
