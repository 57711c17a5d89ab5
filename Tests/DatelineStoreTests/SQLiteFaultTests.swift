import DatelineKit
import Foundation
import GRDB
import Testing

@testable import DatelineStore

/// Faults of the SQLite file: each gives a clear ``StoreError`` and never a partial batch.
@Suite struct SQLiteFaultTests {
  @Test func corruptFileIsReportedAsCorrupt() throws {
    let path = Backend.temporaryPath()
    try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: path))
    let error = #expect(throws: StoreError.self) { try SQLiteStore(path: path) }
    #expect(error?.code == .corrupt)
    #expect(error?.database == path)
  }

  @Test func missingFolderIsUnreachable() throws {
    let path = "/nonexistent-dateline-folder/\(UUID().uuidString)/store.sqlite"
    let error = #expect(throws: StoreError.self) { try SQLiteStore(path: path) }
    #expect(error?.code == .unreachable)
  }

  @Test func lockedDatabaseTimesOutWithLocked() async throws {
    let path = Backend.temporaryPath()
    let store = try SQLiteStore(path: path, options: StoreOptions(busyTimeout: 0.2))
    var configuration = Configuration()
    configuration.allowsUnsafeTransactions = true
    let other = try DatabaseQueue(path: path, configuration: configuration)
    try other.inDatabase { try $0.execute(sql: "BEGIN EXCLUSIVE") }
    await #expect {
      _ = try await store.write([Fixtures.record(Fixtures.apElection)])
    } throws: { ($0 as? StoreError)?.code == .locked }
    try other.inDatabase { try $0.execute(sql: "ROLLBACK") }
    #expect(try await store.write([Fixtures.record(Fixtures.apElection)]).inserted == 1)
    try await store.close()
  }

  @Test func fullDatabaseRollsTheWholeBatchBack() async throws {
    let path = Backend.temporaryPath()
    let store = try SQLiteStore(path: path)
    _ = try await store.write([Fixtures.record(Fixtures.apElection)])
    // A size limit stands in for a full disk: SQLite reports both as SQLITE_FULL.
    try await store.pool.writeWithoutTransaction { db in
      let pages = try Int.fetchOne(db, sql: "PRAGMA page_count")!
      try db.execute(sql: "PRAGMA max_page_count = \(pages + 2)")
    }
    let before = try await StageTablesTests.dump(store)
    let batch = (0..<300).map { Fixtures.record(Fixtures.numbered($0)) } + StageTablesTests.records
    await #expect {
      _ = try await store.write(batch)
    } throws: { ($0 as? StoreError)?.code == .full }
    #expect(try await store.count() == 1)
    #expect(try await store.query(ArticleQuery(text: "district")).isEmpty)
    // No stage rows of the batch either.
    #expect(try await StageTablesTests.dump(store) == before)
    try await store.close()
  }

  @Test func olderSchemaIsMigratedOnOpen() async throws {
    let path = Backend.temporaryPath()
    // A store as the first version left it: articles, no story columns.
    let old = try DatabaseQueue(path: path)
    try SQLiteSchema.migrator.migrate(old, upTo: "v1-articles")
    let record = Fixtures.record(Fixtures.reutersPipeline)
    try await old.write { db in
      try db.execute(sql: "INSERT INTO sources(name) VALUES ('Reuters')")
      try db.execute(
        sql:
          "INSERT INTO articles(content_hash, id, input, source_id, published, text, json) VALUES (?, ?, ?, 1, ?, ?, ?)",
        arguments: [record.contentHash, record.id, record.input, record.published, record.text, record.json])
    }
    try old.close()

    let store = try SQLiteStore(path: path)
    let articles = try await store.query(ArticleQuery(text: "pipeline"))
    #expect(articles.count == 1)
    #expect(articles.first?.cluster == record.contentHash)
    // The migrated article got a signature: its reprint joins its story.
    let summary = try await store.write([Fixtures.record(Fixtures.tassPipeline)])
    #expect(summary.clustered == 1)
    #expect(try await store.query(ArticleQuery(cluster: record.contentHash)).count == 2)
    try await store.close()
  }

  @Test func newerSchemaIsRefused() async throws {
    let path = Backend.temporaryPath()
    try await SQLiteStore(path: path).close()
    let queue = try DatabaseQueue(path: path)
    try await queue.write {
      try $0.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('v99-future')")
    }
    try queue.close()
    let error = #expect(throws: StoreError.self) { try SQLiteStore(path: path) }
    #expect(error?.code == .schema)
  }

  @Test func storeIsInWALMode() async throws {
    let store = try SQLiteStore(path: Backend.temporaryPath())
    let mode = try await store.pool.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
    #expect(mode == "wal")
    try await store.close()
  }
}
