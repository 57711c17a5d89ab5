/// One event row as `dateline query --events` lists it: the event's columns, the words of its
/// evidence, and the article it was coded in.
@dynamicMemberLookup
public struct StoredEvent: Sendable, Hashable {
  /// The article: its id, content hash, publication day, source and headline.
  public var article: StoredRowArticle
  /// The event's columns, as the stage tables store them (`sourceCode`, `date`, … read through).
  public var event: StageRows.Event
  /// The words of the evidence span (`start`..<`end` in the article's `text`).
  public var evidence: String

  public subscript<Value>(dynamicMember column: KeyPath<StageRows.Event, Value>) -> Value {
    event[keyPath: column]
  }

  /// The columns both backends select for an event row (`events e` joined to `articles a` and
  /// `sources s`); `substr` counts characters, as offsets count Unicode scalars.
  static let selectedColumns = """
    \(StoredRowArticle.selectedColumns), e.n, e.code, e.root, e.quad_class, e.goldstein, e.source_name,
      e.source_code, e.source_entity, e.target_name, e.target_code, e.target_entity, e.date, e.location,
      e.sentence, e.start, e."end", substr(a.text, e.start + 1, e."end" - e.start)
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
