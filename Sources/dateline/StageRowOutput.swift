import DatelineKit
import DatelineStore
import Foundation

/// Event and quote rows of `dateline query --events` / `--quotes`: a table, JSON Lines or CSV.
enum StageRowOutput {
  static let eventColumns = [
    "date", "code", "root", "quadClass", "goldstein", "sourceCode", "sourceName", "sourceEntity",
    "targetCode",
    "targetName", "targetEntity", "location", "evidence", "start", "end", "sentence", "published", "source",
    "headline", "id", "contentHash",
  ]

  static func values(_ event: StoredEvent) -> [JSONValue] {
    func text(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
    return [
      text(event.date), .string(event.code), .string(event.root), event.quadClass.map { .int($0) } ?? .null,
      event.goldstein.map { .double($0) } ?? .null, .string(event.sourceCode), .string(event.sourceName),
      text(event.sourceEntity), text(event.targetCode), text(event.targetName), text(event.targetEntity),
      text(event.location), .string(event.evidence), .int(event.start), .int(event.end), .int(event.sentence),
    ] + article(event.article)
  }

  static let quoteColumns = [
    "speakerName", "speaker", "kind", "cue", "channel", "text", "start", "end", "published", "source",
    "headline",
    "id", "contentHash",
  ]

  static func values(_ quote: StoredQuote) -> [JSONValue] {
    func text(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
    return [
      text(quote.speakerName), text(quote.speaker), .string(quote.kind), text(quote.cue), text(quote.channel),
      .string(quote.text), .int(quote.start), .int(quote.end),
    ] + article(quote.article)
  }

  static func article(_ article: StoredRowArticle) -> [JSONValue] {
    [
      article.published.map { .string($0) } ?? .null, .string(article.source),
      article.headline.map { .string($0) } ?? .null, .string(article.id), .string(article.contentHash),
    ]
  }

  static func events(_ store: any ArticleStore, _ query: ArticleQuery, format: Query.Format) async throws {
    switch format {
    case .table:
      var rows: [[String]] = [["date", "code", "source", "target", "evidence"]]
      try await store.forEachEvent(query) { event in
        rows.append([
          event.date ?? "-", event.code, event.sourceCode, event.targetCode ?? "-",
          event.evidence.replacingOccurrences(of: "\n", with: " "),
        ])
      }
      print(rows.count == 1 ? "(no events)" : table(rows))
    case .jsonl:
      try await store.forEachEvent(query) { print(object(eventColumns, values($0))) }
    case .csv:
      print(eventColumns.joined(separator: ","))
      try await store.forEachEvent(query) { print(csv(values($0))) }
    }
  }

  static func quotes(_ store: any ArticleStore, _ query: ArticleQuery, format: Query.Format) async throws {
    switch format {
    case .table:
      var rows: [[String]] = [["published", "source", "speaker", "kind", "quote"]]
      try await store.forEachQuote(query) { quote in
        rows.append([
          quote.article.published ?? "-", quote.article.source, quote.speakerName ?? "-", quote.kind,
          quote.text.replacingOccurrences(of: "\n", with: " "),
        ])
      }
      print(rows.count == 1 ? "(no quotes)" : table(rows))
    case .jsonl:
      try await store.forEachQuote(query) { print(object(quoteColumns, values($0))) }
    case .csv:
      print(quoteColumns.joined(separator: ","))
      try await store.forEachQuote(query) { print(csv(values($0))) }
    }
  }

  static func object(_ columns: [String], _ values: [JSONValue]) -> String {
    JSONValue.object(Array(zip(columns, values))).serialized()
  }

  /// One RFC 4180 row: fields with a comma, quote or line break are quoted, quotes doubled.
  static func csv(_ values: [JSONValue]) -> String {
    values.map { value -> String in
      let text: String
      switch value {
      case .null: return ""
      case .string(let string): text = string
      default: text = value.serialized()
      }
      guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
      return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }.joined(separator: ",")
  }

  /// Columns padded to their widest cell; the last one cut at 80 characters.
  static func table(_ rows: [[String]]) -> String {
    let last = rows[0].count - 1
    var widths = [Int](repeating: 0, count: last)
    for row in rows {
      for index in 0..<last { widths[index] = max(widths[index], row[index].count) }
    }
    return rows.map { row in
      row.enumerated().map { index, cell in
        index < last
          ? cell.padding(toLength: widths[index], withPad: " ", startingAt: 0) : String(cell.prefix(80))
      }.joined(separator: "  ")
    }.joined(separator: "\n")
  }
}
