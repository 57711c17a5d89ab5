import Foundation

/// A `postgres://user:password@host:port/database?schema=NAME` URL, parsed.
///
/// The password is never printed: ``redacted`` shows the URL without it.
public struct PostgresURL: Sendable, Hashable, CustomStringConvertible {
  public var host: String
  public var port: Int
  public var user: String
  public var password: String?
  public var database: String?
  /// The schema the tables live in (created when missing); `public` by default.
  public var schema: String?

  public init(_ text: String) throws {
    guard let components = URLComponents(string: text),
      components.scheme == "postgres" || components.scheme == "postgresql"
    else { throw StoreError(.invalidLocation, "not a postgres:// URL", database: text) }
    host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
    port = components.port ?? 5432
    user = components.user ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres"
    password = components.password
    let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
    database = path.isEmpty ? nil : path
    schema = components.queryItems?.first { $0.name == "schema" }?.value
    if let schema,
      !schema.unicodeScalars.allSatisfy({
        $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_"
      })
    {
      throw StoreError(
        .invalidLocation, "the schema name may hold letters, digits and _ only", database: text)
    }
  }

  /// The URL without the password.
  public var redacted: String {
    var text = "postgres://\(user)@\(host):\(port)/\(database ?? "")"
    if let schema { text += "?schema=\(schema)" }
    return text
  }

  public var description: String { redacted }
}
