/// An error of a store: what went wrong and which database it concerns.
///
/// Modelled on NIO's `FileSystemError`: a stable ``Code`` for programs, a message for people, and
/// the database (a file path, or a PostgreSQL URL without its password).
///
/// ```swift
/// do { let store = try await StoreLocation("broken.sqlite").open() }
/// catch let error as StoreError { print(error) }  // broken.sqlite: not a database … [corrupt]
/// ```
public struct StoreError: Error, Sendable, Hashable, CustomStringConvertible {
  /// A stable, machine-readable kind of store error.
  public struct Code: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    /// The file is not a database, or its pages are damaged.
    public static let corrupt = Code("corrupt")
    /// Another process holds the database locked for longer than the busy timeout.
    public static let locked = Code("locked")
    /// The disk (or the database's size limit) is full.
    public static let full = Code("full")
    /// The database cannot be opened or reached (missing folder, no permission, server down).
    public static let unreachable = Code("unreachable")
    /// The connection to the server broke during the work; the open batch was rolled back.
    public static let connectionLost = Code("connection-lost")
    /// The schema was written by a newer Dateline, or cannot be migrated.
    public static let schema = Code("schema")
    /// The `--db` value is not a path or a `postgres://` URL.
    public static let invalidLocation = Code("invalid-location")
    /// The database refused a statement for another reason.
    public static let failed = Code("failed")
  }

  public var code: Code
  public var message: String
  /// The database: a file path, or a PostgreSQL URL with the password left out.
  public var database: String

  public init(_ code: Code, _ message: String, database: String) {
    self.code = code
    self.message = message
    self.database = database
  }

  public var description: String { "\(database): \(message) [\(code)]" }
}
