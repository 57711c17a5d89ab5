import DatelineKit
import Foundation
import GRDB
import Logging
import PostgresNIO
import Testing

@testable import DatelineStore

/// The typed stage tables and the queries on them, the same on both backends.
@Suite struct StageTablesTests {
  /// The bundled samples as stored articles, each with a publication day (the Reuters and AP
  /// samples name none).
  static let samples: [Article] = {
    let days = [
      "samples/reuters-eu.txt": "2022-01-10", "samples/ap-nairobi.txt": "2022-03-15",
    ]
    return BundledSamples.all.map { sample in
      var draft =
        sample.name.hasSuffix(".html")
        ? try! HTMLReader.draft(bytes: Array(sample.content.utf8), input: sample.name)
        : try! PlainTextReader.draft(bytes: Array(sample.content.utf8), input: sample.name)
      if draft.published == nil, let day = days[sample.name] { draft.published = day }
      return Fixtures.pipeline.analyze(draft)
    }
  }()

  static var records: [ArticleRecord] { samples.map { ArticleRecord($0) } }

  @Test(arguments: Backend.all)
  func rowsFollowTheArticles(_ backend: Backend) async throws {
    let store = try await backend.open()
    _ = try await store.write(Self.records)
    var events: [StoredEvent] = []
    try await store.forEachEvent(ArticleQuery()) { events.append($0) }
    #expect(events.count == Self.samples.map(\.events.count).reduce(0, +))
    #expect(events.count >= 5)
    var quotes: [StoredQuote] = []
    try await store.forEachQuote(ArticleQuery()) { quotes.append($0) }
    #expect(quotes.count == Self.samples.map(\.quotes.count).reduce(0, +))
    // The words of a row are its span of the article's text, offsets in Unicode scalars.
    for article in Self.samples {
      let scalars = Array(article.text.unicodeScalars)
      for quote in quotes where quote.article.id == article.id {
        #expect(quote.text == String(String.UnicodeScalarView(scalars[quote.start..<quote.end])))
      }
      for event in events where event.article.id == article.id {
        #expect(event.evidence == String(String.UnicodeScalarView(scalars[event.start..<event.end])))
      }
    }
    // Nothing twice when the batch is written again.
    _ = try await store.write(Self.records)
    var again = 0
    try await store.forEachEvent(ArticleQuery()) { _ in again += 1 }
    #expect(again == events.count)
    try await store.close()
  }

  @Test(arguments: Backend.all)
  func migrationBackFillsTheRowsAWriteStores(_ backend: Backend) async throws {
    let written = try await backend.freshLocation()
    let store = try await written.open()
    _ = try await store.write(Self.records)
    let expected = try await Self.dump(store)
    try await store.close()
    #expect(expected["events"]?.isEmpty == false)
    #expect(expected["mentions"]?.isEmpty == false)

    // The same articles stored by a version without the tables, or with the tables but without
    // the articles' days in them (SQLite v3-stages, PostgreSQL v4-stages), then migrated.
    for (sqliteStep, postgresStep) in [(nil, nil), ("v3-stages", "v4-stages")] as [(String?, String?)] {
      let migrated: [String: [String]]
      switch backend {
      case .sqlite:
        let path = Backend.temporaryPath()
        let old = try DatabaseQueue(path: path)
        try SQLiteSchema.migrator.migrate(old, upTo: "v2-stories")
        try await old.write { db in
          for record in Self.records {
            try db.execute(
              sql: "INSERT INTO sources(name) VALUES (?) ON CONFLICT DO NOTHING", arguments: [record.source])
            try db.execute(
              sql: """
                INSERT INTO articles(content_hash, id, input, source_id, published, text, json, cluster_id)
                VALUES (?, ?, ?, (SELECT id FROM sources WHERE name = ?), ?, ?, ?, ?)
                """,
              arguments: [
                record.contentHash, record.id, record.input, record.source, record.published, record.text,
                record.json, record.contentHash,
              ])
          }
        }
        if let sqliteStep {
          try SQLiteSchema.migrator.migrate(old, upTo: sqliteStep)
          let undated = try await old.read { db in
            try Bool.fetchOne(
              db, sql: "SELECT EXISTS (SELECT 1 FROM pragma_table_info('events') WHERE name = 'published')")
          }
          #expect(undated == false)
        }
        try old.close()
        let store = try SQLiteStore(path: path)
        migrated = try await Self.dump(store)
        try await store.close()
      case .postgres:
        let url = try Backend.freshPostgresURL()
        let old = try await PostgresStore.connect(url, migrateUpTo: "v3-queue")
        for record in Self.records {
          try await old.connection.query(
            "INSERT INTO sources(name) VALUES (\(record.source)) ON CONFLICT ((lower(name))) DO NOTHING",
            logger: old.logger)
          try await old.connection.query(
            """
            INSERT INTO articles(content_hash, id, input, source_id, published, text, json, cluster_id)
            VALUES (\(record.contentHash), \(record.id), \(record.input),
              (SELECT id FROM sources WHERE lower(name) = lower(\(record.source))), \(record.published), \(record.text),
              \(record.json), \(record.contentHash))
            """, logger: old.logger)
        }
        try await old.close()
        if let postgresStep {
          try await PostgresStore.connect(url, migrateUpTo: postgresStep).close()
        }
        let store = try await PostgresStore.connect(url)
        migrated = try await Self.dump(store)
        try await store.close()
      }
      #expect(migrated == expected, "from \(sqliteStep ?? "v2-stories") / \(postgresStep ?? "v3-queue")")
    }
  }

  @Test(arguments: Backend.all)
  func filtersAnswerTheIssuesQuestions(_ backend: Backend) async throws {
    let store = try await backend.open()
    _ = try await store.write(Self.records + [Fixtures.record(Fixtures.apElection)])
    func inputs(_ query: ArticleQuery) async throws -> [String] { try await store.query(query).map(\.input) }
    func events(_ query: ArticleQuery) async throws -> [StoredEvent] {
      var rows: [StoredEvent] = []
      try await store.forEachEvent(query) { rows.append($0) }
      return rows
    }
    func quotes(_ query: ArticleQuery) async throws -> [StoredQuote] {
      var rows: [StoredQuote] = []
      try await store.forEachQuote(query) { rows.append($0) }
      return rows
    }
    var query = ArticleQuery()

    // Entities: by name or by a mention's text, case-insensitively.
    query.entity = "tokayev"
    #expect(try await inputs(query) == ["samples/tass-kazakhstan.txt"])
    query.entity = "Kazakhstan"
    #expect(Set(try await inputs(query)) == ["samples/tass-kazakhstan.txt", "samples/reuters-eu.txt"])

    // Actors by prefix: KAZ finds KAZGOV; two actors are the events between them.
    query = ArticleQuery()
    query.actors = ["kaz"]
    let kazakh = try await events(query)
    #expect(kazakh.count >= 3)
    #expect(kazakh.allSatisfy { $0.sourceCode.hasPrefix("KAZ") || $0.targetCode?.hasPrefix("KAZ") == true })
    #expect(kazakh.contains { $0.sourceCode == "KAZGOV" || $0.targetCode == "KAZGOV" })
    query.actors = ["KAZ", "IGOEUREEC"]
    let between = try await events(query)
    #expect(!between.isEmpty)
    #expect(
      between.allSatisfy {
        Set([$0.sourceCode.prefix(3), ($0.targetCode ?? "").prefix(3)]) == ["KAZ", "IGO"]
      })
    query.actors = ["KAZ", "OPP"]
    #expect(try await events(query).isEmpty)

    // Event codes: two digits are a root, longer codes match the codes they start.
    query = ArticleQuery()
    query.eventCode = "17"
    #expect(Set(try await events(query).map(\.root)) == ["17"])
    #expect(try await events(query).count == 2)
    query.eventCode = "175"
    #expect(try await events(query).map(\.code) == ["175"])
    #expect(try await inputs(query) == ["samples/ap-nairobi.txt"])

    // The date range bounds the events' dates for event queries, the publication day otherwise.
    query = ArticleQuery(from: "2022-01-01", to: "2022-01-31")
    query.actors = ["KAZ"]
    let january = try await events(query)
    #expect(january.count == kazakh.count)
    #expect(january.allSatisfy { ($0.date ?? "") >= "2022-01-01" && ($0.date ?? "") <= "2022-01-31" })
    #expect(Set(try await inputs(query)) == ["samples/tass-kazakhstan.txt", "samples/reuters-eu.txt"])
    // only Tokayev's appeal to the CSTO "On January 5" falls before January 9
    query.to = "2022-01-09"
    #expect(try await events(query).map { "\($0.code) \($0.date ?? "")" } == ["023 2022-01-05"])
    #expect(try await inputs(query) == ["samples/tass-kazakhstan.txt"])
    query.to = "2022-01-04"
    #expect(try await events(query).isEmpty)
    query = ArticleQuery(from: "2023-01-01")
    query.eventCode = "17"
    #expect(try await events(query).map(\.article.source) == ["AFP"])

    // All quotes by Tokayev; what the EU said about Kazakhstan in January.
    query = ArticleQuery()
    query.speaker = "Tokayev"
    let tokayev = try await quotes(query)
    #expect(tokayev.count >= 2)
    #expect(tokayev.allSatisfy { $0.article.source == "TASS" && $0.speakerName?.contains("Tokayev") == true })
    #expect(tokayev.contains { $0.text.contains("law and order") })
    query = ArticleQuery(from: "2022-01-01", to: "2022-01-31")
    query.speaker = "eu"
    query.entity = "Kazakhstan"
    let eu = try await quotes(query)
    #expect(eu.count >= 2)
    #expect(eu.allSatisfy { $0.article.source == "Reuters" })
    // Josep Borrell speaks for the EU but is a speaker of his own.
    #expect(!eu.contains { $0.speakerName?.contains("Borrell") == true })
    query.from = "2022-02-01"
    #expect(try await quotes(query).isEmpty)

    // Filters combine with the article's: words, source.
    query = ArticleQuery(text: "restraint")
    query.actors = ["KAZ"]
    #expect(try await inputs(query) == ["samples/reuters-eu.txt"])
    query = ArticleQuery(source: "AP")
    query.eventCode = "17"
    #expect(try await events(query).map(\.article.source) == ["AP"])

    // The article filters keep working: --has on the JSON.
    #expect(
      try await inputs(ArticleQuery(matches: [.init("events.code=175")!])) == ["samples/ap-nairobi.txt"])
    try await store.close()
  }

  @Test func everySQLitePlanFindsTheSameRows() async throws {
    let store = try SQLiteStore(path: Backend.temporaryPath())
    _ = try await store.write(Self.records)
    var queries: [ArticleQuery] = []
    for text in [nil, "restraint"] {
      for entity in [nil, "Kazakhstan"] {
        for actors in [[], ["KAZ"], ["KAZ", "IGOEUREEC"]] {
          for speaker in [nil, "EU", "Tokayev"] {
            var query = ArticleQuery(text: text, limit: 3)
            query.entity = entity
            query.actors = actors
            query.speaker = speaker
            queries.append(query)
            query.from = "2022-01-01"
            query.eventCode = "0"
            queries.append(query)
          }
        }
      }
    }
    var compared = 0
    for query in queries {
      for (rows, columns) in [
        (SQLiteQuery.Rows.articles, StoredArticle.selectedColumns), (.events, StoredEvent.selectedColumns),
        (.quotes, StoredQuote.selectedColumns),
      ] {
        // Walking the date index, and each filter driving, sorted or streamed.
        var found: [[String]] = []
        for plan in SQLiteQuery(query: query, rows: rows).plans {
          var rowsFound: [String] = []
          try store.rows(query, rows, columns: columns, plan: plan) {
            rowsFound.append($0.description)
          }
          found.append(rowsFound)
        }
        #expect(Set(found).count == 1, "\(rows) \(query)")
        compared += found.count
      }
    }
    #expect(compared > queries.count * 3)
    try await store.close()
  }

  /// Every row of the stage tables, as text, per table.
  static func dump(_ store: any ArticleStore) async throws -> [String: [String]] {
    let tables = [
      "entities": "article, entity", "mentions": "article, entity, n", "times": "article, n",
      "quotes": "article, n", "events": "article, n",
    ]
    var dump: [String: [String]] = [:]
    if let store = store as? SQLiteStore {
      dump = try await store.pool.read { db in
        var dump: [String: [String]] = [:]
        for (table, key) in tables {
          dump[table] = try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY \(key)").map(\.description)
        }
        return dump
      }
    } else if let store = store as? PostgresStore {
      for (table, key) in tables {
        var rows: [String] = []
        let sql = "SELECT t::text FROM \(table) t ORDER BY \(key)"
        for try await row in try await store.connection.query(
          PostgresQuery(unsafeSQL: sql), logger: store.logger
        )
        .decode(String.self) {
          rows.append(row)
        }
        dump[table] = rows
      }
    }
    return dump
  }
}
