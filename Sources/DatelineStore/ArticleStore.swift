/// A place where analysed articles are kept and searched: SQLite on one machine, PostgreSQL
/// for many.
///
/// Both backends keep the same tables (sources, articles with their full JSON, full-text index,
/// story clusters), behave the same under the shared test suite, and report faults as
/// ``StoreError``s naming the database. A store has one writer at a time per process; each
/// ``write(_:)`` is one transaction, so a batch is stored whole or not at all.
///
/// ```swift
/// let store = try await StoreLocation("dateline.sqlite").open()
/// let summary = try await store.write(records)
/// for article in try await store.query(ArticleQuery(text: "ceasefire", limit: 20)) { print(article.headline ?? "") }
/// try await store.close()
/// ```
public protocol ArticleStore: Sendable {
  /// The database, for messages: a path, or a URL without its password.
  var database: String { get }

  /// Writes a batch in one transaction: articles whose content hash is stored already are
  /// skipped, the others are inserted and put into story clusters.
  func write(_ records: [ArticleRecord]) async throws -> WriteSummary

  /// The articles matching a query, newest first.
  func query(_ query: ArticleQuery) async throws -> [StoredArticle]

  /// Calls `body` with each article matching a query, newest first, without holding them all.
  func forEach(_ query: ArticleQuery, _ body: (StoredArticle) throws -> Void) async throws

  /// Calls `body` with each event row matching a query, latest event date first: the article
  /// filters select the articles, `actors`, `eventCode`, `from` and `to` the events.
  func forEachEvent(_ query: ArticleQuery, _ body: (StoredEvent) throws -> Void) async throws

  /// Calls `body` with each quote row matching a query, newest article first and in text order
  /// within one: the article filters select the articles, `speaker` the quotes.
  func forEachQuote(_ query: ArticleQuery, _ body: (StoredQuote) throws -> Void) async throws

  /// How many articles are stored.
  func count() async throws -> Int

  /// Ends the connections; the store is not used after.
  func close() async throws
}

/// What one ``ArticleStore/write(_:)`` did.
public struct WriteSummary: Sendable, Hashable {
  /// Articles stored by this write.
  public var inserted: Int
  /// Articles skipped because their content hash was stored already.
  public var duplicates: Int
  /// Articles put into an existing story cluster (near-duplicates of a stored article).
  public var clustered: Int

  public init(inserted: Int = 0, duplicates: Int = 0, clustered: Int = 0) {
    self.inserted = inserted
    self.duplicates = duplicates
    self.clustered = clustered
  }

  public static func += (a: inout WriteSummary, b: WriteSummary) {
    a.inserted += b.inserted
    a.duplicates += b.duplicates
    a.clustered += b.clustered
  }
}
