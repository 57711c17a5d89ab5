import Hummingbird

/// One route of the server: the router registers its handler and the OpenAPI document
/// describes it, both from this one value, so the two cannot drift apart.
///
/// ```swift
/// Endpoint(.get, "/v1/articles/{id}", id: "getArticle", summary: "One stored article",
///          parameters: [.path("id", "The article's key")], responses: [.json(200, "The article", schema: "Article")]) { … }
/// ```
struct Endpoint: Sendable {
  typealias Handler = @Sendable (Request, BasicRequestContext) async throws -> Response

  /// Who may call the endpoint.
  enum Access: Sendable {
    /// Anyone who reaches the server.
    case open
    /// Only a client that sends the server's bearer token (endpoints that write).
    case token
  }

  /// A path or query parameter.
  struct Parameter: Sendable {
    enum Location: String, Sendable { case path, query }
    var name: String
    var location: Location
    var type: String
    var description: String
    var required: Bool

    static func path(_ name: String, _ description: String) -> Self {
      .init(name: name, location: .path, type: "string", description: description, required: true)
    }

    static func query(_ name: String, _ description: String, type: String = "string") -> Self {
      .init(name: name, location: .query, type: type, description: description, required: false)
    }
  }

  /// One documented response.
  struct Reply: Sendable {
    var status: Int
    var description: String
    var contentType: String
    /// A schema of the document's `components`, if the body has one.
    var schema: String?

    static func json(_ status: Int, _ description: String, schema: String) -> Self {
      .init(status: status, description: description, contentType: "application/json", schema: schema)
    }

    static func problem(_ status: Int, _ description: String) -> Self {
      .init(
        status: status, description: description, contentType: "application/problem+json", schema: "Problem")
    }
  }

  var method: HTTPRequest.Method
  /// The path in OpenAPI form (`/v1/articles/{id}`), which Hummingbird's router also reads.
  var path: String
  var operationID: String
  var summary: String
  var access: Access
  var parameters: [Parameter]
  /// The media types the request body may have; empty when there is no body.
  var bodyTypes: [String]
  var responses: [Reply]
  /// Whether the OpenAPI document lists the endpoint (the API), or not (web pages, assets).
  var documented: Bool
  var handler: Handler

  init(
    _ method: HTTPRequest.Method, _ path: String, id operationID: String, summary: String,
    access: Access = .open,
    parameters: [Parameter] = [], bodyTypes: [String] = [], responses: [Reply], documented: Bool = true,
    handler: @escaping Handler
  ) {
    self.method = method
    self.path = path
    self.operationID = operationID
    self.summary = summary
    self.access = access
    self.parameters = parameters
    self.bodyTypes = bodyTypes
    self.responses = responses
    self.documented = documented
    self.handler = handler
  }

  /// A web page or asset: HTML for people, left out of the OpenAPI document.
  static func page(
    _ method: HTTPRequest.Method = .get, _ path: String, id: String, summary: String,
    handler: @escaping Handler
  ) -> Self {
    .init(
      method, path, id: id, summary: summary,
      responses: [.init(status: 200, description: summary, contentType: "text/html")], documented: false,
      handler: handler)
  }
}
