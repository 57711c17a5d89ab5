import DatelineKit

/// How the server listens and what it accepts.
///
/// ```swift
/// var configuration = DeskConfiguration(token: token)
/// configuration.port = 9000
/// ```
public struct DeskConfiguration: Sendable {
  /// The address to listen on; loopback unless the operator decides otherwise.
  public var host = "127.0.0.1"
  public var port = 8080
  /// The largest request body accepted, in bytes.
  public var maxBodySize = 2 * 1024 * 1024
  /// How long a client may take to send a request body.
  public var bodyTimeout: Duration = .seconds(30)
  /// How long an idle connection stays open.
  public var idleTimeout: Duration = .seconds(60)
  /// The one origin allowed to call the API from a browser (CORS); nil sends no CORS headers.
  public var corsOrigin: String?
  /// The bearer token of the writing endpoints.
  public var token: AccessToken
  /// The day stories are read from; nil for the day of each request.
  public var referenceDate: CalendarDate?

  public init(token: AccessToken) {
    self.token = token
  }
}
