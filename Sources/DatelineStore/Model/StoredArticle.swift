/// One article as a query returns it: the columns a table shows, its story cluster with the
/// cluster's counts, and the full JSON.
public struct StoredArticle: Sendable, Hashable {
  /// The columns both backends select for a stored article, in the order rows are decoded
  /// (`articles a` joined to `sources s`), the cluster's counts computed on the way.
  /// The moment of ingestion is last, as `ingestedAt` (SQLite keeps it as that text).
  static let selectedColumns = selectedColumns(ingestedAt: "a.ingested_at")

  /// The columns, the moment of ingestion given as an expression of `YYYY-MM-DDTHH:MM:SSZ` text.
  static func selectedColumns(ingestedAt: String) -> String {
    """
    a.content_hash, a.id, a.input, s.name, a.agency, a.outlet, a.url, a.headline, a.published, a.country,
      a.place, a.cluster_id,
      (SELECT COUNT(*) FROM articles c WHERE c.cluster_id = a.cluster_id),
      (SELECT COUNT(DISTINCT c.source_id) FROM articles c WHERE c.cluster_id = a.cluster_id),
      a.json, \(ingestedAt)
    """
  }

  public var contentHash: String
  public var id: String
  public var input: String
  public var source: String
  public var agency: String?
  public var outlet: String?
  public var url: String?
  public var headline: String?
  public var published: String?
  public var country: String?
  public var place: String?
  /// The story the article belongs to: the content hash of the cluster's first article.
  public var cluster: String
  /// How many stored articles tell the story (GDELT's NumArticles).
  public var numArticles: Int
  /// How many distinct sources tell it (GDELT's NumSources).
  public var numSources: Int
  /// The article as `dateline analyze` printed it.
  public var json: String
  /// When the store took the article in, UTC, `YYYY-MM-DDTHH:MM:SSZ` (GDELT's DATEADDED); nil
  /// when the store does not know.
  public var ingestedAt: String?

  public init(
    contentHash: String, id: String, input: String, source: String, agency: String?, outlet: String?,
    url: String?,
    headline: String?, published: String?, country: String?, place: String?, cluster: String,
    numArticles: Int,
    numSources: Int, json: String, ingestedAt: String? = nil
  ) {
    self.contentHash = contentHash
    self.id = id
    self.input = input
    self.source = source
    self.agency = agency
    self.outlet = outlet
    self.url = url
    self.headline = headline
    self.published = published
    self.country = country
    self.place = place
    self.cluster = cluster
    self.numArticles = numArticles
    self.numSources = numSources
    self.json = json
    self.ingestedAt = ingestedAt
  }
}
