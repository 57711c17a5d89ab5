import DatelineKit
import DatelineStore
import Hummingbird

/// An error answered as RFC 9457 problem details (`application/problem+json`).
///
/// `type` stays `about:blank` (the status says what happened); the extension members `code`
/// and `input` carry the engine's stable error code and the input it concerns, as
/// ``InputError`` and ``StoreError`` do.
///
/// ```swift
/// throw Problem(.unsupportedMediaType, "send text/plain or text/html")
/// ```
public struct Problem: Error, Sendable, HTTPResponseError {
  public var status: HTTPResponse.Status
  public var detail: String
  /// A stable, machine-readable code (`too-large`, `binary-data`, `unauthorized`).
  public var code: String?
  /// The input the problem concerns, when there is one.
  public var input: String?
  /// Extra response headers (`WWW-Authenticate`, `Allow`).
  public var headers: HTTPFields

  public init(
    _ status: HTTPResponse.Status, _ detail: String, code: String? = nil, input: String? = nil,
    headers: HTTPFields = [:]
  ) {
    self.status = status
    self.detail = detail
    self.code = code
    self.input = input
    self.headers = headers
  }

  /// The problem JSON object.
  var json: JSONValue {
    var fields: [(String, JSONValue)] = [
      ("type", .string("about:blank")),
      ("title", .string(status.reasonPhrase)),
      ("status", .int(status.code)),
      ("detail", .string(detail)),
    ]
    if let code { fields.append(("code", .string(code))) }
    if let input { fields.append(("input", .string(input))) }
    return .object(fields)
  }

  public func response(from request: Request, context: some RequestContext) throws -> Response {
    var headers = self.headers
    headers[.contentType] = "application/problem+json"
    headers[.cacheControl] = "no-store"
    return Response(
      status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: json.serialized() + "\n")))
  }
}

extension Problem {
  /// The problem for any error a handler or Hummingbird threw.
  init(_ error: any Error) {
    switch error {
    case let problem as Problem:
      self = problem
    case let error as InputError:
      self.init(
        error.code == .tooLarge ? .contentTooLarge : .unprocessableContent, error.message,
        code: error.code.rawValue,
        input: error.input)
    case let error as StoreError:
      let unavailable: Set<StoreError.Code> = [.locked, .unreachable, .connectionLost, .full]
      // The database's path or URL is the server's business, not the client's.
      self.init(
        unavailable.contains(error.code) ? .serviceUnavailable : .internalServerError,
        "the store could not answer: \(error.message)", code: error.code.rawValue)
    case let error as HTTPError:
      var headers = error.headers
      headers[.contentType] = nil
      self.init(
        error.status, error.body ?? Self.defaultDetail(error.status), code: Self.code(error.status),
        headers: headers)
    case let error as any HTTPResponseError:
      self.init(error.status, Self.defaultDetail(error.status), code: Self.code(error.status))
    default:
      self.init(.internalServerError, "the server failed to answer", code: "internal")
    }
  }

  static func defaultDetail(_ status: HTTPResponse.Status) -> String {
    switch status {
    case .notFound: "no such resource"
    case .methodNotAllowed: "the resource does not answer this method"
    case .contentTooLarge: "the request body is larger than the server accepts"
    default: status.reasonPhrase
    }
  }

  static func code(_ status: HTTPResponse.Status) -> String {
    switch status {
    case .notFound: "not-found"
    case .methodNotAllowed: "method-not-allowed"
    case .contentTooLarge: "too-large"
    case .badRequest: "bad-request"
    case .unauthorized: "unauthorized"
    case .requestTimeout: "timeout"
    default: "http-\(status.code)"
    }
  }
}
