/// Which store a `--db` value names: a SQLite file path (default `./dateline.sqlite`), or a
/// `postgres://user:password@host:port/database` URL.
///
/// A PostgreSQL URL may name a schema with `?schema=NAME` (created when missing), so that
/// several stores share one database.
///
/// ```swift
/// let local = try StoreLocation("wire.sqlite")
/// let shared = try StoreLocation("postgres://dateline@db.internal/news")
/// ```
public enum StoreLocation: Sendable, Hashable {
  case sqlite(path: String)
  case postgres(PostgresURL)

  public static let defaultPath = "./dateline.sqlite"

  public init(_ value: String?) throws {
    guard let value, !value.isEmpty else {
      self = .sqlite(path: Self.defaultPath)
      return
    }
    if value.hasPrefix("postgres://") || value.hasPrefix("postgresql://") {
      self = .postgres(try PostgresURL(value))
    } else if value.hasPrefix("sqlite://") {
      self = .sqlite(path: String(value.dropFirst("sqlite://".count)))
    } else if value.contains("://") {
      throw StoreError(.invalidLocation, "not a file path or a postgres:// URL", database: value)
    } else {
      self = .sqlite(path: value)
    }
  }

  /// The database for messages (no password).
  public var database: String {
    switch self {
    case .sqlite(let path): path
    case .postgres(let url): url.redacted
    }
  }

  /// Opens the store, creating or migrating its schema.
  public func open(options: StoreOptions = .init()) async throws -> any ArticleStore {
    switch self {
    case .sqlite(let path): try SQLiteStore(path: path, options: options)
    case .postgres(let url): try await PostgresStore.connect(url, options: options)
    }
  }
}

/// How a store behaves under contention and how near a near-duplicate must be.
public struct StoreOptions: Sendable {
  /// How long a SQLite writer waits for another process's lock before ``StoreError/Code/locked``.
  public var busyTimeout: Double
  /// How near-duplicates are found.
  public var minHash: MinHash
  /// How rewrites of a story by other agencies are found; nil finds reprints only.
  public var storyMatch: StoryMatch?

  public init(busyTimeout: Double = 10, minHash: MinHash = MinHash(), storyMatch: StoryMatch? = StoryMatch())
  {
    self.busyTimeout = busyTimeout
    self.minHash = minHash
    self.storyMatch = storyMatch
  }
}
