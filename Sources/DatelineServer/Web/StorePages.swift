import DatelineKit
import DatelineStore
import Hummingbird

extension NewsDesk {
  /// The pages over the store: the feed, a story, the timeline, an actor, search.
  var storePageEndpoints: [Endpoint] {
    [
      .page(.get, "/", id: "feedPage", summary: "All news: the stored stories, newest first") {
        [self] request, _ in
        let filter = try ArticleFilter(request: request)
        let page = try await filter.page(in: store)
        var main = "<h1>All news</h1>"
        main += FeedPage.filters(filter, action: "/")
        main += FeedPage.list(page.articles.map(ArticleSummary.init), empty: "No stored stories match.")
        main += FeedPage.pager(filter, more: page.more, path: "/")
        return Pages.response(Pages.document(title: "All news", main: main, section: .feed))
      },
      .page(.get, "/articles/{key}", id: "storyPage", summary: "A stored story") { [self] _, context in
        let stored = try await article(key: context.parameters.get("key") ?? "")
        guard let view = try? ArticleView(json: stored.json) else {
          throw Problem(.internalServerError, "the stored article cannot be read", code: "unreadable")
        }
        var page = StoryPage(view: view)
        page.facts = [("Story", "\(stored.numArticles) article(s) from \(stored.numSources) source(s)")]
        var main = page.html
        if stored.numArticles > 1 {
          let others = try await store.query(ArticleQuery(cluster: stored.cluster, limit: 20))
            .filter { $0.contentHash != stored.contentHash }
          if !others.isEmpty {
            main +=
              "<section class=\"cluster\" aria-labelledby=\"also\"><h2 id=\"also\">The same story elsewhere</h2>"
            main += FeedPage.list(others.map(ArticleSummary.init), empty: "")
            main += "</section>"
          }
        }
        return Pages.response(Pages.document(title: page.title, main: main, section: .feed))
      },
      .page(.get, "/timeline", id: "timelinePage", summary: "Events across stories in date order") {
        [self] request, _ in
        let fields = request.queryFields
        let filter = try ArticleFilter(fields, defaultLimit: 100)
        let actor = fields["actor"]?.trimmingSpaces
        let found = try await timeline(filter, actor: actor.flatMap { $0.isEmpty ? nil : $0 })
        var main = "<h1>Timeline</h1>"
        main += TimelinePage.filters(filter, actor: actor ?? "")
        main += TimelinePage.table(found.items)
        return Pages.response(Pages.document(title: "Timeline", main: main, section: .timeline))
      },
      .page(.get, "/entities/{name}", id: "actorPage", summary: "An actor") { [self] _, context in
        let actor = try await actor(named: context.parameters.get("name") ?? "")
        return Pages.response(
          Pages.document(title: HTML.escape(actor.name), main: ActorPage.html(actor), section: nil))
      },
      .page(.get, "/search", id: "searchPage", summary: "Search stories") { [self] request, _ in
        let filter = try ArticleFilter(request: request)
        var main = "<h1>Search</h1>"
        main += FeedPage.filters(filter, action: "/search", withText: true)
        if filter.query.text != nil {
          let page = try await filter.page(in: store)
          main += FeedPage.list(
            page.articles.map(ArticleSummary.init), empty: "No stories match these words.")
          main += FeedPage.pager(filter, more: page.more, path: "/search")
        }
        return Pages.response(
          Pages.document(title: "Search", main: main, section: .search, query: filter.query.text ?? ""))
      },
    ]
  }
}

/// The feed's pieces: the filter form, the list of stories, the pager.
enum FeedPage {
  static func filters(_ filter: ArticleFilter, action: String, withText: Bool = false) -> String {
    let query = filter.query
    func field(_ name: String, _ label: String, _ value: String?, type: String = "text") -> String {
      "<label for=\"f-\(name)\">\(label)<input id=\"f-\(name)\" name=\"\(name)\" type=\"\(type)\" value=\"\(HTML.escape(value ?? ""))\"></label>"
    }
    var out = "<form class=\"filters\" action=\"\(action)\" method=\"get\" aria-label=\"Filter stories\">"
    if withText { out += field("q", "Words", query.text, type: "search") }
    out += field("source", "Agency or outlet", query.source)
    out += field("country", "Country", query.country)
    out += field("entity", "Entity", query.matches.first { $0.array == "entities" }?.value)
    out += field("from", "From", query.from, type: "date")
    out += field("to", "To", query.to, type: "date")
    out += "<button type=\"submit\">Show</button></form>"
    return out
  }

  static func list(_ articles: [ArticleSummary], empty: String) -> String {
    guard !articles.isEmpty else {
      return empty.isEmpty ? "" : "<p class=\"empty\">\(HTML.escape(empty))</p>"
    }
    var out = "<ol class=\"feed\">"
    for article in articles {
      let stored = article.stored
      let headline = stored.headline ?? article.datelineText ?? stored.input
      out +=
        "<li><article><h2><a href=\"/articles/\(HTML.percentEncode(article.key))\">\(HTML.escape(headline))</a></h2>"
      var meta: [String] = []
      meta.append(HTML.escape(stored.agency ?? stored.outlet ?? stored.source))
      if let dateline = article.datelineText {
        meta.append(HTML.escape(dateline))
      } else if let place = stored.place {
        meta.append(HTML.escape(place))
      }
      if let published = stored.published {
        meta.append("<time datetime=\"\(HTML.escape(published))\">\(HTML.escape(published))</time>")
      }
      if stored.numArticles > 1 {
        meta.append("\(stored.numArticles) articles, \(stored.numSources) sources")
      }
      out += "<p class=\"meta\">" + meta.map { "<span>\($0)</span>" }.joined() + "</p>"
      let actors = article.topActors
      if !actors.isEmpty {
        out += "<p class=\"actors\">Actors: "
        out += actors.map { "<a href=\"/entities/\(HTML.percentEncode($0))\">\(HTML.escape($0))</a>" }.joined(
          separator: ", ")
        out += "</p>"
      }
      out += "</article></li>"
    }
    return out + "</ol>"
  }

  static func pager(_ filter: ArticleFilter, more: Bool, path: String) -> String {
    var links: [String] = []
    if filter.offset > 0 {
      links.append(
        "<a href=\"\(path)?\(HTML.escape(filter.queryString(offset: max(0, filter.offset - filter.limit))))\" rel=\"prev\">Newer</a>"
      )
    }
    if more {
      links.append(
        "<a href=\"\(path)?\(HTML.escape(filter.queryString(offset: filter.offset + filter.limit)))\" rel=\"next\">Older</a>"
      )
    }
    return links.isEmpty ? "" : "<nav class=\"pager\" aria-label=\"Pages\">" + links.joined() + "</nav>"
  }
}

enum TimelinePage {
  static func filters(_ filter: ArticleFilter, actor: String) -> String {
    let query = filter.query
    func field(_ name: String, _ label: String, _ value: String?, type: String = "text") -> String {
      "<label for=\"t-\(name)\">\(label)<input id=\"t-\(name)\" name=\"\(name)\" type=\"\(type)\" value=\"\(HTML.escape(value ?? ""))\"></label>"
    }
    return "<form class=\"filters\" action=\"/timeline\" method=\"get\" aria-label=\"Filter events\">"
      + field("actor", "Actor", actor) + field("country", "Country", query.country)
      + field("from", "From", query.from, type: "date") + field("to", "To", query.to, type: "date")
      + "<button type=\"submit\">Show</button></form>"
  }

  static func table(_ items: [ItemCollector.Item]) -> String {
    guard !items.isEmpty else { return "<p class=\"empty\">No events match in the stored stories.</p>" }
    var out = "<table class=\"events\"><caption class=\"visually-hidden\">Events by day</caption>"
    out +=
      "<thead><tr><th scope=\"col\">Day</th><th scope=\"col\">Event</th><th scope=\"col\">Story</th></tr></thead><tbody>"
    for item in items { out += row(item) }
    return out + "</tbody></table>"
  }

  static func row(_ item: ItemCollector.Item) -> String {
    let text = ArticleView.readable(item.value) ?? item.value["text"]?.stringValue ?? ""
    var event = HTML.escape(text)
    for side in [
      ItemCollector.side(item.value, ItemCollector.sourceKeys),
      ItemCollector.side(item.value, ItemCollector.targetKeys),
    ] {
      if let side { event += " <a href=\"/entities/\(HTML.percentEncode(side))\">\(HTML.escape(side))</a>" }
    }
    let day = item.day.map { "<time datetime=\"\(HTML.escape($0))\">\(HTML.escape($0))</time>" } ?? ""
    let headline = HTML.escape(item.article.headline ?? item.article.input)
    return
      "<tr><td>\(day)</td><td>\(event)</td><td><a href=\"/articles/\(HTML.percentEncode(item.article.key))\">\(headline)</a></td></tr>"
  }
}

enum ActorPage {
  static func html(_ actor: Actor) -> String {
    var out = "<h1>\(HTML.escape(actor.name))</h1>"
    out += "<section aria-labelledby=\"a-quotes\"><h2 id=\"a-quotes\">Quotes</h2>"
    if actor.quotes.isEmpty {
      out += "<p class=\"empty\">No stored quotes by \(HTML.escape(actor.name)).</p>"
    } else {
      out += "<ul>"
      for quote in actor.quotes {
        let text = quote.value["text"]?.stringValue ?? ""
        out +=
          "<li><blockquote>\(HTML.escape(text))</blockquote><p class=\"meta\"><a href=\"/articles/\(HTML.percentEncode(quote.article.key))\">\(HTML.escape(quote.article.headline ?? quote.article.input))</a></p></li>"
      }
      out += "</ul>"
    }
    out +=
      "</section><section aria-labelledby=\"a-events\"><h2 id=\"a-events\">Events as source or target</h2>"
    out += TimelinePage.table(actor.events)
    out += "</section><section aria-labelledby=\"a-with\"><h2 id=\"a-with\">Interacts with</h2>"
    let counterparts = actor.counterparts
    if counterparts.isEmpty {
      out += "<p class=\"empty\">No counterparts in the stored events.</p>"
    } else {
      out +=
        "<ul>"
        + counterparts.map {
          "<li><a href=\"/entities/\(HTML.percentEncode($0.name))\">\(HTML.escape($0.name))</a> (\($0.count))</li>"
        }.joined() + "</ul>"
    }
    out +=
      "</section><section aria-labelledby=\"a-articles\"><h2 id=\"a-articles\">Stories naming \(HTML.escape(actor.name))</h2>"
    out += FeedPage.list(actor.articles, empty: "No stored stories name this entity.")
    return out + "</section>"
  }
}
