import DatelineKit
import Testing

@testable import DatelineStore

/// Several workers draining one PostgreSQL queue: nothing lost, nothing twice.
@Suite(.enabled(if: Backend.postgresRequired)) struct IngestQueueTests {
  static let pipeline = Fixtures.pipeline

  func enqueue(_ drafts: [Draft], on queue: IngestQueue) async throws -> Int {
    try await queue.enqueue(
      read: { emit in for draft in drafts { emit(.success(draft), nil) } }, batchSize: 25
    ) { _ in
    }.queued
  }

  @Test func concurrentWorkersShareTheWorkWithoutOverlap() async throws {
    let url = try Backend.freshPostgresURL()
    let producer = try await IngestQueue.connect(url)
    let drafts = (0..<150).map(Fixtures.numbered)
    #expect(try await enqueue(drafts, on: producer) == 150)
    // The same drafts again are not queued twice.
    #expect(try await enqueue(drafts, on: producer) == 0)

    let workers = try await withThrowingTaskGroup(of: (Int, [Int64]).self) { group in
      for index in 0..<4 {
        group.addTask {
          let queue = try await IngestQueue.connect(url)
          let claimed = ClaimLog()
          let totals = try await queue.work(
            worker: "w\(index)", batchSize: 7, pipeline: Self.pipeline,
            afterClaim: { seqs in await claimed.add(seqs) }, progress: { _ in })
          try await queue.close()
          return (totals.inserted, await claimed.seqs)
        }
      }
      var results: [(Int, [Int64])] = []
      for try await result in group { results.append(result) }
      return results
    }
    let claimed = workers.flatMap(\.1)
    #expect(claimed.count == 150)
    #expect(Set(claimed).count == 150)
    #expect(workers.map(\.0).reduce(0, +) == 150)
    #expect(try await producer.states() == ["done": 150])
    let store = try await PostgresStore.connect(url)
    #expect(try await store.count() == 150)
    try await store.close()
    try await producer.close()
  }

  @Test func aWorkerThatDiesMidBatchLosesNothing() async throws {
    let url = try Backend.freshPostgresURL()
    let producer = try await IngestQueue.connect(url)
    #expect(try await enqueue((0..<40).map(Fixtures.numbered), on: producer) == 40)

    // The first worker claims a batch and dies before committing: its transaction is rolled
    // back, as the server does for a process killed with kill -9 (docs/scaling.md shows that
    // run with real processes).
    let doomed = try await IngestQueue.connect(url)
    let claimedByDoomed = ClaimLog()
    await #expect(throws: WorkerDied.self) {
      _ = try await doomed.work(
        worker: "doomed", batchSize: 10, pipeline: Self.pipeline,
        afterClaim: { seqs in
          await claimedByDoomed.add(seqs)
          throw WorkerDied()
        }, progress: { _ in })
    }
    #expect(await claimedByDoomed.seqs.count == 10)
    try await doomed.close()
    #expect(try await producer.states()["pending"] == 40)

    let survivor = try await IngestQueue.connect(url)
    let totals = try await survivor.work(worker: "survivor", batchSize: 10, pipeline: Self.pipeline) { _ in }
    #expect(totals.inserted == 40)
    #expect(try await producer.states() == ["done": 40])
    let store = try await PostgresStore.connect(url)
    #expect(try await store.count() == 40)
    try await store.close()
    try await survivor.close()
    try await producer.close()
  }

  @Test func queuedDraftsRoundTrip() throws {
    var draft = Fixtures.reutersPipeline
    draft.blocks.insert(Draft.Block("Energy", kind: .heading), at: 0)
    draft.url = "https://example.org/a"
    #expect(try QueuedDraft.decode(QueuedDraft.encode(draft)) == draft)
  }
}

struct WorkerDied: Error {}

/// The sequence numbers a worker claimed.
actor ClaimLog {
  var seqs: [Int64] = []
  func add(_ claimed: [Int64]) { seqs += claimed }
}
