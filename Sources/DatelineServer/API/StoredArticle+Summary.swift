import DatelineKit
import DatelineStore

/// A stored article as the feed shows it: its columns, its dateline, and its most-named actors.
struct ArticleSummary {
  var stored: StoredArticle
  /// The article's JSON, parsed; nil if it cannot be read.
  var value: JSONValue?

  init(_ stored: StoredArticle) {
    self.stored = stored
    value = try? JSONParser.parse(stored.json)
  }

  /// The URL key of the article: its content hash.
  var key: String { stored.contentHash }

  var datelineText: String? { value?["dateline"]?["text"]?.stringValue }

  /// The three entities named most often (by the entities stage's `text`), most first.
  var topActors: [String] {
    guard let entities = value?["entities"]?.arrayValue else { return [] }
    var counts: [String: Int] = [:]
    var order: [String] = []
    for entity in entities {
      guard let name = (entity["text"] ?? entity["name"])?.stringValue, !name.isEmpty else { continue }
      if counts[name] == nil { order.append(name) }
      counts[name, default: 0] += 1
    }
    return order.enumerated().sorted { a, b in
      counts[a.element]! != counts[b.element]! ? counts[a.element]! > counts[b.element]! : a.offset < b.offset
    }.prefix(3).map(\.element)
  }

  var json: JSONValue {
    .object([
      ("key", .string(key)),
      ("id", .string(stored.id)),
      ("source", .string(stored.source)),
      ("agency", .optional(stored.agency)),
      ("outlet", .optional(stored.outlet)),
      ("url", .optional(stored.url)),
      ("headline", .optional(stored.headline)),
      ("published", .optional(stored.published)),
      ("country", .optional(stored.country)),
      ("place", .optional(stored.place)),
      ("dateline", .optional(datelineText)),
      ("cluster", .string(stored.cluster)),
      ("numArticles", .int(stored.numArticles)),
      ("numSources", .int(stored.numSources)),
      ("topActors", .array(topActors.map { .string($0) })),
    ])
  }
}

/// Items of one array of the stored articles' JSON (`events`, `quotes`), each with its article.
struct ItemCollector {
  /// The article an item came from: enough to name and link it, not its whole JSON.
  struct Source {
    var key: String
    var headline: String?
    var published: String?
    var source: String
    var input: String

    init(_ stored: StoredArticle) {
      key = stored.contentHash
      headline = stored.headline
      published = stored.published
      source = stored.source
      input = stored.input
    }

    var json: JSONValue {
      .object([
        ("key", .string(key)), ("headline", .optional(headline)), ("published", .optional(published)),
        ("source", .string(source)),
      ])
    }
  }

  /// One item and the article it came from.
  struct Item {
    var value: JSONValue
    var article: Source

    /// The item's object with an `article` member (key, headline, published, source) added.
    var json: JSONValue {
      var fields = value.objectFields ?? [("value", value)]
      fields.append(("article", article.json))
      return .object(fields)
    }

    /// The item's day: its own `date` when it is a full ISO day, else the article's publication day.
    var day: String? {
      if let date = value["date"]?.stringValue, date.count >= 10,
        MetadataDate.parse(String(date.prefix(10))) != nil
      {
        return String(date.prefix(10))
      }
      return article.published
    }
  }

  var array: String
  /// At most this many items.
  var limit: Int
  /// At most this many articles are read, newest first, so that one request stays bounded.
  var articleLimit = 5_000

  private struct Enough: Error {}

  /// The items of matching articles, newest article first, that pass `keep`.
  func collect(from store: any ArticleStore, query: ArticleQuery, keep: (JSONValue) -> Bool = { _ in true })
    async throws -> (items: [Item], articlesRead: Int, complete: Bool)
  {
    var query = query
    query.limit = articleLimit
    var items: [Item] = []
    var read = 0
    var stopped = false
    do {
      try await store.forEach(query) { stored in
        read += 1
        guard let value = try? JSONParser.parse(stored.json), let found = value[array]?.arrayValue else {
          return
        }
        let source = Source(stored)
        for value in found where keep(value) {
          items.append(Item(value: value, article: source))
          if items.count >= limit { throw Enough() }
        }
      }
    } catch is Enough {
      stopped = true
    }
    return (items, read, !stopped && read < articleLimit)
  }

  /// The name of one side of an event (`source`/`actor1`, `target`/`actor2`), plain or nested.
  static func side(_ value: JSONValue, _ keys: [String]) -> String? {
    for key in keys { if let name = value[key].flatMap(ArticleView.scalar), !name.isEmpty { return name } }
    return nil
  }

  static let sourceKeys = ["source", "actor1", "sourceName"]
  static let targetKeys = ["target", "actor2", "targetName"]
  static let speakerKeys = ["speaker", "speakerName"]
}
