/// Where headline, standfirst, dateline and body lie among a draft's blocks.
///
/// Works the same for every input format: residue is dropped; the dateline is searched in the
/// first paragraphs; before it, short labels (section names, breadcrumbs) are passed over, the
/// first line of three or more words is the headline and the rest is the standfirst. Metadata's
/// title, when there is one, is the headline and its copy in the text is dropped.
struct StoryLayout {
  var headline: String?
  var standfirst: String?
  var body: [String]
  /// The dateline opening `body[0]`, when there is one.
  var dateline: DatelineParser.Match?
  /// A page timestamp seen among the residue (`10 JAN 2022, 14:32`).
  var timestamp: (month: Int, day: Int, year: Int?)?

  static let datelineSearchDepth = 8

  init(_ draft: Draft, parser: DatelineParser) {
    var blocks: [Draft.Block] = []
    for block in draft.blocks {
      if Residue.isResidue(block.text) {
        if timestamp == nil, let stamp = Timestamp.date(in: block.text) { timestamp = stamp }
      } else {
        blocks.append(block)
      }
    }
    let title = draft.title.map { Whitespace.joinedWords($0) }.flatMap { $0.isEmpty ? nil : $0 }
    if let title { blocks.removeAll { $0.text.caseInsensitiveEquals(title) } }

    // The first strong dateline (a date or a known agency) in the opening blocks wins over a
    // weak one (`ACME CORP (ACM) -` in a title); the search stops at the first body paragraph.
    var datelineIndex: Int?
    for index in blocks.indices.prefix(Self.datelineSearchDepth) {
      if let match = parser.parse(blocks[index].text) {
        let strong =
          match.dateline.month != nil || match.dateline.agency.flatMap(Agencies.canonicalName) != nil
        if datelineIndex == nil || strong {
          datelineIndex = index
          dateline = match
        }
        if strong { break }
      }
      if Self.wordCount(blocks[index].text) > 60 { break }
    }

    var front: ArraySlice<Draft.Block>
    var bodyStart: Int
    if let datelineIndex {
      front = blocks[..<datelineIndex]
      bodyStart = datelineIndex
    } else if title == nil, let first = blocks.first, blocks.count > 1, Self.looksLikeHeadline(first) {
      front = blocks[..<1]
      bodyStart = 1
    } else {
      front = []
      bodyStart = 0
    }
    // Labels before the headline: "Kazakhstan", "World", "Politics".
    while let first = front.first, Self.wordCount(first.text) < 3, front.count > 1 || title != nil {
      front = front.dropFirst()
    }
    headline = title ?? front.first?.text
    let standfirstBlocks = title == nil ? front.dropFirst() : front
    let standfirstText = standfirstBlocks.map(\.text).filter { Self.wordCount($0) >= 3 }.joined(
      separator: " ")
    standfirst = standfirstText.isEmpty ? nil : standfirstText
    if standfirst == nil, datelineIndex != nil,
      let summary = draft.summary.map({ Whitespace.joinedWords($0) }),
      Self.wordCount(summary) >= 3,
      !blocks[bodyStart...].contains(where: { $0.text.hasPrefix(summary.prefix(60)) })
    {
      standfirst = summary
    }
    body = blocks[bodyStart...].map(\.text)
  }

  static func looksLikeHeadline(_ block: Draft.Block) -> Bool {
    if block.kind == .heading { return true }
    let text = block.text
    guard text.utf8.count <= 200, wordCount(text) >= 2 else { return false }
    return !(text.hasSuffix(".") && wordCount(text) > 12)
  }

  static func wordCount(_ text: String) -> Int {
    Whitespace.wordCount(text)
  }
}

extension String {
  func caseInsensitiveEquals(_ other: String) -> Bool {
    utf8.count == other.utf8.count && lowercased() == other.lowercased()
  }
}
