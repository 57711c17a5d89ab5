import DatelineKit
import Foundation

/// Reads, analyses and stores stories: reading on its own thread, analysis in parallel on all
/// cores, and one writer that stores a batch per transaction while the next batch is analysed.
///
/// Ingest is idempotent: an article whose content hash is stored already is skipped, so after a
/// crash (even `kill -9`) running the same command again stores only what was not committed.
/// Bad input is reported through `report` and counted, and the rest goes on; a store error ends
/// the run, with every batch before it committed.
///
/// ```swift
/// let ingester = Ingester(pipeline: Pipeline())
/// let totals = try await ingester.run(into: store, read: { emit in
///   InputReader().read(["wire/"]) { emit($0, nil) }
/// }, report: { print($0) }, progress: { _ in })
/// ```
public struct Ingester: Sendable {
  /// Counts so far.
  public struct Progress: Sendable, Hashable {
    /// Drafts read and analysed.
    public var analysed = 0
    public var inserted = 0
    public var duplicates = 0
    /// Inserted articles that joined an existing story.
    public var clustered = 0
    /// Inputs (or records) that could not be read.
    public var failed = 0
    /// The share of the input read, when the reader knows it (0…1).
    public var fraction: Double?
    public init() {}
  }

  /// What a reader hands over: a draft or an input error, and the share of the input read so far.
  public typealias Emit = @Sendable (Result<Draft, InputError>, Double?) -> Void

  public var pipeline: Pipeline
  public var minHash: MinHash
  /// Articles per transaction.
  public var batchSize: Int
  /// Batches read ahead of the analysis; bounds memory.
  public var readAhead: Int

  public init(pipeline: Pipeline, minHash: MinHash = MinHash(), batchSize: Int = 512, readAhead: Int = 2) {
    self.pipeline = pipeline
    self.minHash = minHash
    self.batchSize = max(1, batchSize)
    self.readAhead = max(1, readAhead)
  }

  /// Runs `read` on a thread of its own and stores everything it emits.
  ///
  /// - Parameters:
  ///   - read: Reads the inputs, calling `emit` for each draft or error, in order.
  ///   - report: Called with each input error.
  ///   - progress: Called after each stored batch.
  /// - Returns: The final counts.
  /// - Throws: The ``StoreError`` that ended the run.
  public func run(
    into store: any ArticleStore, read: @escaping @Sendable (Emit) -> Void, report: (InputError) -> Void,
    progress: (Progress) -> Void
  ) async throws -> Progress {
    let (batches, continuation) = AsyncStream<Batch>.makeStream()
    let slots = DispatchSemaphore(value: readAhead)
    let stop = StopFlag()
    let size = batchSize
    let reader = Thread {
      let pending = PendingBatch()
      read { result, fraction in
        if stop.isSet { return }
        pending.results.append(result)
        pending.fraction = fraction
        if pending.results.count >= size {
          slots.wait()
          continuation.yield(Batch(results: pending.results, fraction: fraction))
          pending.results.removeAll(keepingCapacity: true)
        }
      }
      if !pending.results.isEmpty && !stop.isSet {
        slots.wait()
        continuation.yield(Batch(results: pending.results, fraction: pending.fraction))
      }
      continuation.finish()
    }
    reader.stackSize = 8 << 20
    reader.start()
    defer {
      stop.set()
      for _ in 0..<readAhead + 1 { slots.signal() }
    }

    var totals = Progress()
    var writing: Task<WriteSummary, any Error>?
    var writingFraction: Double?
    for await batch in batches {
      slots.signal()
      var drafts: [Draft] = []
      drafts.reserveCapacity(batch.results.count)
      for result in batch.results {
        switch result {
        case .success(let draft): drafts.append(draft)
        case .failure(let error):
          totals.failed += 1
          report(error)
        }
      }
      let records = Self.records(drafts, pipeline: pipeline, minHash: minHash)
      totals.analysed += drafts.count
      if let writing {
        add(try await writing.value, to: &totals)
        totals.fraction = writingFraction
        progress(totals)
      }
      writing = Task { try await store.write(records) }
      writingFraction = batch.fraction
    }
    if let writing {
      add(try await writing.value, to: &totals)
      totals.fraction = writingFraction
      progress(totals)
    }
    return totals
  }

  private func add(_ summary: WriteSummary, to totals: inout Progress) {
    totals.inserted += summary.inserted
    totals.duplicates += summary.duplicates
    totals.clustered += summary.clustered
  }

  /// Analyses drafts in parallel on all cores, keeping their order.
  public static func records(_ drafts: [Draft], pipeline: Pipeline, minHash: MinHash) -> [ArticleRecord] {
    guard !drafts.isEmpty else { return [] }
    let workers = min(drafts.count, ProcessInfo.processInfo.activeProcessorCount * 4)
    let results = ResultSlots(count: drafts.count)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      var index = worker
      while index < drafts.count {
        results.set(index, ArticleRecord(pipeline.analyze(drafts[index]), minHash: minHash))
        index += workers
      }
    }
    return results.values
  }
}

/// One batch of reader output.
private struct Batch: Sendable {
  var results: [Result<Draft, InputError>]
  var fraction: Double?
}

/// The reader thread's batch being filled; used by that thread only.
private final class PendingBatch: @unchecked Sendable {
  var results: [Result<Draft, InputError>] = []
  var fraction: Double?
}

/// Tells the reader thread to stop once the writer has failed.
private final class StopFlag: @unchecked Sendable {
  private let lock = NSLock()
  private var value = false
  var isSet: Bool { lock.withLock { value } }
  func set() { lock.withLock { value = true } }
}

/// Slots written by parallel workers, each index by one worker only.
private final class ResultSlots: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<ArticleRecord?>
  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }
  deinit {
    slots.deinitialize()
    slots.deallocate()
  }
  func set(_ index: Int, _ value: ArticleRecord) { slots[index] = value }
  var values: [ArticleRecord] { slots.map { $0! } }
}
