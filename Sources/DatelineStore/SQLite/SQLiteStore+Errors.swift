import GRDB

extension StoreError {
  /// A SQLite error as a store error with a stable code.
  init(sqlite error: any Error, database: String) {
    if let error = error as? StoreError {
      self = error
      return
    }
    guard let error = error as? DatabaseError else {
      self.init(.failed, "\(error)", database: database)
      return
    }
    let message = error.message ?? "\(error.resultCode)"
    switch error.resultCode {
    case .SQLITE_NOTADB, .SQLITE_CORRUPT:
      self.init(
        .corrupt, "the file is not a Dateline database or is damaged (\(message))", database: database)
    case .SQLITE_BUSY, .SQLITE_LOCKED:
      self.init(.locked, "the database is locked by another process (\(message))", database: database)
    case .SQLITE_FULL:
      self.init(
        .full, "the disk or the database is full; the batch was rolled back (\(message))", database: database)
    case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_AUTH:
      self.init(.unreachable, "the database cannot be opened for writing (\(message))", database: database)
    case .SQLITE_IOERR:
      self.init(.failed, "input/output error (\(message))", database: database)
    default:
      self.init(.failed, message, database: database)
    }
  }
}
