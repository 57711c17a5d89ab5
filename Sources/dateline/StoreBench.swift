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
    abstract: "Fill a store with N copies of Reuters-21578 and measure query latency (p50/p99).",
    discussion: """
      The corpus is analysed once; copy k of each article gets its own content hash and a \
      publication day k years later, and is written without clustering (the copies would all \
      be one story). Then each query of a mix (words, source, country, date range, story, \
      combinations; 20 rows each) runs --repeats times and the latency percentiles are printed. \
      Use a fresh --db: an existing store is reused as it is, without writing.
      """)

  @Argument(help: "The Reuters-21578 folder (reut2-*.sgm).")
  var corpus: String

  @OptionGroup var database: DatabaseOption

  @Option(help: "How many copies of the corpus to store.")
  var copies = 10

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
    if stored == 0 {
      let start = ContinuousClock.now
      for copy in 0..<copies {
        var batch: [ArticleRecord] = []
        for var record in records {
          if copy > 0 {
            record.contentHash += "-\(copy)"
            record.id += "-\(copy)"
            if let published = record.published, let year = Int(published.prefix(4)) {
              record.published = String(year + copy) + published.dropFirst(4)
            }
          }
          batch.append(record)
          if batch.count == 2000 {
            _ = try await store.write(batch)
            batch.removeAll(keepingCapacity: true)
          }
        }
        _ = try await store.write(batch)
      }
      let seconds = (ContinuousClock.now - start).seconds
      let total = copies * records.count
      print(
        String(
          format: "wrote %d articles in %.1f s (%.0f articles/s)", total, seconds, Double(total) / seconds))
    } else {
      print("store holds \(stored) articles already; not writing")
    }
    print("store: \(try await store.count()) articles")

    let country = mostCommon(records.compactMap(\.country)) ?? "USA"
    let source = mostCommon(records.map(\.source)) ?? "unknown"
    let someCluster = records[records.count / 2].contentHash
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
    var all: [Double] = []
    for (name, query) in mix {
      _ = try await store.query(query)
      var times: [Double] = []
      var rows = 0
      for _ in 0..<repeats {
        let start = ContinuousClock.now
        rows = try await store.query(query).count
        times.append((ContinuousClock.now - start).seconds * 1000)
      }
      all += times
      print(
        name.padding(toLength: 28, withPad: " ", startingAt: 0)
          + String(
            format: "p50 %7.2f ms  p99 %7.2f ms  (%d rows)", percentile(times, 0.5), percentile(times, 0.99),
            rows))
    }
    print(
      String(
        format: "all queries: p50 %.2f ms, p99 %.2f ms over %d runs", percentile(all, 0.5),
        percentile(all, 0.99), all.count))
    try await store.close()
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
