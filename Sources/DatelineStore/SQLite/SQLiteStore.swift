import Foundation
import GRDB

/// The embedded store: one SQLite file in WAL mode, so readers never wait for the writer and a
/// killed writer loses only its open transaction.
///
/// ```swift
/// let store = try SQLiteStore(path: "dateline.sqlite")
/// try await store.write(records)
/// ```
public final class SQLiteStore: ArticleStore {
  public let database: String
  let pool: DatabasePool
  let options: StoreOptions

  /// Opens (creating when missing) the database at `path` and migrates its schema.
  ///
  /// - Throws: ``StoreError`` with `corrupt` for a damaged file, `locked` when another process
  ///   holds it past the busy timeout, `schema` for a database of a newer Dateline.
  public init(path: String, options: StoreOptions = .init()) throws {
    database = path
    self.options = options
    var configuration = Configuration()
    configuration.busyMode = .timeout(options.busyTimeout)
    configuration.foreignKeysEnabled = true
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
    }
    do {
      pool = try DatabasePool(path: path, configuration: configuration)
      let migrator = SQLiteSchema.migrator
      if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
        throw StoreError(
          .schema, "the database was written by a newer Dateline; upgrade to read it", database: path)
      }
      try migrator.migrate(pool)
    } catch {
      throw StoreError(sqlite: error, database: path)
    }
  }

  public func write(_ records: [ArticleRecord]) async throws -> WriteSummary {
    let minHash = options.minHash
    do {
      // GRDB's asynchronous write waits off the cooperative threads (a busy wait can be long).
      return try await pool.write { db in
        var summary = WriteSummary()
        for record in records {
          let existing = try db.cachedStatement(sql: "SELECT 1 FROM articles WHERE content_hash = ?")
          if try Int.fetchOne(existing, arguments: [record.contentHash]) != nil {
            summary.duplicates += 1
            continue
          }
          try db.cachedStatement(sql: "INSERT INTO sources(name) VALUES (?) ON CONFLICT(name) DO NOTHING")
            .execute(arguments: [record.source])
          let sourceID = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT id FROM sources WHERE name = ?"), arguments: [record.source])!
          var cluster = record.contentHash
          let keys = record.signature.map(MinHash.bandKeys) ?? []
          if let signature = record.signature,
            let match = try Self.nearest(signature, keys: keys, in: db, minHash: minHash)
          {
            cluster = match
            summary.clustered += 1
          }
          try db.cachedStatement(
            sql: """
              INSERT INTO articles(content_hash, id, input, source_id, agency, outlet, url, headline, published,
                country, place, text, json, cluster_id, signature)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
              """
          ).execute(arguments: [
            record.contentHash, record.id, record.input, sourceID, record.agency, record.outlet, record.url,
            record.headline, record.published, record.country, record.place, record.text, record.json,
            cluster,
            record.signature.map { Data(MinHash.bytes($0)) },
          ])
          let rowid = db.lastInsertedRowID
          let band = try db.cachedStatement(
            sql: "INSERT INTO article_bands(band, key, article) VALUES (?, ?, ?)")
          for (index, key) in keys.enumerated() { try band.execute(arguments: [index, key, rowid]) }
          summary.inserted += 1
        }
        return summary
      }
    } catch {
      throw StoreError(sqlite: error, database: database)
    }
  }

  /// The cluster of the stored article most like `signature`, when it is like enough.
  static func nearest(_ signature: MinHash.Signature, keys: [Int64], in db: Database, minHash: MinHash) throws
    -> String?
  {
    let statement = try db.cachedStatement(
      sql: """
        SELECT a.rowid, a.cluster_id, a.signature FROM article_bands b JOIN articles a ON a.rowid = b.article
        WHERE b.band = ? AND b.key = ? LIMIT 32
        """)
    var best: (similarity: Double, rowid: Int64, cluster: String)?
    var seen = Set<Int64>()
    for (band, key) in keys.enumerated() {
      let rows = try Row.fetchCursor(statement, arguments: [band, key])
      while let row = try rows.next() {
        let rowid: Int64 = row[0]
        let data: Data? = row[2]
        guard seen.insert(rowid).inserted, let data, let other = MinHash.signature(bytes: [UInt8](data))
        else { continue }
        let similarity = minHash.similarity(signature, other)
        guard similarity >= minHash.threshold else { continue }
        if best == nil || similarity > best!.similarity
          || (similarity == best!.similarity && rowid < best!.rowid)
        {
          best = (similarity, rowid, row[1])
        }
      }
    }
    return best?.cluster
  }

  public func query(_ query: ArticleQuery) async throws -> [StoredArticle] {
    var articles: [StoredArticle] = []
    try await forEach(query) { articles.append($0) }
    return articles
  }

  public func forEach(_ query: ArticleQuery, _ body: (StoredArticle) throws -> Void) async throws {
    try forEachNow(query, body)
  }

  func forEachNow(_ query: ArticleQuery, _ body: (StoredArticle) throws -> Void) throws {
    do {
      try pool.read { db in
        // Words found in many articles: walk the date index newest first and keep the matches
        // (a few rows read per row kept), rather than fetch every match and sort them all.
        var scanByDate = false
        if let text = query.text, query.limit != nil {
          let matches =
            try Int.fetchOne(
              db,
              sql:
                "SELECT count(*) FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? LIMIT \(Self.manyMatches))",
              arguments: [FullTextPattern.fts5(text)]) ?? 0
          scanByDate = matches >= Self.manyMatches
        }
        let (sql, arguments) = Self.select(query, scanByDate: scanByDate)
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() {
          try body(
            StoredArticle(
              contentHash: row[0], id: row[1], input: row[2], source: row[3], agency: row[4], outlet: row[5],
              url: row[6], headline: row[7], published: row[8], country: row[9], place: row[10],
              cluster: row[11],
              numArticles: row[12], numSources: row[13], json: row[14]))
        }
      }
    } catch {
      throw StoreError(sqlite: error, database: database)
    }
  }

  /// From how many full-text matches a query walks the date index instead.
  static let manyMatches = 2000

  /// The SELECT of a query, and its arguments.
  static func select(_ query: ArticleQuery, scanByDate: Bool = false) -> (String, StatementArguments) {
    var conditions: [String] = []
    var arguments: [(any DatabaseValueConvertible)?] = []
    if let text = query.text {
      conditions.append("a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
      arguments.append(FullTextPattern.fts5(text))
    }
    if let source = query.source {
      conditions.append("a.source_id = (SELECT id FROM sources WHERE name = ?)")
      arguments.append(source)
    }
    if let country = query.country {
      conditions.append("a.country = ?")
      arguments.append(country)
    }
    if let from = query.from {
      conditions.append("a.published >= ?")
      arguments.append(from)
    }
    if let to = query.to {
      conditions.append("a.published <= ?")
      arguments.append(to)
    }
    if let cluster = query.cluster {
      conditions.append("a.cluster_id = ?")
      arguments.append(cluster)
    }
    if let contentHash = query.contentHash {
      conditions.append("a.content_hash = ?")
      arguments.append(contentHash)
    }
    for match in query.matches {
      conditions.append(
        "EXISTS (SELECT 1 FROM json_each(a.json, ?) e WHERE json_extract(e.value, ?) = ?)")
      arguments += ["$." + match.array, "$." + match.field, match.value]
    }
    var sql = """
      SELECT \(StoredArticle.selectedColumns)
      FROM articles a \(scanByDate ? "INDEXED BY articles_published " : "")JOIN sources s ON s.id = a.source_id
      """
    if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
    sql += " ORDER BY a.published DESC, a.rowid DESC"
    if let limit = query.limit {
      sql += " LIMIT ?"
      arguments.append(limit)
    }
    return (sql, StatementArguments(arguments))
  }

  public func count() async throws -> Int {
    do {
      return try await pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM articles") ?? 0 }
    } catch {
      throw StoreError(sqlite: error, database: database)
    }
  }

  public func close() async throws { try closeNow() }

  func closeNow() throws {
    do { try pool.close() } catch { throw StoreError(sqlite: error, database: database) }
  }
}
