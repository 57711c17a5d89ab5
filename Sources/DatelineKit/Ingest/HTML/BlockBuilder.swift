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
  /// Tags whose content is never text.
  static let skippedTags: Set<String> = [
    "script", "style", "noscript", "template", "head", "title", "svg", "math", "canvas", "iframe",
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
      if Self.skippedTags.contains(node.tag) || skip(index) { return }
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

  private mutating func flush() {
    let text = Whitespace.collapsed(current)
    if !text.isEmpty { blocks.append(Draft.Block(text, kind: currentKind)) }
    current = ""
    currentKind = .paragraph
  }

  /// The level of a heading tag (`h1` → 1), or `nil`.
  static func headingLevel(_ tag: String) -> Int? {
    let bytes = Array(tag.utf8)
    guard bytes.count == 2, bytes[0] == UInt8(ascii: "h"), bytes[1] >= UInt8(ascii: "1"), bytes[1] <= UInt8(ascii: "6")
    else { return nil }
    return Int(bytes[1] - UInt8(ascii: "0"))
  }
}
