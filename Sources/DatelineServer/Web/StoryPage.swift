/// The story page: the article's text with every span group highlighted inline, and the spans
/// listed beside the text, each linking to its place in the text.
///
/// Works without JavaScript (highlights are marks, the lists are links to anchors); the page's
/// script only adds switches to hide a group. Every piece of content is escaped.
struct StoryPage {
  var view: ArticleView
  /// Facts from the store (cluster counts), shown under the headline when known.
  var facts: [(String, String)] = []

  var title: String {
    HTML.escape(view.string("headline") ?? view.string("dateline", "text") ?? "Story")
  }

  var html: String {
    var main = "<div class=\"story\">"
    main += "<article class=\"story-text\" aria-label=\"Story\">"
    main += byline
    main += text
    main += "</article>"
    main += aside
    main += "</div>"
    return main
  }

  /// Agency, outlet, dateline, publication day and source link.
  var byline: String {
    var items: [(String, String)] = []
    if let agency = view.string("source", "agency") { items.append(("Agency", HTML.escape(agency))) }
    if let outlet = view.string("source", "outlet") { items.append(("Outlet", HTML.escape(outlet))) }
    if let place = view.string("dateline", "place") {
      var location = HTML.escape(place)
      if let country = view.string("dateline", "country") { location += ", " + HTML.escape(country) }
      items.append(("Dateline", location))
    }
    if let published = view.string("published") {
      items.append(
        ("Published", "<time datetime=\"\(HTML.escape(published))\">\(HTML.escape(published))</time>"))
    }
    if let link = HTML.safeLink(view.string("source", "url")) {
      items.append(("Source", "<a href=\"\(link)\" rel=\"noopener noreferrer nofollow\">\(link)</a>"))
    }
    for (name, value) in facts { items.append((HTML.escape(name), HTML.escape(value))) }
    guard !items.isEmpty else { return "" }
    return "<dl class=\"byline\">" + items.map { "<div><dt>\($0.0)</dt><dd>\($0.1)</dd></div>" }.joined()
      + "</dl>"
  }

  /// A span's place in the flattened list: group and index, for anchors and titles.
  struct Placed {
    var group: Int
    var index: Int
    var span: ArticleView.Span
  }

  var text: String {
    var placed: [Placed] = []
    for (group, spans) in view.groups.enumerated() {
      for (index, span) in spans.spans.enumerated() {
        placed.append(Placed(group: group, index: index, span: span))
      }
    }
    let headline = view.value["headlineSpan"].flatMap { ArticleView.range($0, count: view.scalars.count) }
    let standfirst = view.value["standfirstSpan"].flatMap { ArticleView.range($0, count: view.scalars.count) }
    var out = ""
    for paragraph in view.paragraphs {
      let inner = paragraphHTML(
        paragraph,
        spans: placed.filter { $0.span.start < paragraph.upperBound && $0.span.end > paragraph.lowerBound })
      if paragraph == headline {
        out += "<h1 class=\"headline\">" + inner + "</h1>"
      } else if paragraph == standfirst {
        out += "<p class=\"standfirst\">" + inner + "</p>"
      } else {
        out += "<p>" + inner + "</p>"
      }
    }
    if headline == nil { out = "<h1 class=\"headline\">\(title)</h1>" + out }
    return out
  }

  /// One paragraph cut at every span boundary; each piece is marked with the spans covering it.
  func paragraphHTML(_ paragraph: Range<Int>, spans: [Placed]) -> String {
    var cuts = Set([paragraph.lowerBound, paragraph.upperBound])
    for placed in spans {
      cuts.insert(max(placed.span.start, paragraph.lowerBound))
      cuts.insert(min(placed.span.end, paragraph.upperBound))
    }
    let points = cuts.sorted()
    var out = ""
    for (a, b) in zip(points, points.dropFirst()) {
      for placed in spans where placed.span.start == a {
        out += "<span class=\"anchor\" id=\"s\(placed.group)-\(placed.index)\"></span>"
      }
      let piece = HTML.escape(view.slice(a..<b))
      let covering = spans.filter { $0.span.start <= a && $0.span.end >= b }
      guard !covering.isEmpty else {
        out += piece
        continue
      }
      // The narrowest span colours the piece; the widest underlines it.
      let inner = covering.min { ($0.span.end - $0.span.start) < ($1.span.end - $1.span.start) }!
      let outer = covering.max { ($0.span.end - $0.span.start) < ($1.span.end - $1.span.start) }!
      let groups = Set(covering.map(\.group)).sorted().map { "g\($0)" }.joined(separator: " ")
      let title = covering.map { placed in
        Pages.title(ofGroup: view.groups[placed.group].name) + ": " + placed.span.label
      }.joined(separator: "; ")
      out +=
        "<mark class=\"hl p\(view.groups[inner.group].palette) u\(view.groups[outer.group].palette)\" "
        + "data-groups=\"\(groups)\" title=\"\(HTML.escape(title))\">\(piece)</mark>"
    }
    return out
  }

  /// The lists beside the text.
  var aside: String {
    guard !view.groups.isEmpty else { return "" }
    var out = "<aside class=\"spans\" aria-label=\"Found in the story\">"
    out += "<h2 class=\"visually-hidden\">Found in the story</h2>"
    out += "<fieldset class=\"toggles\" hidden><legend>Highlight</legend>"
    for (index, group) in view.groups.enumerated() {
      out +=
        "<label><input type=\"checkbox\" checked data-toggle=\"g\(index)\"> "
        + "<span class=\"swatch p\(group.palette)\"></span>\(HTML.escape(Pages.title(ofGroup: group.name)))</label>"
    }
    out += "</fieldset>"
    for (index, group) in view.groups.enumerated() {
      out += "<section class=\"group\" aria-labelledby=\"h-g\(index)\">"
      out +=
        "<h3 id=\"h-g\(index)\"><span class=\"swatch p\(group.palette)\"></span>"
        + "\(HTML.escape(Pages.title(ofGroup: group.name))) <span class=\"count\">(\(group.spans.count))</span></h3>"
      out += "<ol>"
      for (number, span) in group.spans.enumerated() {
        out += "<li><a href=\"#s\(index)-\(number)\">\(HTML.escape(span.label))</a>"
        if let readable = span.readable { out += "<p class=\"readable\">\(HTML.escape(readable))</p>" }
        if !span.details.isEmpty {
          out += "<dl class=\"details\">"
          for (key, value) in span.details {
            out += "<div><dt>\(HTML.escape(key))</dt><dd>\(HTML.escape(value))</dd></div>"
          }
          out += "</dl>"
        }
        out += "</li>"
      }
      out += "</ol></section>"
    }
    out += "</aside>"
    return out
  }
}
