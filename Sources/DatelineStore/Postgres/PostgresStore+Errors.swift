import PostgresNIO

extension StoreError {
  /// A postgres-nio error as a store error with a stable code.
  init(postgres error: any Error, database: String) {
    if var error = error as? StoreError {
      if error.database.isEmpty { error.database = database }
      self = error
      return
    }
    if let error = error as? PostgresTransactionError {
      self.init(
        postgres: error.closureError ?? error.beginError ?? error.commitError ?? error.rollbackError ?? error,
        database: database)
      return
    }
    guard let error = error as? PSQLError else {
      self.init(.failed, "\(error)", database: database)
      return
    }
    switch error.code {
    case .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
      self.init(
        .connectionLost, "the connection to the server was lost; the open batch was rolled back",
        database: database)
    case .connectionError:
      self.init(
        .unreachable,
        "cannot connect to the server (\(error.underlying.map { "\($0)" } ?? "connection refused"))",
        database: database)
    case .server:
      let state = error.serverInfo?[.sqlState] ?? ""
      let message = error.serverInfo?[.message] ?? "server error"
      switch state {
      case "53100":
        self.init(
          .full, "the server's disk is full; the batch was rolled back (\(message))", database: database)
      case "53400":
        // A configured limit on the disk a session may use (temp_file_limit) was reached.
        self.init(
          .full, "the server's disk limit was reached; the batch was rolled back (\(message))",
          database: database)
      case "55P03", "40P01": self.init(.locked, message, database: database)
      case "57P01", "57P02", "57P03":
        self.init(.connectionLost, "the server ended the connection (\(message))", database: database)
      case "3D000", "28000", "28P01":
        self.init(.unreachable, message, database: database)
      case "XX001", "XX002": self.init(.corrupt, message, database: database)
      default: self.init(.failed, "\(message) [SQLSTATE \(state)]", database: database)
      }
    default:
      self.init(.failed, "\(error.code)", database: database)
    }
  }
}
