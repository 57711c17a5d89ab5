import Logging
import PostgresNIO

extension PostgresConnection {
  /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
  ///
  /// Unlike postgres-nio's `withTransaction`, it sends nothing on a connection that has closed:
  /// postgres-nio 1.33.2 drops a query written to a closed channel without failing it, so a
  /// `ROLLBACK` after a lost connection would wait for ever. The server rolls back a
  /// transaction whose connection is gone by itself.
  func transaction<Result: Sendable>(
    logger: Logger, _ body: (PostgresConnection) async throws -> Result
  ) async throws -> Result {
    try ensureOpen()
    try await query("BEGIN", logger: logger)
    do {
      let result = try await body(self)
      try ensureOpen()
      try await query("COMMIT", logger: logger)
      return result
    } catch {
      if !isClosed { _ = try? await query("ROLLBACK", logger: logger) }
      throw error
    }
  }

  /// Throws when the connection has closed (see ``transaction(logger:_:)``).
  func ensureOpen() throws {
    if isClosed { throw StoreError(.connectionLost, "the connection to the server was lost", database: "") }
  }
}
