import DatelineKit
import Foundation
import Logging
import PostgresNIO
import Testing

@testable import DatelineStore

/// Faults of the PostgreSQL backend; run whenever the PostgreSQL suite runs (always under CI).
@Suite(.enabled(if: Backend.postgresRequired)) struct PostgresFaultTests {
  @Test func serverDownIsUnreachable() async throws {
    let url = try PostgresURL("postgres://postgres@127.0.0.1:1/postgres")
    await #expect {
      _ = try await PostgresStore.connect(url)
    } throws: { ($0 as? StoreError)?.code == .unreachable && ($0 as? StoreError)?.database == url.redacted }
  }

  @Test(.timeLimit(.minutes(1)))
  func droppedConnectionIsReportedAndTheBatchRolledBack() async throws {
    let url = try Backend.freshPostgresURL()
    let store = try await PostgresStore.connect(url)
    _ = try await store.write([Fixtures.record(Fixtures.apElection)])
    // The connection goes away under the store. (postgres-nio 1.33.2 drops a query sent on a
    // closed channel without failing it, so the store checks the connection before each use.)
    try await store.connection.close()
    await #expect {
      _ = try await store.write((0..<20).map { Fixtures.record(Fixtures.numbered($0)) })
    } throws: { ($0 as? StoreError)?.code == .connectionLost }
    let other = try await PostgresStore.connect(url)
    #expect(try await other.count() == 1)
    try await other.close()
  }

  @Test func failingArticleRollsTheWholeBatchBack() async throws {
    let store = try await PostgresStore.connect(try Backend.freshPostgresURL())
    var bad = Fixtures.record(Fixtures.numbered(999))
    bad.text += "\u{0}"  // PostgreSQL text cannot hold NUL
    let batch = (0..<10).map { Fixtures.record(Fixtures.numbered($0)) } + [bad]
    await #expect(throws: StoreError.self) { _ = try await store.write(batch) }
    #expect(try await store.count() == 0)
    #expect(try await store.write(Array(batch.dropLast())).inserted == 10)
    try await store.close()
  }

  /// A full disk in the middle of a batch. Filling a real disk would take the server (and the
  /// machine's other users) down with it, so PostgreSQL's own per-session limit on the disk a
  /// statement may use stands in: a trigger makes the 151st article's insert sort more than
  /// `work_mem` holds, the sort spills to a temporary file, and the file outgrows
  /// `temp_file_limit`; the server fails the statement with SQLSTATE 53400, mid-transaction,
  /// as it fails one with 53100 when the disk itself is full.
  @Test func fullDiskRollsTheWholeBatchBack() async throws {
    let store = try await PostgresStore.connect(try Backend.freshPostgresURL())
    _ = try await store.write(StageTablesTests.records.prefix(1).map { $0 })
    let before = try await StageTablesTests.dump(store)
    for statement in [
      "SET temp_file_limit = '64kB'", "SET work_mem = '64kB'",
      """
      CREATE FUNCTION fill_disk() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM count(*) FROM (SELECT md5(g::text) FROM generate_series(1, 200000) g ORDER BY 1) s;
        RETURN NEW;
      END $$
      """,
      "CREATE TRIGGER fill_disk AFTER INSERT ON articles FOR EACH ROW WHEN (NEW.input = 'bulk-150.txt') EXECUTE FUNCTION fill_disk()",
    ] {
      try await store.connection.query(PostgresQuery(unsafeSQL: statement), logger: store.logger)
    }
    let batch =
      (0..<300).map { Fixtures.record(Fixtures.numbered($0)) } + StageTablesTests.records.dropFirst()
    await #expect {
      _ = try await store.write(batch)
    } throws: { error in
      guard let error = error as? StoreError else { return false }
      return error.code == .full && error.message.contains("rolled back") && error.database == store.database
    }
    #expect(try await store.count() == 1)
    #expect(try await store.query(ArticleQuery(text: "district")).isEmpty)
    #expect(try await StageTablesTests.dump(store) == before)
    // The same batch goes in whole once there is room.
    try await store.connection.query("RESET temp_file_limit", logger: store.logger)
    #expect(try await store.write(batch).inserted == batch.count)
    try await store.close()
  }

  @Test func olderSchemaIsMigratedOnConnect() async throws {
    let url = try Backend.freshPostgresURL()
    let old = try await PostgresStore.connect(url, migrateUpTo: "v1-articles")
    let record = Fixtures.record(Fixtures.reutersPipeline)
    try await old.connection.query("INSERT INTO sources(name) VALUES ('Reuters')", logger: old.logger)
    try await old.connection.query(
      """
      INSERT INTO articles(content_hash, id, input, source_id, published, text, json)
      VALUES (\(record.contentHash), \(record.id), \(record.input), 1, \(record.published), \(record.text), \(record.json))
      """, logger: old.logger)
    try await old.close()

    let store = try await PostgresStore.connect(url)
    let articles = try await store.query(ArticleQuery(text: "pipeline"))
    #expect(articles.map(\.cluster) == [record.contentHash])
    #expect(articles.first?.numArticles == 1)
    try await store.close()
  }

  @Test func newerSchemaIsRefused() async throws {
    let url = try Backend.freshPostgresURL()
    let store = try await PostgresStore.connect(url)
    try await store.connection.query(
      "INSERT INTO dateline_migrations(name) VALUES ('v99-future')", logger: store.logger)
    try await store.close()
    await #expect {
      _ = try await PostgresStore.connect(url)
    } throws: { ($0 as? StoreError)?.code == .schema }
  }

  private func firstInt(_ sql: String, on connection: PostgresConnection) async throws -> Int {
    let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
    for try await value in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).decode(
      Int.self)
    {
      return value
    }
    throw StoreError(.failed, "no row", database: "")
  }
}
