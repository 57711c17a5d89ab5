/// What to look for in a store; every filter given must hold.
///
/// The stages' filters (``entity``, ``actors``, ``eventCode``, ``speaker``) read the typed stage
/// tables; ``ArrayMatch``es read any field of the arrays kept in each article's JSON. The same
/// query lists articles (``ArticleStore/query(_:)``), event rows or quote rows.
///
/// ```swift
/// var query = ArticleQuery(from: "2022-01-01", to: "2022-01-31")
/// query.speaker = "EU"
/// query.entity = "Kazakhstan"
/// try await store.forEachQuote(query) { print($0.text) }
/// ```
public struct ArticleQuery: Sendable, Hashable {
  /// An element of a JSON array of the article whose field equals a value:
  /// `entities.text=Tokayev`, `events.cameo=042`.
  public struct ArrayMatch: Sendable, Hashable {
    public var array: String
    public var field: String
    public var value: String
    public init(array: String, field: String, value: String) {
      self.array = array
      self.field = field
      self.value = value
    }

    /// Parses `ARRAY.FIELD=VALUE`; the field may be a path into nested objects
    /// (`events.source.code=JPN`); names are letters, digits and `_`.
    public init?(_ text: String) {
      guard let dot = text.firstIndex(of: "."), let equals = text[dot...].firstIndex(of: "=") else {
        return nil
      }
      let array = String(text[..<dot])
      let field = String(text[text.index(after: dot)..<equals])
      let isName: (Substring) -> Bool = { name in
        !name.isEmpty
          && name.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_"
          }
      }
      guard isName(array[...]),
        field.split(separator: ".", omittingEmptySubsequences: false).allSatisfy(isName)
      else { return nil }
      self.init(array: array, field: field, value: String(text[text.index(after: equals)...]))
    }
  }

  /// Words that must all occur in the headline or text (full-text search, stemmed).
  public var text: String?
  /// The source an article is counted under (its agency, else its outlet, else its URL's host),
  /// case-insensitively.
  public var source: String?
  /// The dateline's country.
  public var country: String?
  /// The first publication day included, ISO 8601.
  public var from: String?
  /// The last publication day included, ISO 8601.
  public var to: String?
  /// Only the articles of this story cluster.
  public var cluster: String?
  public var matches: [ArrayMatch]
  /// An entity the article names: an entity's name or the text of one of its mentions
  /// (`Tokayev`, `EU`), case-insensitively.
  public var entity: String? = nil
  /// CAMEO actor codes, each matching a code it starts (`KAZ` matches `KAZGOV`): with one, an
  /// event whose source or target has it; with two, an event between them (either way round).
  public var actors: [String] = []
  /// A CAMEO event code, matching the codes it starts (`04` is a root: `040`…`046`; `042`).
  public var eventCode: String? = nil
  /// A quote's speaker: its `speakerName`, or the name or a mention of its speaker entity,
  /// case-insensitively (`Tokayev` finds quotes of `Kassym-Jomart Tokayev`).
  public var speaker: String? = nil
  /// Only the article with this content hash (the store's key for one article).
  public var contentHash: String? = nil
  /// Whether `from` and `to` bound the events' dates rather than the publication day: for
  /// event rows and for articles filtered on their events (actors, event code).
  public func boundsEventDates(listingEvents: Bool) -> Bool {
    listingEvents || !actors.isEmpty || eventCode != nil
  }

  /// At most this many articles, newest first; nil for all.
  public var limit: Int?

  public init(
    text: String? = nil, source: String? = nil, country: String? = nil, from: String? = nil,
    to: String? = nil,
    cluster: String? = nil, matches: [ArrayMatch] = [], limit: Int? = nil
  ) {
    self.text = text
    self.source = source
    self.country = country
    self.from = from
    self.to = to
    self.cluster = cluster
    self.matches = matches
    self.limit = limit
  }
}
