/// One event row as `dateline query --events` lists it: the event's columns, the words of its
/// evidence, and the article it was coded in.
public struct StoredEvent: Sendable, Hashable {
  /// The article: its id, content hash, publication day, source and headline.
  public var article: StoredRowArticle
  public var code: String
  public var root: String
  public var quadClass: Int?
  public var goldstein: Double?
  public var sourceName: String
  public var sourceCode: String
  public var sourceEntity: String?
  public var targetName: String?
  public var targetCode: String?
  public var targetEntity: String?
  /// The TIMEX3 value of the event's date.
  public var date: String?
  public var location: String?
  public var sentence: Int
  /// The evidence span in the article's `text` and its words.
  public var start: Int
  public var end: Int
  public var evidence: String

  /// The columns both backends select for an event row (`events e` joined to `articles a` and
  /// `sources s`); `substr` counts characters, as offsets count Unicode scalars.
  static let selectedColumns = """
    \(StoredRowArticle.selectedColumns), e.code, e.root, e.quad_class, e.goldstein, e.source_name, e.source_code,
      e.source_entity, e.target_name, e.target_code, e.target_entity, e.date, e.location, e.sentence, e.start,
      e."end", substr(a.text, e.start + 1, e."end" - e.start)
    """
}

/// The article a stored event or quote row belongs to.
public struct StoredRowArticle: Sendable, Hashable {
  public var id: String
  public var contentHash: String
  public var published: String?
  public var source: String
  public var headline: String?

  static let selectedColumns = "a.id, a.content_hash, a.published, s.name, a.headline"
}
