import DatelineKit
import DatelineStore
import Hummingbird

extension NewsDesk {
  var storeEndpoints: [Endpoint] {
    [
      Endpoint(
        .post, "/v1/articles", id: "ingestArticle",
        summary: "Analyse one story sent as text or HTML and store it (idempotent by content hash)",
        access: .token,
        parameters: Self.dateParameters, bodyTypes: Self.bodyTypes,
        responses: [
          .json(201, "Stored; Location names the article", schema: "WriteSummary"),
          .json(200, "Stored already (same content hash)", schema: "WriteSummary"),
          .problem(413, "The body is too large"), .problem(415, "The body is neither text nor HTML"),
          .problem(422, "The body cannot be read as a story"),
          .problem(503, "The store is busy or unreachable"),
        ]
      ) { [self] request, _ in
        let article = try await analyze(request, input: "request")
        let record = ArticleRecord(article)
        let summary = try await store.write([record])
        let json: JSONValue = .object([
          ("inserted", .int(summary.inserted)), ("duplicates", .int(summary.duplicates)),
          ("clustered", .int(summary.clustered)), ("keys", [.string(record.contentHash)]),
        ])
        return JSONResponse.ok(
          json, status: summary.inserted > 0 ? .created : .ok,
          headers: [.location: "/v1/articles/" + record.contentHash])
      },
      Endpoint(
        .get, "/v1/articles", id: "listArticles",
        summary: "The stored articles, newest first, filtered and paged",
        parameters: ArticleFilter.parameters,
        responses: [
          .json(200, "A page of articles", schema: "ArticleList"), .problem(400, "A bad parameter"),
        ]
      ) { [self] request, _ in
        try await articleList(ArticleFilter(request: request), path: "/v1/articles")
      },
      Endpoint(
        .get, "/v1/articles/{key}", id: "getArticle",
        summary: "One stored article: its analysis and its story's counts",
        parameters: [.path("key", "The article's key (its content hash, as listings give it)")],
        responses: [.json(200, "The article", schema: "StoredArticle"), .problem(404, "No such article")]
      ) { [self] _, context in
        let stored = try await article(key: context.parameters.get("key") ?? "")
        let summary = ArticleSummary(stored)
        return JSONResponse.ok(.object([("summary", summary.json), ("article", summary.value ?? .null)]))
      },
      Endpoint(
        .get, "/v1/search", id: "search", summary: "Full-text search over headlines and texts, newest first",
        parameters: ArticleFilter.parameters,
        responses: [
          .json(200, "A page of matching articles", schema: "ArticleList"),
          .problem(400, "No words to search"),
        ]
      ) { [self] request, _ in
        let filter = try ArticleFilter(request: request)
        guard filter.query.text != nil else {
          throw Problem(.badRequest, "q: give the words to search for", code: "bad-parameter", input: "q")
        }
        return try await articleList(filter, path: "/v1/search")
      },
      Endpoint(
        .get, "/v1/events", id: "listEvents", summary: "Events of the stored articles, newest article first",
        parameters: ArticleFilter.parameters + [.query("actor", "An actor on either side of the event")],
        responses: [
          .json(200, "Events, each with its article", schema: "ItemList"), .problem(400, "A bad parameter"),
        ]
      ) { [self] request, _ in
        let filter = try ArticleFilter(request: request, defaultLimit: 50)
        let actor = request.queryFields["actor"]?.trimmingSpaces
        let found = try await events(filter, actor: actor.flatMap { $0.isEmpty ? nil : $0 })
        return JSONResponse.ok(itemList(found.items, limit: filter.limit, complete: found.complete))
      },
      Endpoint(
        .get, "/v1/quotes", id: "listQuotes", summary: "Quotes of the stored articles, newest article first",
        parameters: ArticleFilter.parameters + [.query("speaker", "Only quotes by this speaker")],
        responses: [
          .json(200, "Quotes, each with its article", schema: "ItemList"), .problem(400, "A bad parameter"),
        ]
      ) { [self] request, _ in
        let filter = try ArticleFilter(request: request, defaultLimit: 50)
        let speaker = request.queryFields["speaker"]?.trimmingSpaces
        let found = try await quotes(filter, speaker: speaker.flatMap { $0.isEmpty ? nil : $0 })
        return JSONResponse.ok(itemList(found.items, limit: filter.limit, complete: found.complete))
      },
      Endpoint(
        .get, "/v1/timeline", id: "timeline", summary: "Events across stories in date order",
        parameters: ArticleFilter.parameters + [.query("actor", "An actor on either side of the event")],
        responses: [
          .json(200, "Events by day, oldest first", schema: "ItemList"), .problem(400, "A bad parameter"),
        ]
      ) { [self] request, _ in
        let filter = try ArticleFilter(request: request, defaultLimit: 100)
        let actor = request.queryFields["actor"]?.trimmingSpaces
        let found = try await timeline(filter, actor: actor.flatMap { $0.isEmpty ? nil : $0 })
        return JSONResponse.ok(itemList(found.items, limit: filter.limit, complete: found.complete))
      },
      Endpoint(
        .get, "/v1/entities/{name}", id: "getEntity",
        summary: "An actor: the articles naming it, its quotes, its events as source or target",
        parameters: [.path("name", "The entity's name as the entities stage writes it")],
        responses: [.json(200, "What the store knows of the entity", schema: "Entity")]
      ) { [self] _, context in
        let actor = try await actor(named: context.parameters.get("name") ?? "")
        return JSONResponse.ok(actor.json)
      },
    ]
  }

  /// One stored article by key, or a 404 problem.
  func article(key: String) async throws -> StoredArticle {
    var query = ArticleQuery(limit: 1)
    query.contentHash = key
    guard let stored = try await store.query(query).first else {
      throw Problem(.notFound, "no stored article has the key \(key)", code: "not-found")
    }
    return stored
  }

  func articleList(_ filter: ArticleFilter, path: String) async throws -> Response {
    let page = try await filter.page(in: store)
    let next: JSONValue =
      page.more ? .string(path + "?" + filter.queryString(offset: filter.offset + filter.limit)) : .null
    return JSONResponse.ok(
      .object([
        ("articles", .array(page.articles.map { ArticleSummary($0).json })),
        ("limit", .int(filter.limit)), ("offset", .int(filter.offset)), ("next", next),
      ]))
  }

  func itemList(_ items: [ItemCollector.Item], limit: Int, complete: Bool) -> JSONValue {
    .object([("items", .array(items.map(\.json))), ("limit", .int(limit)), ("complete", .bool(complete))])
  }

  func events(_ filter: ArticleFilter, actor: String?) async throws -> (
    items: [ItemCollector.Item], complete: Bool
  ) {
    // Sides may be codes rather than words of the text, so the actor is matched here, not by the store.
    let found = try await ItemCollector(array: "events", limit: filter.limit).collect(
      from: store, query: filter.query
    ) {
      guard let actor else { return true }
      return Self.involves($0, actor)
    }
    return (found.items, found.complete)
  }

  func quotes(_ filter: ArticleFilter, speaker: String?) async throws -> (
    items: [ItemCollector.Item], complete: Bool
  ) {
    var query = filter.query
    // A speaker is named in the text, so its words narrow the articles the store returns.
    if let speaker { query.text = [query.text, speaker].compactMap { $0 }.joined(separator: " ") }
    let found = try await ItemCollector(array: "quotes", limit: filter.limit).collect(
      from: store, query: query
    ) {
      guard let speaker else { return true }
      return ItemCollector.side($0, ItemCollector.speakerKeys)?.caseInsensitiveEquals(speaker) ?? false
    }
    return (found.items, found.complete)
  }

  /// Events sorted by day (their own date, else their article's), oldest first.
  func timeline(_ filter: ArticleFilter, actor: String?) async throws -> (
    items: [ItemCollector.Item], complete: Bool
  ) {
    var collectFilter = filter
    collectFilter.limit = 5_000
    let found = try await events(collectFilter, actor: actor)
    let inRange = found.items.filter { item in
      guard let day = item.day else { return filter.query.from == nil && filter.query.to == nil }
      if let from = filter.query.from, day < from { return false }
      if let to = filter.query.to, day > to { return false }
      return true
    }
    let sorted = inRange.enumerated().sorted { a, b in
      let da = a.element.day ?? "9999", db = b.element.day ?? "9999"
      return da != db ? da < db : a.offset < b.offset
    }.map(\.element)
    return (Array(sorted.prefix(filter.limit)), found.complete && sorted.count <= filter.limit)
  }

  static func involves(_ event: JSONValue, _ actor: String) -> Bool {
    ItemCollector.side(event, ItemCollector.sourceKeys)?.caseInsensitiveEquals(actor) == true
      || ItemCollector.side(event, ItemCollector.targetKeys)?.caseInsensitiveEquals(actor) == true
  }

  /// What the store knows of an actor.
  func actor(named name: String) async throws -> Actor {
    let trimmed = name.trimmingSpaces
    guard !trimmed.isEmpty else {
      throw Problem(.badRequest, "name: empty", code: "bad-parameter", input: "name")
    }
    var mentioning = ArticleQuery(limit: 50)
    mentioning.matches = [.init(array: "entities", field: "name", value: trimmed)]
    let articles = try await store.query(mentioning).map(ArticleSummary.init)
    let filter = try ArticleFilter(["limit": "100"])
    let quotes = try await quotes(filter, speaker: trimmed).items
    let events = try await events(filter, actor: trimmed).items
    return Actor(name: trimmed, articles: articles, quotes: quotes, events: events)
  }
}

/// An actor's page data: articles naming it, its quotes, its events, and who it deals with.
struct Actor {
  var name: String
  var articles: [ArticleSummary]
  var quotes: [ItemCollector.Item]
  var events: [ItemCollector.Item]

  /// The other side of its events, most frequent first.
  var counterparts: [(name: String, count: Int)] {
    var counts: [String: Int] = [:]
    for event in events {
      let source = ItemCollector.side(event.value, ItemCollector.sourceKeys)
      let target = ItemCollector.side(event.value, ItemCollector.targetKeys)
      let other = source?.caseInsensitiveEquals(name) == true ? target : source
      if let other, !other.caseInsensitiveEquals(name) { counts[other, default: 0] += 1 }
    }
    return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map {
      ($0.key, $0.value)
    }
  }

  var json: JSONValue {
    .object([
      ("name", .string(name)),
      ("articles", .array(articles.map(\.json))),
      ("quotes", .array(quotes.map(\.json))),
      ("events", .array(events.map(\.json))),
      (
        "interactsWith",
        .array(counterparts.map { .object([("name", .string($0.name)), ("events", .int($0.count))]) })
      ),
    ])
  }
}

extension String {
  func caseInsensitiveEquals(_ other: String) -> Bool { lowercased() == other.lowercased() }
}
