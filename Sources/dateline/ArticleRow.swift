import DatelineKit
import DatelineStore
import Foundation

/// A stored article as one JSON Lines object or one CSV row.
enum ArticleRow {
  static let columns = [
    "id", "published", "source", "agency", "outlet", "country", "place", "headline", "cluster", "numArticles",
    "numSources", "url", "input", "contentHash",
  ]

  static func values(_ article: StoredArticle) -> [String?] {
    [
      article.id, article.published, article.source, article.agency, article.outlet, article.country,
      article.place,
      article.headline, article.cluster, String(article.numArticles), String(article.numSources), article.url,
      article.input, article.contentHash,
    ]
  }

  static func json(_ article: StoredArticle) -> String {
    var fields: [(String, JSONValue)] = []
    for (column, value) in zip(columns, values(article)) {
      if column == "numArticles" || column == "numSources" {
        fields.append((column, .int(Int(value!)!)))
      } else {
        fields.append((column, value.map { .string($0) } ?? .null))
      }
    }
    return JSONValue.object(fields).serialized()
  }

  static func csvHeader(withText: Bool) -> String {
    (columns + (withText ? ["text"] : [])).joined(separator: ",")
  }

  /// One RFC 4180 row: fields with a comma, quote or line break are quoted, quotes doubled.
  static func csv(_ article: StoredArticle, withText: Bool) -> String {
    var values = values(article)
    if withText { values.append(Self.text(of: article)) }
    return values.map { value -> String in
      guard let value else { return "" }
      guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
        return value
      }
      return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }.joined(separator: ",")
  }

  /// The article's text, read back from its JSON.
  static func text(of article: StoredArticle) -> String? {
    guard let object = try? JSONSerialization.jsonObject(with: Data(article.json.utf8)) as? [String: Any]
    else {
      return nil
    }
    return object["text"] as? String
  }
}

/// Articles as a table for people: day, source, country, story size, headline.
enum ArticleTable {
  static func render(_ articles: [StoredArticle]) -> String {
    guard !articles.isEmpty else { return "(no articles)" }
    var rows = [["published", "source", "country", "story", "headline"]]
    for article in articles {
      rows.append([
        article.published ?? "-", article.source, article.country ?? "-",
        "\(article.numArticles) art/\(article.numSources) src", article.headline ?? article.id,
      ])
    }
    var widths = [Int](repeating: 0, count: 5)
    for row in rows {
      for (index, cell) in row.enumerated() where index < 4 { widths[index] = max(widths[index], cell.count) }
    }
    return rows.map { row in
      row.enumerated().map { index, cell in
        index < 4
          ? cell.padding(toLength: widths[index], withPad: " ", startingAt: 0) : String(cell.prefix(80))
      }.joined(separator: "  ")
    }.joined(separator: "\n")
  }
}
