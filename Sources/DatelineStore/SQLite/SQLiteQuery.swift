import GRDB

/// The SQL of an ``ArticleQuery`` on SQLite: what it lists (articles, event rows or quote rows),
/// and how it finds them (its ``Plan``).
///
/// The words and the typed tables' filters (entity, events, speaker) each have indexes of their
/// own. The typed tables carry the article's day (`v4-dates`), indexed after each filter's
/// column (`entities(name, published DESC, article DESC)`, `events(source_code, date)`…), so
/// that a filter's matches can be read newest first: one index range per value (an actor
/// prefix such as `KAZ` is first expanded to the codes stored under it, `KAZ`, `KAZGOV`…),
/// the ranges merged by a compound `UNION … ORDER BY` that SQLite runs as a merge of
/// co-routines. Such a stream drives the query: each row is joined to its article by primary
/// key, checked against the other filters, and the query stops at the limit without sorting.
/// ``plan(in:cap:)`` counts each filter's matches through its index (up to ``SQLiteStore/manyMatches``)
/// and streams the one with fewest; the words (full-text search) cannot stream and are
/// selected and sorted when they match fewer than 20,000 articles, else the date index is walked.
struct SQLiteQuery {
  /// What a query lists.
  enum Rows { case articles, events, quotes }

  /// A filter with an index of its own.
  enum Filter: CaseIterable { case text, entity, events, speaker }

  /// How a query finds its rows.
  enum Plan: Hashable {
    /// Down the date index (the articles' or the events'), each row checked, to the limit.
    case walk
    /// The filter's matches selected through its index, then sorted.
    case sort(Filter)
    /// The filter's matches read newest first from its dated indexes, merged, each checked
    /// against the other filters, to the limit.
    case stream(Filter)
  }

  /// An index range that drives the event filter's stream: the events whose `column`
  /// (`source_code`, `target_code` or `code`) starts with `prefix`, with `checks` on each row.
  struct EventBranch {
    var column: String
    var prefix: String
    /// The stored values starting with the prefix, one range each; nil when there are too many
    /// (the whole prefix range is then read and sorted).
    var values: [String]?
    var checks: [String]
    var arguments: [(any DatabaseValueConvertible)?]
    /// The events in the prefix's range, counted up to the cap.
    var count: Int
  }

  var query: ArticleQuery
  var rows: Rows
  var plan: Plan = .walk
  /// The ranges of the event filter's stream (``prepare(in:cap:)``).
  var eventBranches: [EventBranch] = []

  init(query: ArticleQuery, rows: Rows, plan: Plan = .walk) {
    self.query = query
    self.rows = rows
    self.plan = plan
  }

  /// The filter whose index selects the rows; nil walks the date index.
  var driver: Filter? {
    switch plan {
    case .walk: nil
    case .sort(let filter), .stream(let filter): filter
    }
  }

  /// The filters the query has that can drive it.
  var filters: [Filter] {
    Filter.allCases.filter { filter in
      switch filter {
      case .text: query.text != nil
      case .entity: query.entity != nil
      case .events:
        rows == .events || !eventConditions.conditions.isEmpty || !eventConditions.branches.isEmpty
      case .speaker: query.speaker != nil
      }
    }
  }

  /// Whether a filter's matches can be read in the order of the rows listed: event rows come
  /// in the events' date order, which only the events' own indexes give.
  func canStream(_ filter: Filter) -> Bool {
    switch (rows, filter) {
    case (_, .text): false
    case (.events, .events), (.articles, .events), (.quotes, .events):
      !query.actors.isEmpty || query.eventCode != nil
    case (.events, _): false
    default: true
    }
  }

  /// Every plan the query can run, each giving the same rows (the tests run them all).
  var plans: [Plan] {
    [.walk]
      + filters.flatMap { filter in canStream(filter) ? [.sort(filter), .stream(filter)] : [.sort(filter)] }
  }

  /// Chooses the plan: the streamable filter matching fewest rows streams; a filter that cannot
  /// stream but matches fewer than `cap` rows is sorted; else the date index is walked.
  mutating func plan(in db: Database, cap: Int) throws {
    let filters = filters
    var counts: [(filter: Filter, count: Int)] = []
    for filter in filters {
      if filter == .events && canStream(.events) {
        try prepareEvents(in: db, cap: cap)
        counts.append((filter, eventBranches.map(\.count).reduce(0, +)))
        continue
      }
      let (sql, arguments) = count(filter, upTo: filter == .text ? cap * Self.wordsCapFactor : cap)
      counts.append((filter, try Int.fetchOne(db, sql: sql, arguments: StatementArguments(arguments)) ?? 0))
    }
    counts.sort { $0.count < $1.count }
    if let best = counts.first, canStream(best.filter) {
      plan = .stream(best.filter)
    } else if let best = counts.first,
      best.count < (best.filter == .text ? cap * Self.wordsCapFactor : cap) || query.limit == nil
    {
      plan = .sort(best.filter)
    } else if let streaming = counts.first(where: { canStream($0.filter) }) {
      plan = .stream(streaming.filter)
    } else {
      plan = .walk
    }
    try prepare(in: db, cap: cap)
  }

  /// Words are selected and sorted up to this many times the cap: their matches come from the
  /// full-text index in rowid order, cheap to read, while walking the date index for words found
  /// only in old articles reads every newer one (`oil` in Reuters-21578 copies under 700,000
  /// newer articles).
  static let wordsCapFactor = 10

  /// Reads what a plan needs from the store: the values under the event filter's prefixes.
  mutating func prepare(in db: Database, cap: Int) throws {
    if plan == .stream(.events) && eventBranches.isEmpty { try prepareEvents(in: db, cap: cap) }
  }

  /// The event filter's stream: for each alternative of the actors, the side matching fewer
  /// events drives (the other is checked), unless the event code matches fewer than all of
  /// them together; then each driving prefix expanded to the values stored under it.
  mutating func prepareEvents(in db: Database, cap: Int) throws {
    let events = eventConditions
    func rangeCount(_ column: String, _ prefix: String) throws -> Int {
      try Int.fetchOne(
        db,
        sql:
          "SELECT count(*) FROM (SELECT 1 FROM events WHERE \(column) >= ? AND \(column) < ? LIMIT \(cap))",
        arguments: [prefix, prefix + "~"]) ?? 0
    }
    // The checks every branch makes: the event code (unless it drives) and the dates.
    let (dateChecks, dateArguments) = Self.eventDateBounds(query, rows: rows)
    let code = query.eventCode
    let codeCheck = code.map { _ in ["(e.code >= ? AND e.code < ?)"] } ?? []
    let codeArguments: [(any DatabaseValueConvertible)?] = code.map { [$0, $0 + "~"] } ?? []
    var branches: [EventBranch] = []
    var total = 0
    let actors = query.actors.map { $0.uppercased() }
    func side(_ column: String) -> String { "(e.\(column) >= ? AND e.\(column) < ?)" }
    if actors.count == 1 {
      for column in ["source_code", "target_code"] {
        branches.append(
          EventBranch(
            column: column, prefix: actors[0], checks: codeCheck + dateChecks,
            arguments: codeArguments + dateArguments, count: try rangeCount(column, actors[0])))
      }
    } else if actors.count >= 2 {
      for (source, target) in [(actors[0], actors[1]), (actors[1], actors[0])] {
        let bySource = try rangeCount("source_code", source)
        let byTarget = try rangeCount("target_code", target)
        branches.append(
          bySource <= byTarget
            ? EventBranch(
              column: "source_code", prefix: source, checks: [side("target_code")] + codeCheck + dateChecks,
              arguments: [target, target + "~"] + codeArguments + dateArguments, count: bySource)
            : EventBranch(
              column: "target_code", prefix: target, checks: [side("source_code")] + codeCheck + dateChecks,
              arguments: [source, source + "~"] + codeArguments + dateArguments, count: byTarget))
      }
    }
    total = branches.map(\.count).reduce(0, +)
    if let code {
      let byCode = try rangeCount("code", code)
      if branches.isEmpty || byCode < total {
        var checks = dateChecks
        var arguments = dateArguments
        if !events.branches.isEmpty {
          checks.insert("(" + events.branches.map(\.0).joined(separator: " OR ") + ")", at: 0)
          arguments.insert(contentsOf: events.branches.flatMap(\.1), at: 0)
        }
        branches = [
          EventBranch(column: "code", prefix: code, checks: checks, arguments: arguments, count: byCode)
        ]
      }
    }
    for index in branches.indices {
      branches[index].values = try Self.values(
        of: branches[index].column, startingWith: branches[index].prefix, in: db, upTo: Self.mostValues)
    }
    eventBranches = branches
  }

  /// At most this many values under a prefix are merged range by range.
  static let mostValues = 128

  /// The distinct values of an events column starting with `prefix`, found by skipping through
  /// its index (one seek per value); nil when there are more than `limit`.
  /// The bounds on the events' dates (`e.date`) a query with a date range sets, when it bounds them.
  static func eventDateBounds(_ query: ArticleQuery, rows: Rows) -> (
    [String], [(any DatabaseValueConvertible)?]
  ) {
    guard query.boundsEventDates(listingEvents: rows == .events) else { return ([], []) }
    var conditions: [String] = []
    var arguments: [(any DatabaseValueConvertible)?] = []
    if let from = query.from {
      conditions.append("e.date >= ?")
      arguments.append(from)
    }
    if let to = query.to {
      // `~` sorts after any time of the last day (`2022-01-31T10:00`).
      conditions.append("e.date < ?")
      arguments.append(to + "~")
    }
    return (conditions, arguments)
  }

  static func values(of column: String, startingWith prefix: String, in db: Database, upTo limit: Int) throws
    -> [String]?
  {
    let values = try String.fetchAll(
      db,
      sql: """
        WITH RECURSIVE v(value) AS (
          SELECT (SELECT min(\(column)) FROM events WHERE \(column) >= ?1 AND \(column) < ?2)
          UNION ALL
          SELECT (SELECT min(\(column)) FROM events WHERE \(column) > v.value AND \(column) < ?2)
          FROM v WHERE v.value IS NOT NULL
        )
        SELECT value FROM v WHERE value IS NOT NULL LIMIT ?3
        """, arguments: [prefix, prefix + "~", limit + 1])
    return values.count > limit ? nil : values
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

  /// The streaming driver's rows, newest first, as a compound SELECT: `(day, article)` for
  /// articles and quotes (the article's day), `(date, article, n)` for events.
  func stream(_ filter: Filter) -> (String, [(any DatabaseValueConvertible)?]) {
    var arguments: [(any DatabaseValueConvertible)?] = []
    // The publication days bound the articles unless they bound the events' dates.
    func days(_ alias: String) -> String {
      guard !query.boundsEventDates(listingEvents: rows == .events) else { return "" }
      var sql = ""
      if let from = query.from {
        sql += " AND \(alias).published >= ?"
        arguments.append(from)
      }
      if let to = query.to {
        sql += " AND \(alias).published <= ?"
        arguments.append(to)
      }
      return sql
    }
    var selects: [String] = []
    switch filter {
    case .text:
      preconditionFailure("the words have no dated index")
    case .entity:
      arguments.append(query.entity)
      selects.append(
        "SELECT x.published AS day, x.article AS article FROM entities x INDEXED BY entities_name_published WHERE x.name = ?"
          + days("x"))
      arguments.append(query.entity)
      selects.append(
        "SELECT m.published AS day, m.article AS article FROM mentions m INDEXED BY mentions_text_published WHERE m.text = ?"
          + days("m"))
    case .speaker:
      arguments.append(query.speaker)
      selects.append(
        "SELECT q.published AS day, q.article AS article FROM quotes q INDEXED BY quotes_speaker_published WHERE q.speaker_name = ?"
          + days("q"))
      arguments.append(query.speaker)
      selects.append(
        """
        SELECT m.published AS day, m.article AS article FROM mentions m INDEXED BY mentions_text_published WHERE m.text = ?\(days("m"))
          AND EXISTS (SELECT 1 FROM quotes q WHERE q.article = m.article AND q.speaker = m.entity)
        """)
      arguments.append(query.speaker)
      selects.append(
        """
        SELECT x.published AS day, x.article AS article FROM entities x INDEXED BY entities_name_published WHERE x.name = ?\(days("x"))
          AND EXISTS (SELECT 1 FROM quotes q WHERE q.article = x.article AND q.speaker = x.entity)
        """)
    case .events:
      let columns =
        rows == .events
        ? "e.date AS day, e.article AS article, e.n AS n" : "e.published AS day, e.article AS article"
      for branch in eventBranches {
        let index =
          switch (branch.column, rows == .events) {
          case ("source_code", true): "events_source"
          case ("target_code", true): "events_target"
          case ("code", true): "events_code"
          case ("source_code", false): "events_source_published"
          case ("target_code", false): "events_target_published"
          default: "events_code_published"
          }
        let checks = branch.checks.map { " AND " + $0 }.joined()
        if let values = branch.values {
          for value in values {
            selects.append(
              "SELECT \(columns) FROM events e INDEXED BY \(index) WHERE e.\(branch.column) = ?\(checks)")
            arguments += [value] + branch.arguments
          }
        } else {
          selects.append(
            "SELECT \(columns) FROM events e INDEXED BY \(index) WHERE e.\(branch.column) >= ? AND e.\(branch.column) < ?\(checks)"
          )
          arguments += [branch.prefix, branch.prefix + "~"] + branch.arguments
        }
      }
      if selects.isEmpty {
        selects.append(rows == .events ? "SELECT NULL, NULL, NULL WHERE 0" : "SELECT NULL, NULL WHERE 0")
      }
    }
    // LIMIT -1 keeps SQLite from flattening the subquery into the join (and losing its order).
    let order = rows == .events ? "1 DESC, 2 DESC, 3 DESC" : "1 DESC, 2 DESC"
    return (selects.joined(separator: " UNION ") + " ORDER BY \(order) LIMIT -1", arguments)
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
      // A root (`17`) is the codes' first two digits: a prefix like any other.
      let (condition, values) = prefix("e.code", code)
      conditions.append(condition)
      arguments += values
    }
    let (dateConditions, dateValues) = Self.eventDateBounds(query, rows: rows)
    conditions += dateConditions
    arguments += dateValues
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
      // Streamed, the rows are the entity's already.
      if plan != .stream(.entity) {
        conditions.append(
          plan == .sort(.entity)
            ? "a.rowid IN (SELECT article FROM entities WHERE name = ? UNION SELECT article FROM mentions WHERE text = ?)"
            : """
            (EXISTS (SELECT 1 FROM entities x WHERE x.article = a.rowid AND x.name = ?)
              OR EXISTS (SELECT 1 FROM mentions x WHERE x.article = a.rowid AND x.text = ?))
            """)
        arguments += [entity, entity]
      }
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
    } else if !eventPredicate.isEmpty && plan != .stream(.events) {
      let predicate = eventPredicate.joined(separator: " AND ")
      conditions.append(
        plan == .sort(.events)
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
      switch (rows, plan) {
      case (.quotes, .sort(.speaker)): from += [speaker, speaker, speaker]
      case (.quotes, _):
        conditions.append("(\(named))")
        arguments += [speaker, speaker, speaker]
      case (_, .sort(.speaker)):
        conditions.append("a.rowid IN (SELECT article FROM (\(hits)))")
        arguments += [speaker, speaker, speaker]
      case (_, .stream(.speaker)): break
      case (_, _):
        conditions.append("EXISTS (SELECT 1 FROM quotes q WHERE q.article = a.rowid AND (\(named)))")
        arguments += [speaker, speaker, speaker]
      }
    }

    // The loops' order (CROSS JOIN keeps it): from the driver's rows, or down the date index.
    let sources = "JOIN sources s ON s.id = a.source_id"
    var sql = "SELECT \(columns) FROM "
    if case .stream(let filter) = plan {
      let (stream, streamArguments) = self.stream(filter)
      from = streamArguments + from
      sql += "(\(stream)) h "
      switch rows {
      case .articles:
        sql += "CROSS JOIN articles a ON a.rowid = h.article CROSS JOIN sources s ON s.id = a.source_id"
      case .events:
        sql += """
          CROSS JOIN events e ON e.article = h.article AND e.n = h.n CROSS JOIN articles a ON a.rowid = e.article
          CROSS JOIN sources s ON s.id = a.source_id
          """
      case .quotes:
        sql += """
          CROSS JOIN articles a ON a.rowid = h.article CROSS JOIN quotes q ON q.article = a.rowid
          CROSS JOIN sources s ON s.id = a.source_id
          """
      }
      // The stream gives the rows in order: no sort, the first `limit` are the answer.
      if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
      if let limit = query.limit {
        sql += " LIMIT ?"
        arguments.append(limit)
      }
      return (sql, StatementArguments(from + arguments))
    }
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
