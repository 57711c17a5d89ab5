/// Turns a DOM subtree into text blocks in reading order.
///
/// Block-level elements (paragraphs, headings, list items, quotes, cells, line breaks) end the
/// current block; inline elements only add their text, so `<b>Ber</b>lin` stays one word.
struct BlockBuilder {
  /// Tags that start and end a block.
  static let blockTags: Set<String> = [
    "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "li", "ul", "ol",
    "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "caption", "thead", "tbody",
    "figure", "figcaption", "address", "form", "fieldset", "center", "details", "summary", "hr", "br",
    "h1", "h2", "h3", "h4", "h5", "h6", "body", "html", "hgroup",
  ]
  /// Tags whose content is never text. (`noscript` is not among them: gumbo parses its content
  /// as markup, and a stray `<noscript><div>` can wrap a whole page; pruning judges it instead.)
  static let skippedTags: Set<String> = [
    "script", "style", "template", "head", "title", "svg", "math", "canvas", "iframe",
    "object", "embed", "video", "audio", "select", "option", "textarea", "button", "input", "map",
  ]

  private let document: HTMLDocument
  private let skip: (Int) -> Bool
  private(set) var blocks: [Draft.Block] = []
  private var current = ""
  private var currentKind = Draft.Block.Kind.paragraph

  /// A builder over `document` that leaves out every subtree for which `skip` is true.
  init(document: HTMLDocument, skip: @escaping (Int) -> Bool = { _ in false }) {
    self.document = document
    self.skip = skip
  }

  /// Adds the blocks of the subtree at `index`.
  mutating func add(_ index: Int) {
    visit(index)
    flush()
  }

  private mutating func visit(_ index: Int) {
    let node = document[index]
    switch node.kind {
    case .text:
      current += node.text
    case .document:
      for child in node.children { visit(child) }
    case .element:
      if Self.skippedTags.contains(node.tag) { return }
      if skip(index) {
        dropLeadIn(before: index)
        return
      }
      guard Self.blockTags.contains(node.tag) else {
        for child in node.children { visit(child) }
        return
      }
      flush()
      if let level = Self.headingLevel(node.tag), level > 0 { currentKind = .heading }
      for child in node.children { visit(child) }
      flush()
    }
  }

  /// Removes the last block when it only introduced a left-out subtree: a heading above any
  /// removed text ("About the author"), or a short line such as "Read more:" above removed links.
  private mutating func dropLeadIn(before index: Int) {
    guard Whitespace.visibleLength(current) == 0, let last = blocks.last else { return }
    let (total, linked) = textLengths(index)
    guard total > 0 else { return }
    let heading = last.kind == .heading && last.text.utf8.count < 100
    let shortLine = last.text.utf8.count < 60 && last.text.utf8.last != UInt8(ascii: ".")
    if heading || (shortLine && linked * 2 >= total) { blocks.removeLast() }
  }

  /// The visible text length of a subtree, and how much of it is link text.
  private func textLengths(_ index: Int) -> (total: Int, linked: Int) {
    var total = 0, linked = 0
    var stack = [(index, false)]
    while let (current, inLink) = stack.popLast() {
      let node = document[current]
      if node.kind == .text {
        let length = Whitespace.visibleLength(node.text)
        total += length
        if inLink { linked += length }
        continue
      }
      if node.kind == .element && Self.skippedTags.contains(node.tag) { continue }
      let linkBelow = inLink || node.tag == "a"
      for child in node.children { stack.append((child, linkBelow)) }
    }
    return (total, linked)
  }

  private mutating func flush() {
    let text = Whitespace.collapsed(current)
    if !text.isEmpty { blocks.append(Draft.Block(text, kind: currentKind)) }
    current = ""
    currentKind = .paragraph
  }

  /// The level of a heading tag (`h1` → 1), or `nil`.
  static func headingLevel(_ tag: String) -> Int? {
    let bytes = Array(tag.utf8)
    guard bytes.count == 2, bytes[0] == UInt8(ascii: "h"), bytes[1] >= UInt8(ascii: "1"),
      bytes[1] <= UInt8(ascii: "6")
    else { return nil }
    return Int(bytes[1] - UInt8(ascii: "0"))
  }
}
