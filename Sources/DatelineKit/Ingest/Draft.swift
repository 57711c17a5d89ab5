/// What a reader found in one input record, before analysis.
///
/// Readers (plain text, HTML, feeds, JSON Lines) turn bytes into drafts; the ``Pipeline`` turns a
/// draft into an ``Article``. A draft keeps metadata as the input gave it (dates unparsed) and the
/// main text as blocks in reading order, so that the anatomy stage can find the headline,
/// standfirst and dateline whatever the input format.
public struct Draft: Sendable, Hashable {
  /// The input format a draft came from.
  public enum Format: String, Sendable, Hashable {
    case text, html, feed, jsonLines = "jsonl"
  }

  /// One block of main text: a paragraph or a heading, whitespace already collapsed.
  public struct Block: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case heading, paragraph }
    public var text: String
    public var kind: Kind
    public init(_ text: String, kind: Kind = .paragraph) {
      self.text = text
      self.kind = kind
    }
  }

  /// The input's name, with the record where it has several (`feed.xml#3`, `items.jsonl:12`).
  public var input: String
  public var format: Format
  /// An identifier the input gave (JSON Lines `id`, feed `guid`).
  public var id: String?
  public var url: String?
  /// The outlet or agency named by metadata (`og:site_name`, feed title, JSON `source`).
  public var source: String?
  /// The publication date or time as metadata gave it (ISO 8601, RFC 822, …), unparsed.
  public var published: String?
  /// The title from metadata (`<title>`, `og:title`, feed item title, JSON `title`).
  public var title: String?
  public var author: String?
  /// A summary from metadata (`og:description`, feed `description`/`summary`).
  public var summary: String?
  /// The main text in reading order.
  public var blocks: [Block]

  public init(
    input: String, format: Format, id: String? = nil, url: String? = nil, source: String? = nil,
    published: String? = nil, title: String? = nil, author: String? = nil, summary: String? = nil,
    blocks: [Block] = []
  ) {
    self.input = input
    self.format = format
    self.id = id
    self.url = url
    self.source = source
    self.published = published
    self.title = title
    self.author = author
    self.summary = summary
    self.blocks = blocks
  }
}
