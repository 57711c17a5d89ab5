import ArgumentParser
import DatelineEval
import DatelineKit
import DatelineStore
import Foundation

/// `dateline ingest`: analyses stories and stores them.
struct Ingest: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Analyse stories and store them in a database (SQLite by default, or PostgreSQL).",
    discussion: """
      INPUT is a file (plain text, HTML, RSS/Atom feed, JSON Lines), a folder (read recursively) \
      or - for standard input. Stories are analysed in parallel on all cores and written in \
      batches, one transaction each. Ingest is idempotent by content hash: after an interruption \
      (even kill -9) run the same command again and only what was not committed is stored. Bad \
      inputs are reported and counted, and the rest goes on; the exit code is 1 when any input \
      failed. With a postgres:// database, --enqueue puts the stories on a shared queue and \
      --from-queue makes this process one of several workers that drain it (docs/scaling.md).
      """)

  @OptionGroup var database: DatabaseOption

  @Flag(help: "Ingest the sample stories bundled in the binary.")
  var samples = false

  @Option(help: "Ingest the Reuters-21578 stories of this folder (reut2-*.sgm), for benchmarks.")
  var reuters: String?

  @Option(help: "The publication day of every input (YYYY-MM-DD); overrides metadata and datelines.")
  var published: String?

  @Option(
    help:
      "The day stories are read from (YYYY-MM-DD, default today): a dateline's year is the latest not after it."
  )
  var referenceDate: String?

  @Option(help: "Articles per transaction.")
  var batchSize = 512

  @Flag(help: "Only put the stories on the database's queue (postgres:// only); workers ingest them.")
  var enqueue = false

  @Flag(
    help:
      "Work as one of several workers: ingest stories from the database's queue until it is empty (postgres:// only)."
  )
  var fromQueue = false

  @Flag(name: .shortAndLong, help: "No progress line and no summary.")
  var quiet = false

  @Argument(help: "Files, folders, or - for standard input.")
  var inputs: [String] = []

  func validate() throws {
    if inputs.isEmpty && !samples && reuters == nil && !fromQueue {
      throw ValidationError(
        "Name at least one INPUT (or - for stdin), or use --samples, --reuters or --from-queue.")
    }
    if let published, MetadataDate.parse(published) == nil {
      throw ValidationError("--published: not a date: \(published)")
    }
    if let referenceDate, MetadataDate.parse(referenceDate) == nil {
      throw ValidationError("--reference-date: not a date: \(referenceDate)")
    }
    if enqueue && fromQueue { throw ValidationError("--enqueue and --from-queue exclude each other.") }
    if batchSize < 1 { throw ValidationError("--batch-size must be at least 1.") }
  }

  func run() async throws {
    let location = try database.location()
    if (enqueue || fromQueue), case .sqlite = location {
      throw ValidationError("--enqueue and --from-queue need a postgres:// database.")
    }
    let pipeline = Pipeline(
      options: .init(
        published: published.flatMap(MetadataDate.parse),
        referenceDate: referenceDate.flatMap(MetadataDate.parse) ?? .today()))
    let ingester = Ingester(pipeline: pipeline, batchSize: batchSize)
    let progress = ProgressLine(enabled: !quiet && isatty(STDERR_FILENO) == 1)
    let read = reader()
    let start = ContinuousClock.now
    var failures = 0
    do {
      if case .postgres(let url) = location, enqueue || fromQueue {
        let queue = try await IngestQueue.connect(url)
        do {
          try await runQueue(
            queue, read: read, progress: progress, start: start, pipeline: pipeline, failures: &failures)
          try await queue.close()
        } catch {
          try? await queue.close()
          throw error
        }
      } else {
        let store = try await location.open()
        let totals: Ingester.Progress
        do {
          totals = try await ingester.run(
            into: store, read: read,
            report: { error in
              progress.clear()
              Diagnostics.report(error)
            }, progress: { progress.show($0, since: start) })
        } catch {
          try? await store.close()
          throw error
        }
        try await store.close()
        progress.finish()
        failures = totals.failed
        if !quiet { Diagnostics.note(Self.summary(totals, since: start)) }
      }
    } catch let error as StoreError {
      progress.finish()
      Diagnostics.note("error: \(error)")
      throw ExitCode(2)
    }
    if failures > 0 { throw ExitCode(1) }
  }

  private func runQueue(
    _ queue: IngestQueue, read: @escaping @Sendable (Ingester.Emit) -> Void, progress: ProgressLine,
    start: ContinuousClock.Instant, pipeline: Pipeline, failures: inout Int
  ) async throws {
    if enqueue {
      let (added, failed) = try await queue.enqueue(read: read, batchSize: batchSize) {
        Diagnostics.note("error: \($0)")
      }
      failures = failed
      if !quiet { Diagnostics.note("\(added) stor(ies) queued, \(failed) input error(s)") }
    } else {
      let worker = "\(ProcessInfo.processInfo.hostName):\(getpid())"
      let totals = try await queue.work(worker: worker, batchSize: batchSize, pipeline: pipeline) { totals in
        progress.show(totals, since: start)
      }
      progress.finish()
      if !quiet { Diagnostics.note(Self.summary(totals, since: start)) }
    }
  }

  static func summary(_ totals: Ingester.Progress, since start: ContinuousClock.Instant) -> String {
    let seconds = max(0.001, (ContinuousClock.now - start).seconds)
    return
      "\(totals.inserted) stored, \(totals.duplicates) already stored, \(totals.clustered) joined a story, "
      + "\(totals.failed) input error(s); \(totals.analysed) analysed in \(String(format: "%.1f", seconds)) s "
      + "(\(Int(Double(totals.analysed) / seconds)) stories/s)"
  }

  /// The reading of every input named, on the ingester's reader thread.
  func reader() -> @Sendable (Ingester.Emit) -> Void {
    let samples = samples, reuters = reuters, inputs = inputs
    return { emit in
      if samples {
        for sample in BundledSamples.all { emit(sample.draft, nil) }
      }
      if let reuters {
        do {
          let stories = try ReutersCorpus.stories(in: reuters)
          for (index, story) in stories.enumerated() {
            let blocks = PlainTextReader.blocks(from: story.wireText)
            let input = "reuters21578#\(story.newID)"
            if blocks.isEmpty {
              emit(.failure(InputError(.empty, "the story has no text", input: input)), nil)
            } else {
              emit(
                .success(Draft(input: input, format: .text, published: story.date, blocks: blocks)),
                Double(index + 1) / Double(stories.count))
            }
          }
        } catch {
          emit(.failure(InputError(.unreadable, "\(error)", input: reuters)), nil)
        }
      }
      // The share read is counted in bytes of whole files, known when each file is finished.
      let entries = inputs.flatMap(InputPaths.entries)
      let sizes = entries.map { entry -> Int in
        guard case .file(let path) = entry else { return 0 }
        return ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
      }
      let total = max(1, sizes.reduce(0, +))
      var done = 0
      for (entry, size) in zip(entries, sizes) {
        let fraction = entries.count > 1 ? Double(done) / Double(total) : nil
        switch entry {
        case .standardInput: InputReader().read(["-"]) { emit($0, nil) }
        case .file(let path): InputReader().read([path]) { emit($0, fraction) }
        case .failure(let error): emit(.failure(error), nil)
        }
        done += size
      }
    }
  }
}

/// `--db`: where articles are stored.
struct DatabaseOption: ParsableArguments {
  @Option(
    name: .customLong("db"),
    help: "The database: a SQLite file (default ./dateline.sqlite) or postgres://user@host:port/db.")
  var url: String?

  func location() throws -> StoreLocation {
    do {
      return try StoreLocation(url)
    } catch let error as StoreError {
      throw ValidationError("--db: \(error)")
    }
  }
}

/// The one-line progress display on a terminal: counts, rate and time left, redrawn in place.
final class ProgressLine: @unchecked Sendable {
  let enabled: Bool
  private var shown = false

  init(enabled: Bool) { self.enabled = enabled }

  func show(_ totals: Ingester.Progress, since start: ContinuousClock.Instant) {
    guard enabled else { return }
    let seconds = max(0.001, (ContinuousClock.now - start).seconds)
    let rate = Double(totals.analysed) / seconds
    var line =
      "\r\u{1B}[K\(totals.analysed) analysed, \(totals.inserted) stored, \(totals.failed) failed · \(Int(rate))/s"
    if let fraction = totals.fraction, fraction > 0 {
      let left = seconds * (1 - fraction) / fraction
      line += String(format: " · %.0f%% · ETA %d:%02d", fraction * 100, Int(left) / 60, Int(left) % 60)
    }
    write(line)
    shown = true
  }

  /// Clears the line so that a message can be printed.
  func clear() {
    guard enabled, shown else { return }
    write("\r\u{1B}[K")
  }

  func finish() {
    guard enabled, shown else { return }
    write("\n")
    shown = false
  }

  private func write(_ text: String) {
    var text = text
    text.withUTF8 { _ = Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
  }
}

extension Duration {
  var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
