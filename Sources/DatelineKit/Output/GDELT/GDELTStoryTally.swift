/// Counts each event across its story cluster, as GDELT's NumMentions, NumSources and
/// NumArticles do, and picks the one report whose record is written.
///
/// GDELT writes one record per event, however many articles report it, from the first report it
/// saw. Here an event is the same in two articles when they are in the same story cluster
/// (reprints and rewrites, found at ingest) and have the same CAMEO code, source code and target
/// code: one agency may date the event and another, writing a day later, not. NumMentions counts every mention (an article that codes the event twice adds two),
/// NumArticles the articles with at least one mention, NumSources their distinct sources. The
/// record is written from the earliest published report (ties: the smaller key), from its first
/// mention.
///
/// ```swift
/// var tally = GDELTStoryTally()
/// for stored in articles { tally.add(stored.article, key: stored.hash, cluster: stored.cluster, source: stored.source) }
/// for (index, event) in article.events.enumerated() where tally.isReport(article, key: hash, event: index) {
///   let counts = tally.counts(of: event, in: article, cluster: cluster)
/// }
/// ```
public struct GDELTStoryTally: Sendable {
  /// How often an event is reported in its story.
  public struct Counts: Sendable, Hashable {
    public var mentions: Int
    public var sources: Int
    public var articles: Int
    public init(mentions: Int, sources: Int, articles: Int) {
      self.mentions = mentions
      self.sources = sources
      self.articles = articles
    }
  }

  struct EventKey: Hashable {
    var code: String
    var source: String
    var target: String
  }

  struct Tally {
    var mentions = 0
    var articles = 0
    var sources: Set<String> = []
  }

  struct Report: Comparable {
    var published: String
    var key: String
    var index: Int
    static func < (a: Report, b: Report) -> Bool {
      (a.published, a.key, a.index) < (b.published, b.key, b.index)
    }
  }

  private var tallies: [String: [EventKey: Tally]] = [:]
  private var reports: [String: [EventKey: Report]] = [:]

  public init() {}

  /// Counts the events of one article of a cluster.
  ///
  /// - Parameters:
  ///   - key: the article's key in the store (its content hash).
  ///   - source: the source the article is counted under (agency, outlet or host).
  ///   - canReport: whether the article may be the one a record is written from (false for
  ///     articles counted only because they share a cluster with exported ones).
  public mutating func add(
    _ article: Article, key: String, cluster: String, source: String, canReport: Bool = true
  ) {
    var seen: Set<EventKey> = []
    let published = article.published?.iso ?? "9999-99-99"
    for (index, event) in article.events.enumerated() {
      let eventKey = Self.key(event, in: article)
      tallies[cluster, default: [:]][eventKey, default: Tally()].mentions += 1
      if seen.insert(eventKey).inserted {
        tallies[cluster]![eventKey]!.articles += 1
        tallies[cluster]![eventKey]!.sources.insert(source)
      }
      if canReport {
        let report = Report(published: published, key: key, index: index)
        if let current = reports[cluster]?[eventKey], current <= report { continue }
        reports[cluster, default: [:]][eventKey] = report
      }
    }
  }

  /// Forgets a cluster's counts (not its reports), before counting all its articles again.
  public mutating func resetCounts(of cluster: String) { tallies[cluster] = nil }

  /// The counts of an article's event in its cluster (1, 1, 1 for an event never added).
  public func counts(of event: ArticleEvent, in article: Article, cluster: String) -> Counts {
    guard let tally = tallies[cluster]?[Self.key(event, in: article)] else {
      return Counts(mentions: 1, sources: 1, articles: 1)
    }
    return Counts(mentions: tally.mentions, sources: tally.sources.count, articles: tally.articles)
  }

  /// Whether the article's event `index` is the report its record is written from.
  public func isReport(_ article: Article, key: String, cluster: String, event index: Int) -> Bool {
    guard article.events.indices.contains(index),
      let report = reports[cluster]?[Self.key(article.events[index], in: article)]
    else { return false }
    return report.key == key && report.index == index
  }

  static func key(_ event: ArticleEvent, in article: Article) -> EventKey {
    EventKey(code: event.code, source: event.source.code, target: event.target?.code ?? "")
  }
}
