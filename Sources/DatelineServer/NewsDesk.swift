import DatelineKit
import DatelineStore
import Hummingbird
import Logging

/// The "All news" desk: Dateline's HTTP API and web pages over a store.
///
/// One list of ``Endpoint``s feeds both the router and the OpenAPI document at `/openapi.json`.
/// Every error is RFC 9457 problem JSON on the API and an HTML page elsewhere; writing endpoints
/// need the bearer token; bodies are bounded in size and time; pages send a strict Content
/// Security Policy and escape all article content; CORS headers are sent only for an origin the
/// operator names.
///
/// ```swift
/// let store = try await StoreLocation("dateline.sqlite").open()
/// let desk = NewsDesk(configuration: DeskConfiguration(token: try AccessToken.resolve(file: path)), store: store)
/// try await desk.run()
/// ```
public struct NewsDesk: Sendable {
  public var configuration: DeskConfiguration
  public var store: any ArticleStore
  let pipeline: Pipeline

  public init(configuration: DeskConfiguration, store: any ArticleStore) {
    self.configuration = configuration
    self.store = store
    pipeline = Pipeline()
  }

  /// Every route the server answers, API and pages.
  var endpoints: [Endpoint] {
    var endpoints = [
      Endpoint(
        .get, "/openapi.json", id: "getOpenAPI", summary: "This API's OpenAPI 3.1 document",
        responses: [.init(status: 200, description: "The OpenAPI document", contentType: "application/json")]
      ) { [self] _, _ in
        JSONResponse.ok(OpenAPIDocument(endpoints: self.endpoints).json)
      }
    ]
    endpoints += analysisEndpoints
    endpoints += storeEndpoints
    endpoints += pageEndpoints
    return endpoints
  }

  /// The router with the middleware and every endpoint.
  public func router() -> Router<BasicRequestContext> {
    let router = Router()
    // Outermost first: problems get the security headers too.
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: ProblemMiddleware())
    if let origin = configuration.corsOrigin {
      router.add(
        middleware: CORSMiddleware(
          allowOrigin: .custom(origin), allowHeaders: [.accept, .authorization, .contentType],
          allowMethods: [.get, .post, .options]))
    }
    let token = configuration.token
    for endpoint in endpoints {
      let handler = endpoint.handler
      switch endpoint.access {
      case .open:
        router.on(RouterPath(endpoint.path), method: endpoint.method, use: handler)
      case .token:
        router.on(RouterPath(endpoint.path), method: endpoint.method) { request, context in
          guard token.admits(authorization: request.headers[.authorization]) else {
            throw Problem(
              .unauthorized, "this endpoint needs the server's bearer token (Authorization: Bearer …)",
              code: "unauthorized", headers: [.wwwAuthenticate: "Bearer realm=\"dateline\""])
          }
          return try await handler(request, context)
        }
      }
    }
    return router
  }

  /// The server application, listening where the configuration says.
  public func application(logger: Logger = Logger(label: "dateline.serve")) -> some ApplicationProtocol {
    Application(
      router: router(),
      server: .http1(configuration: .init(idleTimeout: .init(configuration.idleTimeout))),
      configuration: .init(
        address: .hostname(configuration.host, port: configuration.port), serverName: "dateline"),
      logger: logger)
  }

  /// Serves until SIGINT or SIGTERM.
  public func run(logger: Logger = Logger(label: "dateline.serve")) async throws {
    try await application(logger: logger).runService()
  }

  /// The pipeline for one request: the configured reference date, else today.
  func pipeline(published: CalendarDate? = nil, referenceDate: CalendarDate? = nil) -> Pipeline {
    var pipeline = self.pipeline
    pipeline.options = .init(
      published: published, referenceDate: referenceDate ?? configuration.referenceDate ?? .today())
    return pipeline
  }
}

/// JSON replies.
enum JSONResponse {
  static func ok(_ value: JSONValue, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response
  {
    var headers = headers
    headers[.contentType] = "application/json; charset=utf-8"
    return Response(
      status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: value.serialized() + "\n"))
    )
  }
}
