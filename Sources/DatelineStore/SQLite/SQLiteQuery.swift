import GRDB

/// The SQL of an ``ArticleQuery`` on SQLite: what it lists (articles, event rows or quote rows),
/// and how it finds them.
///
/// A filter on the typed tables can be read two ways. When few rows match, they are selected
/// through the filter's index (`IN (SELECT …)`) and sorted. When many match, sorting them all
/// is the slow part, so the query walks the date index newest first and keeps the rows whose
/// filter holds (correlated `EXISTS`), stopping at the limit. ``SQLiteStore`` counts the
/// matches (up to ``SQLiteStore/manyMatches``) to choose.
struct SQLiteQuery {
  /// What a query lists.
  enum Rows { case articles, events, quotes }

  var query: ArticleQuery
  var rows: Rows
  /// Walk the date index rather than select through the filters' indexes.
  var walk: Bool

  /// Whether the query has a filter that selects through an index of its own (the full text or
  /// a typed table), so that walking the date index may be the faster plan.
  var hasSelectiveFilter: Bool {
    query.text != nil || query.entity != nil || !query.actors.isEmpty || query.eventCode != nil
      || query.speaker != nil
  }

  /// The SELECT with its ORDER BY and LIMIT.
  func select(columns: String) -> (String, StatementArguments) {
    var (sql, arguments) = body(columns: columns, walk: walk)
    switch rows {
    case .articles: sql += " ORDER BY a.published DESC, a.rowid DESC"
    case .events: sql += " ORDER BY e.date DESC, e.article DESC, e.n DESC"
    case .quotes: sql += " ORDER BY a.published DESC, a.rowid DESC, q.n"
    }
    if let limit = query.limit {
      sql += " LIMIT ?"
      arguments.append(limit)
    }
    return (sql, StatementArguments(arguments))
  }

  /// How many rows match, counted up to `cap`, through the filters' indexes.
  func count(upTo cap: Int) -> (String, StatementArguments) {
    let (sql, arguments) = body(columns: "1", walk: false)
    return ("SELECT count(*) FROM (\(sql) LIMIT \(cap))", StatementArguments(arguments))
  }

  private func body(columns: String, walk: Bool) -> (String, [(any DatabaseValueConvertible)?]) {
    var conditions: [String] = []
    var arguments: [(any DatabaseValueConvertible)?] = []
    let eventDates = query.boundsEventDates(listingEvents: rows == .events)

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
    if !eventDates, let from = query.from {
      conditions.append("a.published >= ?")
      arguments.append(from)
    }
    if !eventDates, let to = query.to {
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
    if let entity = query.entity {
      if walk {
        conditions.append(
          """
          (EXISTS (SELECT 1 FROM entities x WHERE x.article = a.rowid AND x.name = ?)
            OR EXISTS (SELECT 1 FROM mentions x WHERE x.article = a.rowid AND x.text = ?))
          """)
      } else {
        conditions.append(
          "a.rowid IN (SELECT article FROM entities WHERE name = ? UNION SELECT article FROM mentions WHERE text = ?)")
      }
      arguments += [entity, entity]
    }

    // The events' filters: on the event rows themselves, or on the articles that have such events.
    var eventConditions: [String] = []
    func prefix(_ column: String, _ value: String) -> String {
      arguments += [value, value + "~"]
      return "(\(column) >= ? AND \(column) < ?)"
    }
    let actors = query.actors.map { $0.uppercased() }
    if actors.count == 1 {
      eventConditions.append("(\(prefix("e.source_code", actors[0])) OR \(prefix("e.target_code", actors[0])))")
    } else if actors.count >= 2 {
      let (first, second) = (actors[0], actors[1])
      eventConditions.append(
        "((\(prefix("e.source_code", first)) AND \(prefix("e.target_code", second)))"
          + " OR (\(prefix("e.source_code", second)) AND \(prefix("e.target_code", first))))")
    }
    if let code = query.eventCode {
      if code.count == 2 {
        eventConditions.append("e.root = ?")
        arguments.append(code)
      } else {
        eventConditions.append(prefix("e.code", code))
      }
    }
    if eventDates, let from = query.from {
      eventConditions.append("e.date >= ?")
      arguments.append(from)
    }
    if eventDates, let to = query.to {
      // `~` sorts after any time of the last day (`2022-01-31T10:00`).
      eventConditions.append("e.date < ?")
      arguments.append(to + "~")
    }
    if rows == .events {
      conditions += eventConditions
    } else if !eventConditions.isEmpty {
      let predicate = eventConditions.joined(separator: " AND ")
      conditions.append(
        walk
          ? "EXISTS (SELECT 1 FROM events e WHERE e.article = a.rowid AND \(predicate))"
          : "a.rowid IN (SELECT e.article FROM events e WHERE \(predicate))")
    }

    if let speaker = query.speaker {
      let named = """
        q.speaker_name = ?
          OR EXISTS (SELECT 1 FROM mentions m WHERE m.article = q.article AND m.entity = q.speaker AND m.text = ?)
          OR EXISTS (SELECT 1 FROM entities x WHERE x.article = q.article AND x.entity = q.speaker AND x.name = ?)
        """
      let hits = """
        SELECT article, n FROM quotes WHERE speaker_name = ?
        UNION SELECT q.article, q.n FROM mentions m JOIN quotes q ON q.article = m.article AND q.speaker = m.entity
          WHERE m.text = ?
        UNION SELECT q.article, q.n FROM entities x JOIN quotes q ON q.article = x.article AND q.speaker = x.entity
          WHERE x.name = ?
        """
      switch (rows, walk) {
      case (.quotes, true): conditions.append("(\(named))")
      case (.quotes, false): conditions.append("(q.article, q.n) IN (\(hits))")
      case (_, true): conditions.append("EXISTS (SELECT 1 FROM quotes q WHERE q.article = a.rowid AND (\(named)))")
      case (_, false): conditions.append("a.rowid IN (SELECT article FROM (\(hits)))")
      }
      arguments += [speaker, speaker, speaker]
    }

    var sql = "SELECT \(columns) "
    switch (rows, walk) {
    case (.articles, _):
      sql += "FROM articles a \(walk ? "INDEXED BY articles_published " : "")JOIN sources s ON s.id = a.source_id"
    case (.events, _):
      sql += """
        FROM events e \(walk ? "INDEXED BY events_date " : "")JOIN articles a ON a.rowid = e.article
        JOIN sources s ON s.id = a.source_id
        """
    case (.quotes, true):
      sql += """
        FROM articles a INDEXED BY articles_published JOIN quotes q ON q.article = a.rowid
        JOIN sources s ON s.id = a.source_id
        """
    case (.quotes, false):
      sql += "FROM quotes q JOIN articles a ON a.rowid = q.article JOIN sources s ON s.id = a.source_id"
    }
    if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
    return (sql, arguments)
  }
}
