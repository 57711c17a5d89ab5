import DatelineKit
import Foundation
import Logging
import PostgresNIO

/// A queue of drafts in PostgreSQL that several `dateline ingest --from-queue` workers, on one
/// machine or many, drain together.
///
/// A worker claims a batch with `SELECT … FOR UPDATE SKIP LOCKED`, so no two workers hold the
/// same rows, and in the same transaction analyses it, inserts the articles and marks the rows
/// done. A worker that dies (kill -9, a lost machine) loses its connection; the server rolls the
/// transaction back, the rows are unlocked and pending again, and another worker takes them:
/// nothing is lost and, since the commit that stores the articles is the one that marks the
/// rows done, nothing is stored twice.
///
/// ```swift
/// let queue = try await IngestQueue.connect(url)
/// _ = try await queue.enqueue(read: { emit in InputReader().read(["wire/"]) { emit($0, nil) } }) { print($0) }
/// let totals = try await queue.work(worker: "host-1", pipeline: Pipeline()) { _ in }
/// ```
public final class IngestQueue: Sendable {
  public let database: String
  let connection: PostgresConnection
  let logger: Logger

  init(database: String, connection: PostgresConnection, logger: Logger) {
    self.database = database
    self.connection = connection
    self.logger = logger
  }

  /// Connects to the queue of a PostgreSQL store, migrating the store's schema if need be.
  public static func connect(_ url: PostgresURL) async throws -> IngestQueue {
    let store = try await PostgresStore.connect(url)
    return IngestQueue(database: store.database, connection: store.connection, logger: store.logger)
  }

  public func close() async throws {
    do { try await connection.close() } catch { throw StoreError(postgres: error, database: database) }
  }

  /// Puts every draft `read` emits on the queue, a batch per transaction; drafts queued before
  /// (same JSON) are not queued again.
  ///
  /// - Returns: How many drafts were newly queued, and how many input errors were met.
  public func enqueue(
    read: @escaping @Sendable (Ingester.Emit) -> Void, batchSize: Int = 512,
    report: (InputError) -> Void
  ) async throws -> (queued: Int, failed: Int) {
    let (stream, continuation) = AsyncStream<Result<Draft, InputError>>.makeStream(
      bufferingPolicy: .bufferingOldest(4096))
    let reader = Thread {
      read { result, _ in
        // Waits while the buffer is full, so memory stays bounded.
        while case .dropped = continuation.yield(result) { usleep(1000) }
      }
      continuation.finish()
    }
    reader.start()
    var queued = 0
    var failed = 0
    var keys: [String] = []
    var inputs: [String] = []
    var drafts: [String] = []
    func flush() async throws {
      guard !keys.isEmpty else { return }
      let rows = try await connection.query(
        """
        INSERT INTO ingest_queue(key, input, draft)
        SELECT * FROM unnest(\(keys)::text[], \(inputs)::text[], \(drafts)::text[])
        ON CONFLICT (key) DO NOTHING RETURNING seq
        """, logger: logger)
      for try await _ in rows { queued += 1 }
      keys.removeAll()
      inputs.removeAll()
      drafts.removeAll()
    }
    do {
      for await result in stream {
        switch result {
        case .failure(let error):
          failed += 1
          report(error)
        case .success(let draft):
          let json = try QueuedDraft.encode(draft)
          keys.append(ContentHash.hex(json))
          inputs.append(draft.input)
          drafts.append(json)
          if keys.count >= batchSize { try await flush() }
        }
      }
      try await flush()
    } catch {
      throw StoreError(postgres: error, database: database)
    }
    return (queued, failed)
  }

  /// Claims, analyses and stores batches until no pending draft is left.
  ///
  /// - Parameters:
  ///   - worker: A name recorded with each row done (host and process id).
  ///   - afterClaim: Called inside the transaction with the claimed rows' sequence numbers,
  ///     before they are stored (tests use it to die mid-batch).
  ///   - progress: Called after each committed batch.
  public func work(
    worker: String, batchSize: Int = 512, pipeline: Pipeline, minHash: MinHash = MinHash(),
    afterClaim: (([Int64]) async throws -> Void)? = nil, progress: (Ingester.Progress) -> Void
  ) async throws -> Ingester.Progress {
    var totals = Ingester.Progress()
    let logger = logger
    do {
      while true {
        if connection.isClosed {
          throw StoreError(.connectionLost, "the connection to the server was lost", database: database)
        }
        let batch = try await connection.transaction(logger: logger) {
          connection -> (claimed: Int, failed: Int, summary: WriteSummary) in
          let rows = try await connection.query(
            """
            SELECT seq, draft FROM ingest_queue WHERE state = 'pending'
            ORDER BY seq FOR UPDATE SKIP LOCKED LIMIT \(batchSize)
            """, logger: logger)
          var seqs: [Int64] = []
          var drafts: [Draft] = []
          var broken: [Int64] = []
          for try await (seq, json) in rows.decode((Int64, String).self) {
            if let draft = try? QueuedDraft.decode(json) {
              seqs.append(seq)
              drafts.append(draft)
            } else {
              broken.append(seq)
            }
          }
          if seqs.isEmpty && broken.isEmpty { return (0, 0, WriteSummary()) }
          try await afterClaim?(seqs + broken)
          let records = Ingester.records(drafts, pipeline: pipeline, minHash: minHash)
          let summary = try await PostgresStore.insert(
            records, on: connection, minHash: minHash, storyMatch: StoryMatch(), logger: logger)
          try connection.ensureOpen()
          try await connection.query(
            "UPDATE ingest_queue SET state = 'done', worker = \(worker), done_at = now() WHERE seq = ANY(\(seqs))",
            logger: logger)
          if !broken.isEmpty {
            try await connection.query(
              "UPDATE ingest_queue SET state = 'failed', worker = \(worker), done_at = now() WHERE seq = ANY(\(broken))",
              logger: logger)
          }
          return (seqs.count + broken.count, broken.count, summary)
        }
        if batch.claimed == 0 { break }
        totals.analysed += batch.claimed - batch.failed
        totals.failed += batch.failed
        totals.inserted += batch.summary.inserted
        totals.duplicates += batch.summary.duplicates
        totals.clustered += batch.summary.clustered
        progress(totals)
      }
    } catch let error as StoreError {
      throw StoreError(postgres: error, database: database)
    } catch let error as PSQLError {
      throw StoreError(postgres: error, database: database)
    }
    return totals
  }

  /// How many rows are in each state (`pending`, `done`, `failed`).
  public func states() async throws -> [String: Int] {
    var states: [String: Int] = [:]
    do {
      let rows = try await connection.query(
        "SELECT state, COUNT(*) FROM ingest_queue GROUP BY state", logger: logger)
      for try await (state, count) in rows.decode((String, Int).self) { states[state] = count }
    } catch {
      throw StoreError(postgres: error, database: database)
    }
    return states
  }
}
