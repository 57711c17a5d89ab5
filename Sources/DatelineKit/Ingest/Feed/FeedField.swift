/// An element of an RSS item or Atom entry that the feed reader keeps.
enum FeedField: Sendable, Hashable {
  case title, link, id, published, updated, rssDate, dcDate, description, summary, content, encoded
  case author, creator

  /// The field an item's child element holds, or `nil` for elements the reader ignores
  /// (`media:content`, `category`, …).
  init?(_ name: ExpandedName) {
    switch name.namespace {
    case XMLNamespaces.content where name.local == "encoded": self = .encoded
    case XMLNamespaces.dublinCore where name.local == "creator": self = .creator
    case XMLNamespaces.dublinCore where name.local == "date": self = .dcDate
    case let uri where XMLNamespaces.isCore(uri):
      guard let field = Self.core[name.local] else { return nil }
      self = field
    default: return nil
    }
  }

  private static let core: [String: FeedField] = [
    "title": .title, "link": .link, "guid": .id, "id": .id, "pubDate": .rssDate, "published": .published,
    "issued": .published, "updated": .updated, "modified": .updated, "description": .description,
    "summary": .summary, "content": .content, "author": .author,
  ]

  /// Whether the field may hold HTML, so its markup is worth keeping.
  var mayHoldMarkup: Bool {
    switch self {
    case .title, .description, .summary, .content, .encoded: true
    default: false
    }
  }
}

/// The text of one item field as it is being read, with any child elements re-serialized.
///
/// Atom `type="xhtml"` content and sloppy RSS descriptions carry markup as child elements;
/// keeping it as HTML lets ``HTMLReader`` find the paragraphs.
struct FieldCapture {
  let field: FeedField
  /// The element depth of the field element.
  let depth: Int
  /// Atom's `type` attribute, lower-cased; `nil` when absent.
  let type: String?
  let isAtom: Bool
  /// Only text inside this child counts (Atom `<author><name>`).
  let onlyChild: String?
  private var insideOnlyChild = false
  private(set) var text: [UInt8] = []
  private(set) var markup: [UInt8] = []
  private(set) var hasChildElements = false

  init(field: FeedField, name: ExpandedName, attributes: [XMLAttribute], depth: Int) {
    self.field = field
    self.depth = depth
    self.type = attributes.first { $0.name.prefix.isEmpty && $0.name.local == "type" }?.value.lowercased()
    self.isAtom = XMLNamespaces.isAtom(name.namespace)
    self.onlyChild = field == .author && isAtom ? "name" : nil
  }

  mutating func append(text bytes: [UInt8]) {
    if onlyChild == nil || insideOnlyChild { text.append(contentsOf: bytes) }
    guard field.mayHoldMarkup else { return }
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "&"): markup.append(contentsOf: "&amp;".utf8)
      case UInt8(ascii: "<"): markup.append(contentsOf: "&lt;".utf8)
      case UInt8(ascii: ">"): markup.append(contentsOf: "&gt;".utf8)
      default: markup.append(byte)
      }
    }
  }

  /// Notes a child element's start tag, `childDepth` being its element depth.
  mutating func startChild(_ name: ExpandedName, attributes: [XMLAttribute], depth childDepth: Int) {
    if childDepth == depth + 1 && name.local == onlyChild { insideOnlyChild = true }
    guard field.mayHoldMarkup else { return }
    hasChildElements = true
    markup.append(contentsOf: "<\(name.local)".utf8)
    for attribute in attributes where attribute.name.prefix.isEmpty && attribute.name.local != "xmlns" {
      let value = attribute.value.replacingAll("&", "&amp;").replacingAll("\"", "&quot;").replacingAll(
        "<", "&lt;")
      markup.append(contentsOf: " \(attribute.name.local)=\"\(value)\"".utf8)
    }
    markup.append(UInt8(ascii: ">"))
  }

  mutating func endChild(_ name: ExpandedName, depth childDepth: Int) {
    if childDepth == depth + 1 && name.local == onlyChild { insideOnlyChild = false }
    guard field.mayHoldMarkup else { return }
    markup.append(contentsOf: "</\(name.local)>".utf8)
  }

  /// The field's value as one line of text, whitespace collapsed; `nil` when blank.
  var plainValue: String? {
    let value = Whitespace.joinedWords(String(decoding: text, as: UTF8.self))
    return value.isEmpty ? nil : value
  }

  /// The field's value as a body: HTML (escaped, CDATA or inline markup) or plain text.
  var body: FeedBody? {
    if hasChildElements || type == "xhtml" || type == "application/xhtml+xml" {
      return FeedBody(text: String(decoding: markup, as: UTF8.self), isHTML: true)
    }
    let isHTML: Bool
    switch type {
    case "html", "text/html": isHTML = true
    case "text", "text/plain": isHTML = false
    default: isHTML = !isAtom
    }
    let value = String(decoding: text, as: UTF8.self)
    return value.allSatisfy(\.isWhitespace) ? nil : FeedBody(text: value, isHTML: isHTML)
  }
}

/// The text of a description, summary or content element, and whether it is HTML.
struct FeedBody: Sendable, Hashable {
  var text: String
  var isHTML: Bool

  /// The body as blocks of main text.
  var blocks: [Draft.Block] {
    isHTML ? HTMLReader.blocks(fromFragment: text) : PlainTextReader.blocks(from: text)
  }

  /// The body as one line of plain text.
  var plainText: String {
    blocks.map(\.text).joined(separator: " ")
  }
}

extension String {
  fileprivate func replacingAll(_ target: String, _ replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
