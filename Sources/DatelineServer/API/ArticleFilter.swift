import DatelineKit
import DatelineStore
import Hummingbird

/// The filters and paging of a listing request (`?q=&source=&country=&entity=&from=&to=&limit=&offset=`),
/// checked, as a store query.
struct ArticleFilter {
  var query = ArticleQuery()
  var limit = 20
  var offset = 0

  static let maximumLimit = 100
  /// Deeper pages are refused: paging is by offset, and the store reads every row before it.
  static let maximumOffset = 10_000

  static let parameters: [Endpoint.Parameter] = [
    .query("q", "Words that must all occur in the headline or text"),
    .query("source", "The agency or outlet"),
    .query("country", "The dateline's country"),
    .query("entity", "An entity named in the story (the entities stage's `text`)"),
    .query("from", "The first publication day (YYYY-MM-DD)"),
    .query("to", "The last publication day (YYYY-MM-DD)"),
    .query("limit", "At most this many results (1–100, default 20)", type: "integer"),
    .query("offset", "Skip this many results (0–10000)", type: "integer"),
  ]

  init(_ parameters: [String: String], defaultLimit: Int = 20) throws {
    func text(_ name: String) -> String? {
      guard let value = parameters[name]?.trimmingSpaces, !value.isEmpty else { return nil }
      return value
    }
    query.text = text("q")
    query.source = text("source")
    query.country = text("country")
    query.from = try Self.day(text("from"), name: "from")
    query.to = try Self.day(text("to"), name: "to")
    if let entity = text("entity") {
      query.matches.append(.init(array: "entities", field: "name", value: entity))
    }
    limit = try Self.integer(text("limit"), name: "limit", in: 1...Self.maximumLimit) ?? defaultLimit
    offset = try Self.integer(text("offset"), name: "offset", in: 0...Self.maximumOffset) ?? 0
  }

  init(request: Request, defaultLimit: Int = 20) throws {
    try self.init(request.queryFields, defaultLimit: defaultLimit)
  }

  static func day(_ value: String?, name: String) throws -> String? {
    guard let value else { return nil }
    guard let date = MetadataDate.parse(value) else {
      throw Problem(.badRequest, "\(name): not a date: \(value)", code: "bad-parameter", input: name)
    }
    return date.iso
  }

  static func integer(_ value: String?, name: String, in range: ClosedRange<Int>) throws -> Int? {
    guard let value else { return nil }
    guard let number = Int(value), range.contains(number) else {
      throw Problem(
        .badRequest,
        "\(name): expected a whole number from \(range.lowerBound) to \(range.upperBound), not \(value)",
        code: "bad-parameter", input: name)
    }
    return number
  }

  /// The page of articles, and whether another follows. Articles before the page are counted,
  /// not kept, so deep pages cost reading time but not memory.
  func page(in store: any ArticleStore) async throws -> (articles: [StoredArticle], more: Bool) {
    var query = self.query
    query.limit = offset + limit + 1
    var page: [StoredArticle] = []
    var seen = 0
    try await store.forEach(query) { article in
      if seen >= offset && seen < offset + limit { page.append(article) }
      seen += 1
    }
    return (page, seen > offset + limit)
  }

  /// The query string of these filters at another offset, for `next` links.
  func queryString(offset: Int) -> String {
    var pairs: [(String, String)] = []
    if let text = query.text { pairs.append(("q", text)) }
    if let source = query.source { pairs.append(("source", source)) }
    if let country = query.country { pairs.append(("country", country)) }
    for match in query.matches where match.array == "entities" { pairs.append(("entity", match.value)) }
    if let from = query.from { pairs.append(("from", from)) }
    if let to = query.to { pairs.append(("to", to)) }
    pairs.append(("limit", String(limit)))
    pairs.append(("offset", String(offset)))
    return pairs.map { HTML.percentEncode($0.0) + "=" + HTML.percentEncode($0.1) }.joined(separator: "&")
  }
}

extension Request {
  /// The query string's fields, percent-decoded; the first of repeated names wins.
  var queryFields: [String: String] {
    var fields: [String: String] = [:]
    for (name, value) in FormFields(uri.query ?? "").fields where fields[name] == nil { fields[name] = value }
    return fields
  }
}

extension StringProtocol {
  var trimmingSpaces: String {
    String(self.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
  }
}
