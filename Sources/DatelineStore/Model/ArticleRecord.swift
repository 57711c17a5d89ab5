import DatelineKit

/// One analysed article as the store writes it: the columns that queries filter on, the full
/// `dateline analyze` JSON, and the MinHash signature that finds its near-duplicates.
///
/// Built from an ``Article`` off the writer's thread (serialising and hashing are the costly
/// part), so the single writer only inserts.
///
/// ```swift
/// let record = ArticleRecord(pipeline.analyze(draft))
/// try await store.write([record])
/// ```
public struct ArticleRecord: Sendable, Hashable {
  /// The hash of the article's text (``ContentHash``): the key that makes ingest idempotent.
  public var contentHash: String
  /// The article's id (the input's, else the content hash).
  public var id: String
  public var input: String
  /// The name the article's source is counted under: the agency, else the outlet, else the URL's
  /// host, else `unknown`.
  public var source: String
  public var agency: String?
  public var outlet: String?
  public var url: String?
  public var headline: String?
  /// The publication day, ISO 8601 (`2022-01-10`), which sorts as text.
  public var published: String?
  public var country: String?
  public var place: String?
  public var text: String
  /// The article as `dateline analyze --format jsonl` prints it; later stages' arrays (entities,
  /// times, quotes, events) are kept here as they appear.
  public var json: String
  /// The MinHash signature of the text's word shingles; nil leaves the article out of clustering.
  public var signature: MinHash.Signature?
  /// The rows of the typed stage tables; empty for a record made from parts.
  public var stages: StageRows
  /// The facts and salient words that find rewrites of the same story (``StoryTerms``).
  public var storyTerms: [String]

  public init(
    contentHash: String, id: String, input: String, source: String, agency: String? = nil,
    outlet: String? = nil,
    url: String? = nil, headline: String? = nil, published: String? = nil, country: String? = nil,
    place: String? = nil, text: String, json: String, signature: MinHash.Signature? = nil,
    stages: StageRows = StageRows(), storyTerms: [String] = []
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
    self.text = text
    self.json = json
    self.signature = signature
    self.stages = stages
    self.storyTerms = storyTerms
  }

  /// The record of an analysed article, with its MinHash signature.
  public init(_ article: Article, minHash: MinHash = MinHash()) {
    let host = article.source.url.flatMap(Self.host)
    self.init(
      contentHash: ContentHash.hex(article.text), id: article.id, input: article.input,
      source: article.source.agency ?? article.source.outlet ?? host ?? "unknown",
      agency: article.source.agency,
      outlet: article.source.outlet, url: article.source.url, headline: article.headline,
      published: article.published?.iso, country: article.dateline?.country, place: article.dateline?.place,
      text: article.text, json: article.json.serialized(), signature: minHash.signature(of: article.text),
      stages: StageRows(article))
    storyTerms = StoryTerms(text: article.text, headline: article.headline, stages: stages).terms
  }

  /// The host of a URL (`https://www.example.org/a` → `www.example.org`), without Foundation.
  static func host(_ url: String) -> String? {
    guard let scheme = url.range(of: "://") else { return nil }
    let rest = url[scheme.upperBound...]
    let host = rest.prefix { $0 != "/" && $0 != ":" && $0 != "?" && $0 != "#" }
    return host.isEmpty ? nil : String(host)
  }
}
