/// One RSS item or Atom entry as it is being read: the fields found so far.
struct FeedItem {
  /// The 1-based index of the item in its feed.
  let index: Int
  /// The element depth of `<item>` or `<entry>`.
  let depth: Int
  let start: XMLPosition
  var capture: FieldCapture?
  /// Set when the item turned out too large or badly encoded; it then yields no draft.
  var failure: InputError?

  private var title: FeedBody?
  private var url: String?
  /// How good `url` is: 1 an Atom link of another `rel`, 2 an alternate link, 3 RSS `<link>`.
  private var urlRank = 0
  private var id: String?
  private var dates: [FeedField: String] = [:]
  private var description: FeedBody?
  private var content: FeedBody?
  private var author: String?

  init(index: Int, depth: Int, start: XMLPosition) {
    self.index = index
    self.depth = depth
    self.start = start
  }

  /// Takes the link of a self-closing or empty Atom `<link rel="…" href="…"/>`.
  mutating func takeLink(_ attributes: [XMLAttribute]) {
    func value(_ local: String) -> String? {
      attributes.first { $0.name.prefix.isEmpty && $0.name.local == local }?.value
    }
    guard let href = value("href").map(Whitespace.joinedWords), !href.isEmpty else { return }
    let rel = value("rel") ?? "alternate"
    let rank = rel == "alternate" ? 2 : 1
    if rank > urlRank {
      url = href
      urlRank = rank
    }
  }

  /// Stores a finished field.
  mutating func take(_ capture: FieldCapture) {
    switch capture.field {
    case .title: title = title ?? capture.body
    case .link:
      if urlRank < 3, let value = capture.plainValue {
        url = value
        urlRank = 3
      }
    case .id: id = id ?? capture.plainValue
    case .published, .updated, .rssDate, .dcDate:
      if dates[capture.field] == nil { dates[capture.field] = capture.plainValue }
    case .description, .summary: description = description ?? capture.body
    case .content, .encoded:
      if content == nil || capture.field == .encoded { content = capture.body ?? content }
    case .author, .creator: author = author ?? capture.plainValue
    }
  }

  /// The draft for the finished item, or why there is none.
  func draft(input: String, source: String?) -> Result<Draft, InputError> {
    if let failure { return .failure(failure) }
    var draft = Draft(
      input: input, format: .feed, id: id, url: url, source: source,
      published: dates[.published] ?? dates[.rssDate] ?? dates[.dcDate] ?? dates[.updated],
      title: title.map(\.plainText).flatMap { $0.isEmpty ? nil : $0 }, author: author)
    if let content, case let blocks = content.blocks, !blocks.isEmpty {
      draft.blocks = blocks
      draft.summary = description.map(\.plainText).flatMap { $0.isEmpty ? nil : $0 }
    } else if let description {
      draft.blocks = description.blocks
    }
    if draft.blocks.isEmpty && draft.title == nil {
      return .failure(
        InputError(
          .empty, "the item has no title or text", input: input, line: start.line,
          byteOffset: start.byteOffset))
    }
    return .success(draft)
  }
}
