import DatelineKit

/// Writes the events of stored articles as GDELT 2.0 Events records, one record per event of a
/// story, counted across its story cluster.
///
/// Two passes over the store, both through ``ArticleStore/forEach(_:_:)``: the first counts every
/// event of the exported articles' clusters (``GDELTStoryTally``): when a filter leaves out some
/// articles of a cluster, that cluster is counted again whole, so NumArticles and NumSources
/// count the story, not the selection; the second writes one record per event from its
/// earliest report (``GDELTEventRow``).
///
/// ```swift
/// let export = GDELTExport(dateAdded: GDELTEventRow.timestamp(secondsSince1970: now))
/// let summary = try await export.run(store, ArticleQuery()) { line in print(line) }
/// ```
public struct GDELTExport: Sendable {
  /// What an export wrote.
  public struct Summary: Sendable, Hashable {
    /// Articles exported (matching the query).
    public var articles = 0
    /// Events coded in them.
    public var events = 0
    /// Records written: events less the repeats of an event in its story.
    public var records = 0
    /// Stored articles whose JSON could not be read back (left out).
    public var unreadable = 0
  }

  /// `DATEADDED` of the records whose article has no moment of ingestion
  /// (``StoredArticle/ingestedAt``): `YYYYMMDDHHMMSS`, UTC. The others carry the moment their
  /// reporting article was stored, as GDELT dates a record when it took the event in.
  public var dateAdded: String

  public init(dateAdded: String) { self.dateAdded = dateAdded }

  /// Exports the articles matching `query`, calling `write` with each record's line (no line break).
  public func run(
    _ store: any ArticleStore, _ query: ArticleQuery, write: (String) throws -> Void
  ) async throws -> Summary {
    var tally = GDELTStoryTally()
    var seen: [String: Set<String>] = [:]
    var clusterSizes: [String: Int] = [:]
    try await store.forEach(query) { stored in
      // A story of one article is always seen whole; only bigger ones need remembering.
      if stored.numArticles > 1 {
        seen[stored.cluster, default: []].insert(stored.contentHash)
        clusterSizes[stored.cluster] = stored.numArticles
      }
      guard !Self.hasNoEvents(stored.json),
        let article = try? Article(json: stored.json, input: stored.input),
        !article.events.isEmpty
      else { return }
      tally.add(article, key: stored.contentHash, cluster: stored.cluster, source: stored.source)
    }
    // Clusters the query saw only part of (a filter left some articles out): count them whole.
    for (cluster, hashes) in seen where (clusterSizes[cluster] ?? 0) > hashes.count {
      tally.resetCounts(of: cluster)
      var whole = ArticleQuery()
      whole.cluster = cluster
      try await store.forEach(whole) { stored in
        guard !Self.hasNoEvents(stored.json),
          let article = try? Article(json: stored.json, input: stored.input)
        else { return }
        tally.add(
          article, key: stored.contentHash, cluster: cluster, source: stored.source,
          canReport: hashes.contains(stored.contentHash))
      }
    }
    var summary = Summary()
    try await store.forEach(query) { stored in
      summary.articles += 1
      guard !Self.hasNoEvents(stored.json) else { return }
      guard let article = try? Article(json: stored.json, input: stored.input) else {
        summary.unreadable += 1
        return
      }
      summary.events += article.events.count
      for (index, event) in article.events.enumerated()
      where tally.isReport(article, key: stored.contentHash, cluster: stored.cluster, event: index) {
        let fields = GDELTEventRow.fields(
          for: event, at: index, in: article, contentHash: stored.contentHash,
          counts: tally.counts(of: event, in: article, cluster: stored.cluster),
          dateAdded: stored.ingestedAt.flatMap(Self.timestamp) ?? dateAdded)
        try write(GDELTEventRow.line(fields))
        summary.records += 1
      }
    }
    return summary
  }

  /// `YYYY-MM-DDTHH:MM:SSZ` (how stores keep ``StoredArticle/ingestedAt``) as GDELT's
  /// `YYYYMMDDHHMMSS`; nil for anything else.
  static func timestamp(_ moment: String) -> String? {
    let bytes = Array(moment.utf8)
    guard bytes.count == 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
      bytes[19] == UInt8(ascii: "Z")
    else { return nil }
    let digits = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18].map { bytes[$0] }
    guard digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
    return String(decoding: digits, as: UTF8.self)
  }

  /// Whether stored JSON ends with an empty `events` array, where the output contract puts it:
  /// most articles code no event, and need not be parsed. Anything else is parsed.
  static func hasNoEvents(_ json: String) -> Bool {
    let bytes = json.utf8
    return [noEvents, noPloverEvents].contains { suffix in
      bytes.count >= suffix.count && bytes.suffix(suffix.count).elementsEqual(suffix)
    }
  }

  private static let noEvents = Array(#""events": []}"#.utf8)
  /// Articles written since `ploverEvents` follows `events`.
  private static let noPloverEvents = Array(#""events": [], "ploverEvents": []}"#.utf8)
}
