import Foundation

/// Article metadata from a page's JSON-LD (`<script type="application/ld+json">`, schema.org).
///
/// Only article-like objects count (`NewsArticle`, `Article`, `BlogPosting`, …), found at the top
/// level, in arrays or in an `@graph`. Malformed JSON is ignored: metadata is a bonus, never a
/// reason to fail a page.
struct JSONLinkedData: Sendable, Hashable {
  var headline: String?
  var datePublished: String?
  var author: String?
  var publisher: String?
  var description: String?
  var url: String?
  /// The article's full text, when the page ships it as data (pages rendered by script).
  var articleBody: String?

  /// The schema.org types read as articles.
  static let articleTypes: Set<String> = [
    "article", "newsarticle", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "livebloggposting",
    "liveblogposting", "scholarlyarticle", "techarticle", "report",
  ]

  /// Reads every JSON-LD script in `document`; the first article-like object wins per field.
  init(document: HTMLDocument) {
    for index in document.elements(named: "script") {
      guard let type = document[index].attribute("type")?.lowercased(), type.contains("ld+json") else {
        continue
      }
      guard let json = Self.parse(document.textContent(index)) else { continue }
      for object in Self.articleObjects(in: json) { merge(object) }
    }
  }

  init() {}

  /// Parses JSON text leniently: raw line breaks and tabs, which pages often leave inside
  /// strings, become spaces.
  static func parse(_ text: String) -> Any? {
    var bytes = Array(text.utf8)
    for index in bytes.indices where bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
      bytes[index] = 0x20
    }
    return try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
  }

  /// The article-like objects in a JSON value, depth-first.
  static func articleObjects(in json: Any, depth: Int = 0) -> [[String: Any]] {
    guard depth < 8 else { return [] }
    if let array = json as? [Any] {
      return array.flatMap { articleObjects(in: $0, depth: depth + 1) }
    }
    guard let object = json as? [String: Any] else { return [] }
    var result: [[String: Any]] = []
    if isArticle(object) { result.append(object) }
    if let graph = object["@graph"] { result += articleObjects(in: graph, depth: depth + 1) }
    if let main = object["mainEntity"] as? [String: Any] {
      result += articleObjects(in: main, depth: depth + 1)
    }
    return result
  }

  private static func isArticle(_ object: [String: Any]) -> Bool {
    let types: [String]
    if let type = object["@type"] as? String {
      types = [type]
    } else {
      types = object["@type"] as? [String] ?? []
    }
    return types.contains { articleTypes.contains($0.lowercased()) }
  }

  private mutating func merge(_ object: [String: Any]) {
    headline = headline ?? Self.string(object["headline"]) ?? Self.string(object["name"])
    datePublished =
      datePublished ?? Self.string(object["datePublished"]) ?? Self.string(object["dateCreated"])
    author = author ?? Self.names(object["author"]) ?? Self.names(object["creator"])
    publisher = publisher ?? Self.names(object["publisher"])
    description = description ?? Self.string(object["description"])
    url = url ?? Self.string(object["url"]) ?? Self.names(object["mainEntityOfPage"], key: "@id")
    if articleBody == nil, let text = object["articleBody"] as? String, !text.isEmpty { articleBody = text }
  }

  /// A non-empty string, whitespace collapsed.
  static func string(_ value: Any?) -> String? {
    guard let text = value as? String else { return nil }
    let collapsed = Whitespace.collapsed(text)
    return collapsed.isEmpty ? nil : collapsed
  }

  /// A name from a string, an object's `name` (or `key`), or a list of those joined by ", ".
  static func names(_ value: Any?, key: String = "name") -> String? {
    if let text = string(value) { return text }
    if let object = value as? [String: Any] { return string(object[key]) }
    if let array = value as? [Any] {
      let all = array.compactMap { names($0, key: key) }
      return all.isEmpty ? nil : all.joined(separator: ", ")
    }
    return nil
  }
}
