import GRDB

/// The SQL of an ``ArticleQuery`` on SQLite: what it lists (articles, event rows or quote rows),
/// and how it finds them.
///
/// The words and the typed tables' filters (entity, events, speaker) each have an index of their
/// own. A query is driven by one of them: the filter matching fewest rows selects its rows
/// through its index (`IN (SELECT …)`), the others are checked row by row (correlated `EXISTS`
/// by primary key), and the rows found are sorted. When every filter matches many rows,
/// sorting them would be the slow part, so the query walks the date index newest first instead,
/// checks each row, and stops at the limit. ``SQLiteStore`` counts each filter's matches through
/// its own index, stopping at ``SQLiteStore/manyMatches``, to choose (``plan(in:)``).
struct SQLiteQuery {
  /// What a query lists.
  enum Rows { case articles, events, quotes }

  /// A filter with an index of its own.
  enum Filter: CaseIterable { case text, entity, events, speaker }

  var query: ArticleQuery
  var rows: Rows
  /// The filter whose index selects the rows; nil walks the date index.
  var driver: Filter?

  /// The filters the query has that can drive it.
  var filters: [Filter] {
    Filter.allCases.filter { filter in
      switch filter {
      case .text: query.text != nil
      case .entity: query.entity != nil
      case .events: rows == .events || !eventConditions.conditions.isEmpty
      case .speaker: query.speaker != nil
      }
    }
  }

  /// Chooses the driver: the filter matching fewest rows, unless all match at least `cap`.
  mutating func plan(in db: Database, cap: Int) throws {
    let filters = filters
    guard query.limit != nil else {
      driver = filters.first
      return
    }
    var best: (filter: Filter, count: Int)?
    for filter in filters {
      let (sql, arguments) = count(filter, upTo: cap)
      let count = try Int.fetchOne(db, sql: sql, arguments: StatementArguments(arguments)) ?? 0
      if count < cap && (best == nil || count < best!.count) { best = (filter, count) }
    }
    driver = best?.filter
  }

  /// How many rows a filter matches through its own index, counted up to `cap` (per branch).
  func count(_ filter: Filter, upTo cap: Int) -> (String, [(any DatabaseValueConvertible)?]) {
    func capped(_ select: String) -> String { "(SELECT count(*) FROM (\(select) LIMIT \(cap)))" }
    switch filter {
    case .text:
      return (
        "SELECT " + capped("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"),
        [FullTextPattern.fts5(query.text ?? "")]
      )
    case .entity:
      return (
        "SELECT " + capped("SELECT 1 FROM entities WHERE name = ?") + " + "
          + capped("SELECT 1 FROM mentions WHERE text = ?"),
        [query.entity, query.entity]
      )
    case .events:
      let events = eventConditions
      var parts: [String] = []
      var arguments: [(any DatabaseValueConvertible)?] = []
      for branch in events.branches.isEmpty ? [("1", [])] : events.branches {
        let conditions = [branch.0] + events.conditions
        parts.append(capped("SELECT 1 FROM events e WHERE " + conditions.joined(separator: " AND ")))
        arguments += branch.1 + events.arguments
      }
      return ("SELECT " + parts.joined(separator: " + "), arguments)
    case .speaker:
      return (
        "SELECT " + capped("SELECT 1 FROM quotes WHERE speaker_name = ?") + " + "
          + capped("SELECT 1 FROM mentions m WHERE m.text = ?") + " + "
          + capped("SELECT 1 FROM entities x WHERE x.name = ?"),
        [query.speaker, query.speaker, query.speaker]
      )
    }
  }

  /// The event filters: the actors' alternatives (`branches`, OR-ed) and the conditions that
  /// all hold (event code, dates), each with its arguments.
  var eventConditions:
    (
      branches: [(String, [(any DatabaseValueConvertible)?])], conditions: [String],
      arguments: [(any DatabaseValueConvertible)?]
    )
  {
    func prefix(_ column: String, _ value: String) -> (String, [(any DatabaseValueConvertible)?]) {
      ("(\(column) >= ? AND \(column) < ?)", [value, value + "~"])
    }
    func both(
      _ a: (String, [(any DatabaseValueConvertible)?]), _ b: (String, [(any DatabaseValueConvertible)?])
    )
      -> (String, [(any DatabaseValueConvertible)?])
    {
      ("(\(a.0) AND \(b.0))", a.1 + b.1)
    }
    var branches: [(String, [(any DatabaseValueConvertible)?])] = []
    let actors = query.actors.map { $0.uppercased() }
    if actors.count == 1 {
      branches = [prefix("e.source_code", actors[0]), prefix("e.target_code", actors[0])]
    } else if actors.count >= 2 {
      branches = [
        both(prefix("e.source_code", actors[0]), prefix("e.target_code", actors[1])),
        both(prefix("e.source_code", actors[1]), prefix("e.target_code", actors[0])),
      ]
    }
    var conditions: [String] = []
    var arguments: [(any DatabaseValueConvertible)?] = []
    if let code = query.eventCode {
      if code.count == 2 {
        conditions.append("e.root = ?")
        arguments.append(code)
      } else {
        let (condition, values) = prefix("e.code", code)
        conditions.append(condition)
        arguments += values
      }
    }
    if query.boundsEventDates(listingEvents: rows == .events) {
      if let from = query.from {
        conditions.append("e.date >= ?")
        arguments.append(from)
      }
      if let to = query.to {
        // `~` sorts after any time of the last day (`2022-01-31T10:00`).
        conditions.append("e.date < ?")
        arguments.append(to + "~")
      }
    }
    return (branches, conditions, arguments)
  }

  /// The SELECT with its ORDER BY and LIMIT.
  func select(columns: String) -> (String, StatementArguments) {
    var from: [(any DatabaseValueConvertible)?] = []
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
    if !query.boundsEventDates(listingEvents: rows == .events) {
      if let from = query.from {
        conditions.append("a.published >= ?")
        arguments.append(from)
      }
      if let to = query.to {
        conditions.append("a.published <= ?")
        arguments.append(to)
      }
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
      conditions.append(
        driver == .entity
          ? "a.rowid IN (SELECT article FROM entities WHERE name = ? UNION SELECT article FROM mentions WHERE text = ?)"
          : """
          (EXISTS (SELECT 1 FROM entities x WHERE x.article = a.rowid AND x.name = ?)
            OR EXISTS (SELECT 1 FROM mentions x WHERE x.article = a.rowid AND x.text = ?))
          """)
      arguments += [entity, entity]
    }

    // The events' filters: on the event rows themselves, or on the articles that have such events.
    let events = eventConditions
    var eventPredicate = events.conditions
    var eventArguments = events.arguments
    if !events.branches.isEmpty {
      eventPredicate.insert("(" + events.branches.map(\.0).joined(separator: " OR ") + ")", at: 0)
      eventArguments.insert(contentsOf: events.branches.flatMap(\.1), at: 0)
    }
    if rows == .events {
      conditions += eventPredicate
      arguments += eventArguments
    } else if !eventPredicate.isEmpty {
      let predicate = eventPredicate.joined(separator: " AND ")
      conditions.append(
        driver == .events
          ? "a.rowid IN (SELECT e.article FROM events e WHERE \(predicate))"
          : "EXISTS (SELECT 1 FROM events e WHERE e.article = a.rowid AND \(predicate))")
      arguments += eventArguments
    }

    let hits = """
      SELECT article, n FROM quotes WHERE speaker_name = ?
      UNION SELECT q.article, q.n FROM mentions m JOIN quotes q ON q.article = m.article AND q.speaker = m.entity
        WHERE m.text = ?
      UNION SELECT q.article, q.n FROM entities x JOIN quotes q ON q.article = x.article AND q.speaker = x.entity
        WHERE x.name = ?
      """
    if let speaker = query.speaker {
      let named = """
        q.speaker_name = ?
          OR EXISTS (SELECT 1 FROM mentions m WHERE m.article = q.article AND m.entity = q.speaker AND m.text = ?)
          OR EXISTS (SELECT 1 FROM entities x WHERE x.article = q.article AND x.entity = q.speaker AND x.name = ?)
        """
      switch (rows, driver == .speaker) {
      case (.quotes, true): from += [speaker, speaker, speaker]
      case (.quotes, false):
        conditions.append("(\(named))")
        arguments += [speaker, speaker, speaker]
      case (_, true):
        conditions.append("a.rowid IN (SELECT article FROM (\(hits)))")
        arguments += [speaker, speaker, speaker]
      case (_, false):
        conditions.append("EXISTS (SELECT 1 FROM quotes q WHERE q.article = a.rowid AND (\(named)))")
        arguments += [speaker, speaker, speaker]
      }
    }

    // The loops' order (CROSS JOIN keeps it): from the driver's rows, or down the date index.
    let sources = "JOIN sources s ON s.id = a.source_id"
    var sql = "SELECT \(columns) FROM "
    switch (rows, driver) {
    case (.articles, nil):
      sql += "articles a \(filters.isEmpty ? "" : "INDEXED BY articles_published ")\(sources)"
    case (.articles, _):
      sql += "articles a \(sources)"
    case (.events, nil):
      sql += "events e INDEXED BY events_date JOIN articles a ON a.rowid = e.article \(sources)"
    case (.events, .events):
      sql += "events e JOIN articles a ON a.rowid = e.article \(sources)"
    case (.events, _):
      sql += "articles a CROSS JOIN events e ON e.article = a.rowid \(sources)"
    case (.quotes, nil):
      sql += "articles a INDEXED BY articles_published JOIN quotes q ON q.article = a.rowid \(sources)"
    case (.quotes, .speaker):
      sql += """
        (\(hits)) h CROSS JOIN quotes q ON q.article = h.article AND q.n = h.n
        CROSS JOIN articles a ON a.rowid = q.article \(sources)
        """
    case (.quotes, _):
      sql += "articles a CROSS JOIN quotes q ON q.article = a.rowid \(sources)"
    }
    if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
    switch rows {
    case .articles: sql += " ORDER BY a.published DESC, a.rowid DESC"
    case .events: sql += " ORDER BY e.date DESC, e.article DESC, e.n DESC"
    case .quotes: sql += " ORDER BY a.published DESC, a.rowid DESC, q.n"
    }
    if let limit = query.limit {
      sql += " LIMIT ?"
      arguments.append(limit)
    }
    return (sql, StatementArguments(from + arguments))
  }
}
