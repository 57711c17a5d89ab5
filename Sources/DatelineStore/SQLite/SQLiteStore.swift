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
        // Terms' frequencies in the batch's windows, kept current as it is written.
        var frequencies = StoryWindowCounts()
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
          } else if record.signature != nil, let storyMatch = options.storyMatch,
            let match = try Self.rewritten(record, in: db, match: storyMatch, frequencies: &frequencies)
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
          try SQLiteSchema.insert(record.stages, article: rowid, published: record.published, in: db)
          if record.signature != nil, let day = record.published.flatMap(StoryMatch.day) {
            let term = try db.cachedStatement(
              sql: "INSERT OR IGNORE INTO story_terms(term, day, article) VALUES (?, ?, ?)")
            for value in record.storyTerms { try term.execute(arguments: [value, day, rowid]) }
            frequencies.written(record.storyTerms, day: day)
          }
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

  /// The cluster of the stored story that `record` retells (``StoryMatch``), if any.
  static func rewritten(
    _ record: ArticleRecord, in db: Database, match: StoryMatch, frequencies: inout StoryWindowCounts
  ) throws -> String? {
    let facts = StoryMatch.facts(record.storyTerms)
    guard facts.count >= StoryMatch.leastSharedFacts, let window = StoryMatch.window(around: record.published)
    else { return nil }
    // How common each term is in the window, read once per batch.
    func readCounts(_ terms: [String]) throws {
      let unknown = Set(terms).filter { frequencies.count($0, in: window) == nil }
      guard !unknown.isEmpty else { return }
      let counts = try Row.fetchAll(
        db.cachedStatement(
          sql: """
            SELECT j.value, (SELECT count(*) FROM (SELECT 1 FROM story_terms s
              WHERE s.term = j.value AND s.day >= ? AND s.day <= ? LIMIT \(StoryMatch.frequencyCap)))
            FROM json_each(?) j
            """), arguments: [window.first, window.last, StoryMatch.json(Array(unknown))])
      for row in counts { frequencies.set(row[0], in: window, to: row[1]) }
    }
    try readCounts(record.storyTerms)
    // Facts in many of the window's articles (a country, `100`) would find every story of the
    // week: the rarer ones find the candidates.
    let searched = facts.filter { (frequencies.count($0, in: window) ?? 0) < StoryMatch.frequencyCap }
    guard !searched.isEmpty else { return nil }
    let candidates = try Row.fetchAll(
      db.cachedStatement(
        sql: """
          SELECT t.article, a.cluster_id FROM story_terms t JOIN articles a ON a.rowid = t.article
          WHERE t.term IN (SELECT value FROM json_each(?)) AND t.day >= ? AND t.day <= ?
          GROUP BY t.article ORDER BY count(*) DESC, t.article LIMIT ?
          """),
      arguments: [StoryMatch.json(searched), window.first, window.last, StoryMatch.candidates])
    guard !candidates.isEmpty else { return nil }
    let termsOf = try db.cachedStatement(sql: "SELECT term FROM story_terms WHERE article = ?")
    var scored: [(article: Int64, cluster: String, terms: [String])] = []
    for row in candidates {
      scored.append((row[0], row[1], try String.fetchAll(termsOf, arguments: [row[0] as Int64])))
    }
    try readCounts(scored.flatMap(\.terms))
    if frequencies.articles(in: window) == nil {
      frequencies.setArticles(
        in: window,
        to: try Int.fetchOne(
          db.cachedStatement(
            sql:
              "SELECT count(*) FROM (SELECT 1 FROM articles WHERE published >= ? AND published <= ? LIMIT 4096)"
          ),
          arguments: [window.first, window.last + "~"]) ?? 0)
    }
    let articles = frequencies.articles(in: window) ?? 0
    let own = Set(record.storyTerms)
    let known = frequencies
    func frequency(_ term: String) -> Int {
      (known.count(term, in: window) ?? 0) + (own.contains(term) ? 1 : 0)
    }
    var best: (score: Double, article: Int64, cluster: String)?
    for candidate in scored {
      let score = match.score(record.storyTerms, candidate.terms, frequency: frequency, window: articles + 1)
      guard match.isSameStory(record.storyTerms, candidate.terms, score: score, frequency: frequency) else {
        continue
      }
      if best == nil || score > best!.score || (score == best!.score && candidate.article < best!.article) {
        best = (score, candidate.article, candidate.cluster)
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
    try rows(query, .articles, columns: StoredArticle.selectedColumns) { row in
      try body(
        StoredArticle(
          contentHash: row[0], id: row[1], input: row[2], source: row[3], agency: row[4], outlet: row[5],
          url: row[6], headline: row[7], published: row[8], country: row[9], place: row[10],
          cluster: row[11],
          numArticles: row[12], numSources: row[13], json: row[14], ingestedAt: row[15]))
    }
  }

  public func forEachEvent(_ query: ArticleQuery, _ body: (StoredEvent) throws -> Void) async throws {
    try rows(query, .events, columns: StoredEvent.selectedColumns) { row in
      try body(
        StoredEvent(
          article: Self.rowArticle(row),
          event: .init(
            n: row[5], code: row[6], root: row[7], quadClass: row[8], goldstein: row[9], sourceName: row[10],
            sourceCode: row[11], sourceEntity: row[12], targetName: row[13], targetCode: row[14],
            targetEntity: row[15], date: row[16], location: row[17], sentence: row[18], start: row[19],
            end: row[20]),
          evidence: row[21] ?? ""))
    }
  }

  public func forEachQuote(_ query: ArticleQuery, _ body: (StoredQuote) throws -> Void) async throws {
    try rows(query, .quotes, columns: StoredQuote.selectedColumns) { row in
      try body(
        StoredQuote(
          article: Self.rowArticle(row), start: row[5], end: row[6], kind: row[7], speaker: row[8],
          speakerName: row[9], cue: row[10], channel: row[11], text: row[12] ?? ""))
    }
  }

  static func rowArticle(_ row: Row) -> StoredRowArticle {
    StoredRowArticle(id: row[0], contentHash: row[1], published: row[2], source: row[3], headline: row[4])
  }

  /// Runs a query of `rows`, choosing its plan (``SQLiteQuery``) unless `plan` is given, and
  /// calls `body` with each row.
  func rows(
    _ query: ArticleQuery, _ rows: SQLiteQuery.Rows, columns: String, plan chosen: SQLiteQuery.Plan? = nil,
    _ body: (Row) throws -> Void
  ) throws {
    do {
      try pool.read { db in
        var plan = SQLiteQuery(query: query, rows: rows)
        if let chosen {
          plan.plan = chosen
          try plan.prepare(in: db, cap: Self.manyMatches)
        } else {
          try plan.plan(in: db, cap: Self.manyMatches)
        }
        let (sql, arguments) = plan.select(columns: columns)
        let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try cursor.next() { try body(row) }
      }
    } catch {
      throw StoreError(sqlite: error, database: database)
    }
  }

  /// Up to how many matches a filter's index is counted to choose a plan (``SQLiteQuery``).
  static let manyMatches = 2000

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
