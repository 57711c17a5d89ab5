/// One news story: its anatomy and its clean text, with every span as scalar offsets into `text`.
///
/// Produced by ``Pipeline/analyze(_:)``. Later stages add entities, times, quotes and events.
public struct Article: Sendable, Hashable {
  /// Where the story came from.
  public struct Source: Sendable, Hashable {
    /// The agency that filed it (from the dateline, else from metadata).
    public var agency: String?
    /// The outlet named by metadata (`og:site_name`, feed title), when different from the agency.
    public var outlet: String?
    public var url: String?
  }

  /// The input's identifier, or a hash of the text when it gave none.
  public var id: String
  /// The input the story was read from (`story.txt`, `feed.xml#3`).
  public var input: String
  public var source: Source
  public var headline: String?
  public var standfirst: String?
  public var dateline: Dateline?
  /// The publication day: `--published`, metadata, or the dateline with its year inferred.
  public var published: CalendarDate?
  public var author: String?
  /// Headline, standfirst, dateline and body, paragraphs separated by a blank line.
  public var text: String
  public var headlineRange: TextRange?
  public var standfirstRange: TextRange?
  public var paragraphs: [TextRange]
  /// Sentences of the headline, standfirst and body; the dateline is not part of any.
  public var sentences: [TextRange]
  /// Time expressions of the text, normalised to TIMEX3 and anchored to `published`.
  public var times: [TimeExpression] = []
  /// Direct quotes and reported speech, in text order (see ``QuoteExtractor``).
  public var quotes: [Quote] = []
  /// People, organisations, places and nationalities the story names, resolved and linked.
  public var entities: [Entity] = []
  /// Who-did-what-to-whom events coded in the sentences (docs/events.md).
  public var events: [ArticleEvent] = []
}
