/// One quote row as `dateline query --quotes` lists it: the quote's columns, its words, and the
/// article it is in.
public struct StoredQuote: Sendable, Hashable {
  public var article: StoredRowArticle
  public var start: Int
  public var end: Int
  /// `direct`, `indirect` or `mixed`.
  public var kind: String
  /// The speaker's entity id in the article (`e1`).
  public var speaker: String?
  public var speakerName: String?
  public var cue: String?
  public var channel: String?
  /// The quote's words: `text[start:end]` of the article.
  public var text: String

  /// The columns both backends select for a quote row (`quotes q` joined to `articles a` and
  /// `sources s`).
  static let selectedColumns = """
    \(StoredRowArticle.selectedColumns), q.start, q."end", q.kind, q.speaker, q.speaker_name, q.cue, q.channel,
      substr(a.text, q.start + 1, q."end" - q.start)
    """
}
