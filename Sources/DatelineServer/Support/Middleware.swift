import HTTPTypes
import Hummingbird

/// Answers every error as problem JSON on the API, and as an HTML page elsewhere.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
    async throws -> Response
  {
    do {
      return try await next(request, context)
    } catch {
      let problem = Problem(error)
      if problem.status == .internalServerError {
        context.logger.error(
          "request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
      }
      if Self.wantsJSON(request) { return try problem.response(from: request, context: context) }
      var response = Pages.error(problem)
      for field in problem.headers { response.headers.append(field) }
      return response
    }
  }

  /// API paths answer JSON; so does a client that accepts no HTML.
  static func wantsJSON(_ request: Request) -> Bool {
    let path = request.uri.path
    if path.hasPrefix("/v1/") || path == "/v1" || path == "/openapi.json" { return true }
    return !(request.headers[.accept]?.contains("text/html") ?? true)
  }
}

/// Headers that keep a browser from running or framing anything the pages did not ask for,
/// a second wall behind escaping.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
  static var contentSecurityPolicy: String {
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; "
      + "base-uri 'none'; frame-ancestors 'none'"
  }

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
    async throws -> Response
  {
    var response = try await next(request, context)
    response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
    response.headers[.xContentTypeOptions] = "nosniff"
    response.headers[.referrerPolicy] = "no-referrer"
    response.headers[.xFrameOptions] = "DENY"
    return response
  }
}

extension HTTPField.Name {
  static var xFrameOptions: Self { .init("X-Frame-Options")! }
  static var referrerPolicy: Self { .init("Referrer-Policy")! }
}
