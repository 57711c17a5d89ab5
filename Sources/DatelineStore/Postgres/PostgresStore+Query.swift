import DatelineKit
import PostgresNIO

extension PostgresStore {
  /// What a query lists.
  enum Rows { case articles, events, quotes }

  public func forEachEvent(_ query: ArticleQuery, _ body: (StoredEvent) throws -> Void) async throws {
    try await rows(query, .events, columns: StoredEvent.selectedColumns) { cells in
      try body(
        StoredEvent(
          article: Self.rowArticle(cells),
          event: .init(
            n: cells[5].decode(Int.self), code: cells[6].decode(String.self),
            root: cells[7].decode(String.self),
            quadClass: cells[8].decode(Int?.self), goldstein: cells[9].decode(Double?.self),
            sourceName: cells[10].decode(String.self), sourceCode: cells[11].decode(String.self),
            sourceEntity: cells[12].decode(String?.self), targetName: cells[13].decode(String?.self),
            targetCode: cells[14].decode(String?.self), targetEntity: cells[15].decode(String?.self),
            date: cells[16].decode(String?.self), location: cells[17].decode(String?.self),
            sentence: cells[18].decode(Int.self), start: cells[19].decode(Int.self),
            end: cells[20].decode(Int.self)),
          evidence: cells[21].decode(String?.self) ?? ""))
    }
  }

  public func forEachQuote(_ query: ArticleQuery, _ body: (StoredQuote) throws -> Void) async throws {
    try await rows(query, .quotes, columns: StoredQuote.selectedColumns) { cells in
      try body(
        StoredQuote(
          article: Self.rowArticle(cells), start: cells[5].decode(Int.self), end: cells[6].decode(Int.self),
          kind: cells[7].decode(String.self), speaker: cells[8].decode(String?.self),
          speakerName: cells[9].decode(String?.self), cue: cells[10].decode(String?.self),
          channel: cells[11].decode(String?.self), text: cells[12].decode(String?.self) ?? ""))
    }
  }

  static func rowArticle(_ cells: PostgresRandomAccessRow) throws -> StoredRowArticle {
    StoredRowArticle(
      id: try cells[0].decode(String.self), contentHash: try cells[1].decode(String.self),
      published: try cells[2].decode(String?.self), source: try cells[3].decode(String.self),
      headline: try cells[4].decode(String?.self))
  }

  /// Runs a query of `rows` and calls `body` with each row's cells.
  func rows(
    _ query: ArticleQuery, _ rows: Rows, columns: String, _ body: (PostgresRandomAccessRow) throws -> Void
  ) async throws {
    try checkOpen()
    let select = Self.select(query, rows: rows, columns: columns)
    do {
      for try await row in try await connection.query(select, logger: logger) {
        try body(row.makeRandomAccess())
      }
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError(postgres: error, database: database)
    }
  }

  /// The SELECT of a query with its bindings: the same filters as ``SQLiteQuery``, left to
  /// PostgreSQL's planner.
  static func select(
    _ query: ArticleQuery, rows: Rows = .articles, columns: String = articleColumns
  )
    -> PostgresQuery
  {
    var binds = PostgresBindings()
    var conditions: [String] = []
    func bind(_ value: some PostgresDynamicTypeEncodable) -> String {
      binds.append(value)
      return "$\(binds.count)"
    }
    let eventDates = query.boundsEventDates(listingEvents: rows == .events)
    if let text = query.text {
      conditions.append("a.search @@ plainto_tsquery('english', \(bind(text)))")
    }
    if let source = query.source {
      conditions.append("a.source_id = (SELECT id FROM sources WHERE lower(name) = lower(\(bind(source))))")
    }
    if let country = query.country { conditions.append("lower(a.country) = lower(\(bind(country)))") }
    if !eventDates, let from = query.from { conditions.append("a.published >= \(bind(from))") }
    if !eventDates, let to = query.to { conditions.append("a.published <= \(bind(to))") }
    if let cluster = query.cluster { conditions.append("a.cluster_id = \(bind(cluster))") }
    if let contentHash = query.contentHash { conditions.append("a.content_hash = \(bind(contentHash))") }
    for match in query.matches {
      // `source.code` = "JPN" becomes {"source": {"code": "JPN"}}.
      let element = match.field.split(separator: ".").reversed().reduce(JSONValue.string(match.value)) {
        .object([(String($1), $0)])
      }
      let pattern = JSONValue.object([(match.array, .array([element]))]).serialized()
      conditions.append("a.json::jsonb @> \(bind(pattern))::jsonb")
    }
    if let entity = query.entity {
      let name = bind(entity)
      conditions.append(
        """
        a.seq IN (SELECT article FROM entities WHERE lower(name) = lower(\(name))
          UNION SELECT article FROM mentions WHERE lower(text) = lower(\(name)))
        """)
    }

    var eventConditions: [String] = []
    func prefix(_ column: String, _ value: String) -> String {
      "(\(column) >= \(bind(value)) AND \(column) < \(bind(value + "~")))"
    }
    let actors = query.actors.map { $0.uppercased() }
    if actors.count == 1 {
      eventConditions.append(
        "(\(prefix("e.source_code", actors[0])) OR \(prefix("e.target_code", actors[0])))")
    } else if actors.count >= 2 {
      let (first, second) = (actors[0], actors[1])
      eventConditions.append(
        "((\(prefix("e.source_code", first)) AND \(prefix("e.target_code", second)))"
          + " OR (\(prefix("e.source_code", second)) AND \(prefix("e.target_code", first))))")
    }
    if let code = query.eventCode {
      eventConditions.append(code.count == 2 ? "e.root = \(bind(code))" : prefix("e.code", code))
    }
    if eventDates, let from = query.from { eventConditions.append("e.date >= \(bind(from))") }
    if eventDates, let to = query.to { eventConditions.append("e.date < \(bind(to + "~"))") }
    if rows == .events {
      conditions += eventConditions
    } else if !eventConditions.isEmpty {
      conditions.append(
        "a.seq IN (SELECT e.article FROM events e WHERE \(eventConditions.joined(separator: " AND ")))")
    }

    if let speaker = query.speaker {
      let name = bind(speaker)
      let hits = """
        SELECT article, n FROM quotes WHERE lower(speaker_name) = lower(\(name))
        UNION SELECT q.article, q.n FROM mentions m JOIN quotes q ON q.article = m.article AND q.speaker = m.entity
          WHERE lower(m.text) = lower(\(name))
        UNION SELECT q.article, q.n FROM entities x JOIN quotes q ON q.article = x.article AND q.speaker = x.entity
          WHERE lower(x.name) = lower(\(name))
        """
      conditions.append(
        rows == .quotes ? "(q.article, q.n) IN (\(hits))" : "a.seq IN (SELECT article FROM (\(hits)) h)")
    }

    var sql = "SELECT \(columns) "
    switch rows {
    case .articles: sql += "FROM articles a JOIN sources s ON s.id = a.source_id"
    case .events:
      sql += "FROM events e JOIN articles a ON a.seq = e.article JOIN sources s ON s.id = a.source_id"
    case .quotes:
      sql += "FROM quotes q JOIN articles a ON a.seq = q.article JOIN sources s ON s.id = a.source_id"
    }
    if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
    switch rows {
    case .articles: sql += " ORDER BY a.published DESC NULLS LAST, a.seq DESC"
    case .events: sql += " ORDER BY e.date DESC NULLS LAST, e.article DESC, e.n DESC"
    case .quotes: sql += " ORDER BY a.published DESC NULLS LAST, a.seq DESC, q.n"
    }
    if let limit = query.limit { sql += " LIMIT \(bind(limit))" }
    return PostgresQuery(unsafeSQL: sql, binds: binds)
  }
}
