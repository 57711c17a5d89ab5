import DatelineKit
import Logging
import NIOCore
import PostgresNIO

/// The shared store: a PostgreSQL database that several `dateline ingest` workers write to, with
/// the same tables and behaviour as ``SQLiteStore``.
///
/// One store holds one connection; writes through it are serialised by the caller (the ingester
/// has one writer). Several processes may write at once: the unique content hash and
/// `ON CONFLICT DO NOTHING` keep every article once.
///
/// ```swift
/// let store = try await PostgresStore.connect(try PostgresURL("postgres://dateline@localhost/news"))
/// ```
public final class PostgresStore: ArticleStore {
  public let database: String
  let connection: PostgresConnection
  let options: StoreOptions
  let logger: Logger

  init(database: String, connection: PostgresConnection, options: StoreOptions, logger: Logger) {
    self.database = database
    self.connection = connection
    self.options = options
    self.logger = logger
  }

  /// Connects, selects the URL's schema (creating it), and migrates.
  public static func connect(
    _ url: PostgresURL, options: StoreOptions = .init(), migrateUpTo last: String? = nil
  )
    async throws -> PostgresStore
  {
    let logger = Logger(label: "dateline.store") { _ in SwiftLogNoOpLogHandler() }
    let connection = try await open(url, logger: logger)
    do {
      try await PostgresSchema.migrate(connection, schema: url.schema, upTo: last, logger: logger)
    } catch {
      try? await connection.close()
      throw StoreError(postgres: error, database: url.redacted)
    }
    return PostgresStore(database: url.redacted, connection: connection, options: options, logger: logger)
  }

  /// A connection with the URL's schema on its search path.
  static func open(_ url: PostgresURL, logger: Logger) async throws -> PostgresConnection {
    let configuration = PostgresConnection.Configuration(
      host: url.host, port: url.port, username: url.user, password: url.password, database: url.database,
      tls: .disable)
    let connection: PostgresConnection
    do {
      connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
    } catch {
      throw StoreError(postgres: error, database: url.redacted)
    }
    do {
      if let schema = url.schema {
        // The name was checked to hold letters, digits and _ only.
        try await connection.query(
          PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \(schema)"), logger: logger)
        try await connection.query(PostgresQuery(unsafeSQL: "SET search_path TO \(schema)"), logger: logger)
      }
    } catch {
      try? await connection.close()
      throw StoreError(postgres: error, database: url.redacted)
    }
    return connection
  }

  /// Fails fast on a connection that has gone away: postgres-nio 1.33.2 drops a query written to
  /// a closed channel without failing it, which would leave the caller waiting for ever.
  func checkOpen() throws {
    if connection.isClosed {
      throw StoreError(.connectionLost, "the connection to the server was lost", database: database)
    }
  }

  public func write(_ records: [ArticleRecord]) async throws -> WriteSummary {
    guard !records.isEmpty else { return WriteSummary() }
    try checkOpen()
    let minHash = options.minHash
    let storyMatch = options.storyMatch
    let logger = logger
    do {
      return try await connection.transaction(logger: logger) { connection in
        try await Self.insert(
          records, on: connection, minHash: minHash, storyMatch: storyMatch, logger: logger)
      }
    } catch {
      throw StoreError(postgres: error, database: database)
    }
  }

  /// Inserts a batch inside the caller's transaction.
  static func insert(
    _ records: [ArticleRecord], on connection: PostgresConnection, minHash: MinHash, storyMatch: StoryMatch?,
    logger: Logger
  )
    async throws -> WriteSummary
  {
    var summary = WriteSummary()
    let names = Array(Set(records.map(\.source)))
    try await connection.query(
      "INSERT INTO sources(name) SELECT unnest(\(names)::text[]) ON CONFLICT ((lower(name))) DO NOTHING",
      logger: logger)
    // Terms' frequencies in the batch's windows, kept current as it is written.
    var frequencies = StoryWindowCounts()
    for record in records {
      try connection.ensureOpen()
      let keys = record.signature.map(MinHash.bandKeys) ?? []
      var cluster = record.contentHash
      var joined = false
      if let signature = record.signature {
        let bands = keys.indices.map { Int16($0) }
        let rows = try await connection.query(
          """
          SELECT a.seq, a.cluster_id, a.signature FROM article_bands b JOIN articles a ON a.seq = b.article
          WHERE (b.band, b.key) IN (SELECT * FROM unnest(\(bands)::int2[], \(keys)::int8[])) LIMIT 512
          """, logger: logger)
        var best: (similarity: Double, seq: Int64, cluster: String)?
        for try await (seq, candidateCluster, bytes) in rows.decode((Int64, String, ByteBuffer?).self) {
          guard let bytes, let other = MinHash.signature(bytes: Array(bytes.readableBytesView)) else {
            continue
          }
          let similarity = minHash.similarity(signature, other)
          guard similarity >= minHash.threshold else { continue }
          if best == nil || similarity > best!.similarity
            || (similarity == best!.similarity && seq < best!.seq)
          {
            best = (similarity, seq, candidateCluster)
          }
        }
        if let best {
          cluster = best.cluster
          joined = true
        } else if let storyMatch,
          let match = try await rewritten(
            record, on: connection, match: storyMatch, frequencies: &frequencies, logger: logger)
        {
          cluster = match
          joined = true
        }
      }
      let signature = record.signature.map { ByteBuffer(bytes: MinHash.bytes($0)) }
      let bands = keys.indices.map { Int16($0) }
      var insert: PostgresQuery = """
        WITH inserted AS (
          INSERT INTO articles(content_hash, id, input, source_id, agency, outlet, url, headline, published, country,
            place, text, json, cluster_id, signature)
          VALUES (\(record.contentHash), \(record.id), \(record.input),
            (SELECT id FROM sources WHERE lower(name) = lower(\(record.source))), \(record.agency), \(record.outlet),
            \(record.url), \(record.headline), \(record.published), \(record.country), \(record.place), \(record.text),
            \(record.json), \(cluster), \(signature))
          ON CONFLICT (content_hash) DO NOTHING RETURNING seq, published
        ), bands AS (
          INSERT INTO article_bands(band, key, article)
          SELECT t.band, t.key, inserted.seq FROM inserted, unnest(\(bands)::int2[], \(keys)::int8[]) AS t(band, key)
        ),
        """
      // The stage rows, in the same statement: stored exactly when the article is.
      let first = insert.binds.count + 1
      insert.sql += PostgresSchema.stageInserts(binds: (first..<first + 5).map { "$\($0)" })
      for recordset in PostgresSchema.stageRecordsets(record.stages) { insert.binds.append(recordset) }
      let day = record.signature == nil ? nil : record.published.flatMap(StoryMatch.day)
      insert.sql += """
        , terms AS (
          INSERT INTO story_terms(term, day, article)
          SELECT DISTINCT t, $\(insert.binds.count + 2)::text, inserted.seq
          FROM inserted, unnest($\(insert.binds.count + 1)::text[]) t WHERE $\(insert.binds.count + 2)::text IS NOT NULL
        )
        """
      insert.binds.append(day == nil ? [] : record.storyTerms)
      insert.binds.append(day)
      insert.sql += " SELECT seq FROM inserted"
      let inserted = try await connection.query(insert, logger: logger)
      var stored = false
      for try await _ in inserted { stored = true }
      if stored {
        if let day { frequencies.written(record.storyTerms, day: day) }
        summary.inserted += 1
        if joined { summary.clustered += 1 }
      } else {
        summary.duplicates += 1
      }
    }
    return summary
  }

  /// The cluster of the stored story that `record` retells (``StoryMatch``), if any; the same
  /// steps as ``SQLiteStore``'s.
  static func rewritten(
    _ record: ArticleRecord, on connection: PostgresConnection, match: StoryMatch,
    frequencies: inout StoryWindowCounts, logger: Logger
  ) async throws -> String? {
    let facts = StoryMatch.facts(record.storyTerms)
    guard facts.count >= StoryMatch.leastSharedFacts, let window = StoryMatch.window(around: record.published)
    else { return nil }
    // How common each term is in the window, read once per batch.
    func readCounts(_ terms: [String]) async throws {
      let unknown = Array(Set(terms).filter { frequencies.count($0, in: window) == nil })
      guard !unknown.isEmpty else { return }
      let counts = try await connection.query(
        """
        SELECT j, (SELECT count(*) FROM (SELECT 1 FROM story_terms s
          WHERE s.term = j AND s.day >= \(window.first) AND s.day <= \(window.last) LIMIT \(StoryMatch.frequencyCap)) x)
        FROM unnest(\(unknown)::text[]) j
        """, logger: logger)
      for try await (term, count) in counts.decode((String, Int).self) {
        frequencies.set(term, in: window, to: count)
      }
    }
    try await readCounts(record.storyTerms)
    // Facts in many of the window's articles (a country, `100`) would find every story of the
    // week: the rarer ones find the candidates.
    let searched = facts.filter { (frequencies.count($0, in: window) ?? 0) < StoryMatch.frequencyCap }
    guard !searched.isEmpty else { return nil }
    var scored: [(article: Int64, cluster: String, terms: [String])] = []
    let candidates = try await connection.query(
      """
      SELECT t.article, a.cluster_id, array_agg(DISTINCT s.term) FROM (
        SELECT article FROM story_terms WHERE term = ANY(\(searched)::text[]) AND day >= \(window.first)
          AND day <= \(window.last)
        GROUP BY article ORDER BY count(*) DESC, article LIMIT \(StoryMatch.candidates)
      ) t JOIN articles a ON a.seq = t.article JOIN story_terms s ON s.article = t.article
      GROUP BY t.article, a.cluster_id
      """, logger: logger)
    for try await (article, cluster, terms) in candidates.decode((Int64, String, [String]).self) {
      scored.append((article, cluster, terms))
    }
    guard !scored.isEmpty else { return nil }
    try await readCounts(scored.flatMap(\.terms))
    if frequencies.articles(in: window) == nil {
      let last = window.last + "~"
      for try await count in try await connection.query(
        """
        SELECT count(*) FROM (SELECT 1 FROM articles WHERE published >= \(window.first) AND published <= \(last)
          LIMIT 4096) x
        """, logger: logger
      ).decode(Int.self) {
        frequencies.setArticles(in: window, to: count)
      }
    }
    let articles = frequencies.articles(in: window) ?? 0
    let own = Set(record.storyTerms)
    let known = frequencies
    func frequency(_ term: String) -> Int {
      (known.count(term, in: window) ?? 0) + (own.contains(term) ? 1 : 0)
    }
    var best: (score: Double, article: Int64, cluster: String)?
    for candidate in scored.sorted(by: { $0.article < $1.article }) {
      let score = match.score(record.storyTerms, candidate.terms, frequency: frequency, window: articles + 1)
      guard match.isSameStory(record.storyTerms, candidate.terms, score: score, frequency: frequency) else {
        continue
      }
      if best == nil || score > best!.score { best = (score, candidate.article, candidate.cluster) }
    }
    return best?.cluster
  }

  public func query(_ query: ArticleQuery) async throws -> [StoredArticle] {
    var articles: [StoredArticle] = []
    try await forEach(query) { articles.append($0) }
    return articles
  }

  public func forEach(_ query: ArticleQuery, _ body: (StoredArticle) throws -> Void) async throws {
    try await rows(query, .articles, columns: Self.articleColumns) { cells in
      try body(
        StoredArticle(
          contentHash: cells[0].decode(String.self), id: cells[1].decode(String.self),
          input: cells[2].decode(String.self), source: cells[3].decode(String.self),
          agency: cells[4].decode(String?.self), outlet: cells[5].decode(String?.self),
          url: cells[6].decode(String?.self), headline: cells[7].decode(String?.self),
          published: cells[8].decode(String?.self), country: cells[9].decode(String?.self),
          place: cells[10].decode(String?.self), cluster: cells[11].decode(String.self),
          numArticles: cells[12].decode(Int.self), numSources: cells[13].decode(Int.self),
          json: cells[14].decode(String.self), ingestedAt: cells[15].decode(String?.self)))
    }
  }

  /// The columns of a stored article, the moment of ingestion as UTC text like SQLite's.
  static let articleColumns = StoredArticle.selectedColumns(
    ingestedAt: #"to_char(a.ingested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')"#)

  public func count() async throws -> Int {
    try checkOpen()
    do {
      for try await count in try await connection.query("SELECT COUNT(*) FROM articles", logger: logger)
        .decode(Int.self)
      {
        return count
      }
      return 0
    } catch {
      throw StoreError(postgres: error, database: database)
    }
  }

  public func close() async throws {
    do { try await connection.close() } catch { throw StoreError(postgres: error, database: database) }
  }
}
