import ArgumentParser
import DatelineEval
import DatelineKit
import DatelineStore
import Foundation

/// `dateline bench-store`: write throughput and query latency of a store filled with a
/// replicated Reuters-21578.
struct StoreBench: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench-store",
    abstract: "Fill a store with copies of Reuters-21578 and the samples; measure query latency (p50/p99).",
    discussion: """
      The corpus and the bundled samples are analysed once; each copy of an article gets its own \
      content hash and later dates (publication day and event dates: k years for copy k of \
      Reuters, k days round ten years for the samples), and is written without clustering (the \
      copies would all be one story). Reuters yields few events (about 3,500), so copies of the \
      samples are added until the store holds --events event rows. Then each query of two mixes \
      (articles by words, source, country, date range, story; the typed tables: entity, actor, \
      actor pair, event code, speaker, with date ranges; 20 rows each) runs --repeats times and \
      the latency percentiles are printed. An existing store is reused: only the copies it lacks \
      are written (articles are stored once by content hash).
      """)

  @Argument(help: "The Reuters-21578 folder (reut2-*.sgm).")
  var corpus: String

  @OptionGroup var database: DatabaseOption

  @Option(help: "How many copies of the corpus to store.")
  var copies = 10

  @Option(help: "Copies of the bundled samples are added until the store holds this many events.")
  var events = 1_000_000

  @Option(help: "How many times each query of the mix runs.")
  var repeats = 50

  func run() async throws {
    let store = try await openStore(database)
    let stored = try await store.count()
    let pipeline = Pipeline(options: .init(referenceDate: CalendarDate(year: 1987, month: 12, day: 31)!))
    let stories = try ReutersCorpus.stories(in: corpus)
    let drafts = stories.map {
      Draft(
        input: "reuters21578#\($0.newID)", format: .text, published: $0.date,
        blocks: PlainTextReader.blocks(from: $0.wireText))
    }.filter { !$0.blocks.isEmpty }
    var records = Ingester.records(drafts, pipeline: pipeline, minHash: MinHash())
    for index in records.indices { records[index].signature = nil }
    // Stories the corpus holds twice are stored once.
    var seen = Set<String>()
    records = records.filter { seen.insert($0.contentHash).inserted }
    // The bundled samples: political stories, dense in events, quotes and named actors.
    let samplePipeline = Pipeline(
      options: .init(referenceDate: CalendarDate(year: 2022, month: 12, day: 31)!))
    let samples: [ArticleRecord] = BundledSamples.all.compactMap { sample in
      guard var draft = try? sample.draft.get() else { return nil }
      if draft.published == nil { draft.published = "2022-01-10" }
      var record = ArticleRecord(samplePipeline.analyze(draft))
      record.signature = nil
      return record
    }
    let reutersEvents = records.map(\.stages.events.count).reduce(0, +)
    let sampleEvents = max(1, samples.map(\.stages.events.count).reduce(0, +))
    let sampleCopies = max(0, (events - copies * reutersEvents + sampleEvents - 1) / sampleEvents)
    if stored > 0 { say("store holds \(stored) articles already; writing only the copies it lacks") }
    do {
      let start = ContinuousClock.now
      var batch: [ArticleRecord] = []
      var written = 0
      func add(_ record: ArticleRecord) async throws {
        batch.append(record)
        if batch.count == 2000 {
          written += try await store.write(batch).inserted
          batch.removeAll(keepingCapacity: true)
        }
      }
      // Copy k of Reuters is k years (of 366 days) later; copy k of the samples k days later,
      // round a cycle of ten years, so that a month holds about 1/120 of them.
      for copy in 0..<copies {
        for record in records { try await add(Self.copy(record, suffix: "r\(copy)", days: copy * 366)) }
      }
      for copy in 0..<sampleCopies {
        for record in samples { try await add(Self.copy(record, suffix: "s\(copy)", days: copy % 3660)) }
      }
      written += try await store.write(batch).inserted
      let seconds = (ContinuousClock.now - start).seconds
      let total = copies * records.count + sampleCopies * samples.count
      say(
        String(
          format:
            "%d articles (%d copies of Reuters, %d of the %d samples): %d written in %.1f s (%.0f articles/s)",
          total, copies, sampleCopies, samples.count, written, seconds, Double(written) / seconds))
    }
    say("store: \(try await store.count()) articles")

    let country = mostCommon(records.compactMap(\.country)) ?? "USA"
    let source = mostCommon(records.map(\.source)) ?? "unknown"
    let someCluster = records[records.count / 2].contentHash + "-r0"
    let mix: [(String, ArticleQuery)] = [
      ("words: oil", ArticleQuery(text: "oil", limit: 20)),
      ("words: coffee brazil quota", ArticleQuery(text: "coffee brazil quota", limit: 20)),
      ("country", ArticleQuery(country: country, limit: 20)),
      ("source", ArticleQuery(source: source, limit: 20)),
      ("date range (1 week)", ArticleQuery(from: "1987-03-01", to: "1987-03-07", limit: 20)),
      ("country + range", ArticleQuery(country: country, from: "1987-03-01", to: "1987-03-31", limit: 20)),
      ("words + range", ArticleQuery(text: "bank", from: "1987-03-01", to: "1987-03-31", limit: 20)),
      ("words + country", ArticleQuery(text: "trade", country: country, limit: 20)),
      ("story", ArticleQuery(cluster: someCluster, limit: 20)),
    ]
    // The typed mix: the questions on the stage tables. Rare values come from Reuters,
    // frequent ones from the samples (in every sample copy).
    let reutersEntity = mostCommon(
      records.flatMap { $0.stages.entities.filter { $0.type == "PER" }.map(\.name) })
    let reutersActor = mostCommon(
      records.flatMap { $0.stages.events.map { String($0.sourceCode.prefix(3)) } })
    let reutersPair = mostCommon(
      records.flatMap {
        $0.stages.events.compactMap { event in
          event.targetCode.map { String(event.sourceCode.prefix(3)) + " " + String($0.prefix(3)) }
        }
      })?.split(separator: " ").map(String.init)
    let reutersSpeaker = mostCommon(records.flatMap { $0.stages.quotes.compactMap(\.speakerName) })
    func typed(_ configure: (inout ArticleQuery) -> Void) -> ArticleQuery {
      var query = ArticleQuery(limit: 20)
      configure(&query)
      return query
    }
    let january = (from: "2025-01-01", to: "2025-01-31")
    var typedMix: [(String, Rows, ArticleQuery)] = [
      ("entity: Kazakhstan", .articles, typed { $0.entity = "Kazakhstan" }),
      (
        "entity + month", .articles,
        typed {
          $0.entity = "Tokayev"; ($0.from, $0.to) = january
        }
      ),
      ("events: actor KAZ", .events, typed { $0.actors = ["KAZ"] }),
      ("events: KAZ-IGOEUREEC", .events, typed { $0.actors = ["KAZ", "IGOEUREEC"] }),
      (
        "events: KAZ, month", .events,
        typed {
          $0.actors = ["KAZ"]; ($0.from, $0.to) = january
        }
      ),
      ("events: root 17", .events, typed { $0.eventCode = "17" }),
      (
        "events: code 041, month", .events,
        typed {
          $0.eventCode = "041"; ($0.from, $0.to) = january
        }
      ),
      (
        "articles: actor + code", .articles,
        typed {
          $0.actors = ["KEN"]; $0.eventCode = "175"
        }
      ),
      ("quotes: Tokayev", .quotes, typed { $0.speaker = "Tokayev" }),
      (
        "quotes: EU on KAZ, month", .quotes,
        typed {
          $0.speaker = "EU"
          $0.entity = "Kazakhstan"
          ($0.from, $0.to) = january
        }
      ),
    ]
    if let reutersEntity {
      typedMix.append(("entity: \(reutersEntity)", .articles, typed { $0.entity = reutersEntity }))
    }
    if let reutersActor {
      typedMix.append(("events: actor \(reutersActor)", .events, typed { $0.actors = [reutersActor] }))
    }
    if let reutersPair, reutersPair.count == 2 {
      typedMix.append(
        ("events: \(reutersPair[0])-\(reutersPair[1])", .events, typed { $0.actors = reutersPair }))
    }
    if let reutersSpeaker {
      typedMix.append(("quotes: \(reutersSpeaker)", .quotes, typed { $0.speaker = reutersSpeaker }))
    }
    say(
      "store: \(copies * reutersEvents + sampleCopies * sampleEvents) event rows (as written with these options)"
    )

    let articleMix = mix.map { ($0.0, Rows.articles, $0.1) }
    for (title, queries) in [("article queries", articleMix), ("typed queries", typedMix)] {
      var all: [Double] = []
      for (name, rows, query) in queries {
        _ = try await run(query, rows, on: store)
        var times: [Double] = []
        var count = 0
        for _ in 0..<repeats {
          let start = ContinuousClock.now
          count = try await run(query, rows, on: store)
          times.append((ContinuousClock.now - start).seconds * 1000)
        }
        all += times
        say(
          String(name.prefix(32)).padding(toLength: 34, withPad: " ", startingAt: 0)
            + String(
              format: "p50 %7.2f ms  p99 %7.2f ms  (%d rows)", percentile(times, 0.5),
              percentile(times, 0.99),
              count))
      }
      say(
        String(
          format: "%@: p50 %.2f ms, p99 %.2f ms over %d runs", title, percentile(all, 0.5),
          percentile(all, 0.99),
          all.count))
    }
    try await store.close()
  }

  enum Rows { case articles, events, quotes }

  /// Prints a line at once, unbuffered, so that a log shows each figure as it is measured.
  func say(_ line: String) {
    var line = line + "\n"
    line.withUTF8 { _ = Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
  }

  /// Runs a query and returns how many rows it gave.
  func run(_ query: ArticleQuery, _ rows: Rows, on store: any ArticleStore) async throws -> Int {
    var count = 0
    switch rows {
    case .articles: count = try await store.query(query).count
    case .events: try await store.forEachEvent(query) { _ in count += 1 }
    case .quotes: try await store.forEachQuote(query) { _ in count += 1 }
    }
    return count
  }

  /// A record as copy `suffix`, its dates `days` later.
  static func copy(_ record: ArticleRecord, suffix: String, days: Int) -> ArticleRecord {
    var record = record
    record.contentHash += "-" + suffix
    record.id += "-" + suffix
    record.published = shift(record.published, days: days)
    for index in record.stages.events.indices {
      record.stages.events[index].date = shift(record.stages.events[index].date, days: days)
    }
    return record
  }

  /// A value starting with a `YYYY-MM-DD` day, that day moved; other values as they are.
  static func shift(_ value: String?, days: Int) -> String? {
    guard let value, days != 0 else { return value }
    let bytes = Array(value.utf8.prefix(10))
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      let year = Int(value.prefix(4)), let month = Int(value.dropFirst(5).prefix(2)),
      let day = Int(value.dropFirst(8).prefix(2)), let date = CalendarDate(year: year, month: month, day: day)
    else { return value }
    return date.adding(days: days).iso + value.dropFirst(10)
  }

  func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
  }

  func mostCommon(_ values: [String]) -> String? {
    var counts: [String: Int] = [:]
    for value in values { counts[value, default: 0] += 1 }
    return counts.max { $0.value < $1.value }?.key
  }
}
