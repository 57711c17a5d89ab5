/// A page's metadata: title, date, author, outlet, summary and address.
///
/// Sources in order of trust: OpenGraph/article meta tags, JSON-LD, other `<meta>` names, then
/// the markup itself (`<title>`, the first `<h1>`, a `<time datetime>`).
struct HTMLMetadata: Sendable, Hashable {
  var title: String?
  var published: String?
  var author: String?
  var source: String?
  var summary: String?
  var url: String?
  /// The article text from JSON-LD `articleBody`, raw (line breaks kept).
  var articleBody: String?

  /// `<meta>` names that carry a publication date, best first.
  static let dateNames = [
    "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
    "publish-date", "publish_date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
    "dc.date.created", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
    "cxenseparse:recs:publishtime",
  ]

  init(document: HTMLDocument) {
    let meta = Self.metaValues(document)
    let linkedData = JSONLinkedData(document: document)
    source = meta["og:site_name"] ?? linkedData.publisher ?? meta["application-name"]
    title = Self.title(document: document, meta: meta, linkedData: linkedData, siteName: source)
    url = meta["og:url"] ?? Self.canonicalLink(document) ?? linkedData.url
    published =
      Self.dateNames.lazy.compactMap { meta[$0] }.first ?? linkedData.datePublished
      ?? Self.markedDate(document) ?? Self.timeElementDate(document) ?? url.flatMap(Self.dateInPath)
    let metaAuthor = [meta["author"], meta["article:author"], meta["dc.creator"], meta["byl"]]
      .compactMap { $0 }.first { !$0.hasPrefix("http") }
    author = metaAuthor ?? linkedData.author
    summary =
      meta["og:description"] ?? meta["description"] ?? meta["twitter:description"] ?? linkedData.description
    articleBody = linkedData.articleBody
  }

  /// The first non-empty `content` per lowercased `property`, `name` or `itemprop`.
  static func metaValues(_ document: HTMLDocument) -> [String: String] {
    var values: [String: String] = [:]
    for index in document.elements(named: "meta") {
      let node = document[index]
      guard let content = node.attribute("content").map(Whitespace.collapsed), !content.isEmpty else {
        continue
      }
      for key in ["property", "name", "itemprop"] {
        guard let name = node.attribute(key)?.lowercased() else { continue }
        if values[name] == nil { values[name] = content }
      }
    }
    return values
  }

  /// The best title: `og:title` or JSON-LD headline, else `<title>` without the site name, else
  /// the first `<h1>`.
  static func title(
    document: HTMLDocument, meta: [String: String], linkedData: JSONLinkedData, siteName: String?
  ) -> String? {
    let pageTitle = document.elements(named: "title").first.map {
      Whitespace.collapsed(document.textContent($0))
    }
    let heading = document.elements(named: "h1").lazy
      .map { Whitespace.collapsed(document.textContent($0)) }.first { !$0.isEmpty }
    let candidates = [meta["og:title"], linkedData.headline, meta["twitter:title"], pageTitle, heading]
    guard let chosen = candidates.compactMap({ $0 }).first(where: { !$0.isEmpty }) else { return nil }
    return withoutSiteName(chosen, siteName: siteName, heading: heading)
  }

  /// Separators between a headline and the site name in `<title>`.
  static let titleSeparators = [" | ", " – ", " — ", " - ", " :: ", " « ", " » ", " · ", " › "]

  /// `title` without a leading or trailing site name (` | Site`), when the part removed matches
  /// the site name, or when the part kept matches the page's `<h1>`.
  static func withoutSiteName(_ title: String, siteName: String?, heading: String?) -> String {
    let site = siteName?.lowercased()
    for separator in titleSeparators {
      guard let range = title.range(of: separator, options: .backwards) else { continue }
      let head = String(title[..<range.lowerBound]), tail = String(title[range.upperBound...])
      if let site, tail.lowercased() == site || (tail.count < head.count && site.contains(tail.lowercased()))
      {
        return head
      }
      if let firstRange = title.range(of: separator) {
        let first = String(title[..<firstRange.lowerBound])
        let rest = String(title[firstRange.upperBound...])
        if let site, first.lowercased() == site { return rest }
      }
      if let heading, head == heading { return head }
    }
    // Without a known site name, a short last part after a bar names the site ("Story | Blog").
    for separator in [" | ", " :: ", " « ", " » ", " · ", " › "] {
      guard let range = title.range(of: separator, options: .backwards) else { continue }
      let head = title[..<range.lowerBound], tail = title[range.upperBound...]
      if !head.isEmpty && tail.count < head.count && tail.count <= 40 { return String(head) }
    }
    return title
  }

  /// A date marked up in the body: `itemprop="datePublished"` (microdata) or the hAtom class
  /// `published`, read from `content`, `datetime` or `title`, else a short text.
  static func markedDate(_ document: HTMLDocument) -> String? {
    for index in 0..<document.count where document[index].kind == .element {
      let node = document[index]
      let itemprop = node.attribute("itemprop")?.lowercased()
      let classes = node.attribute("class")?.lowercased().split(separator: " ") ?? []
      guard itemprop == "datepublished" || classes.contains("published") else { continue }
      for key in ["content", "datetime", "title"] {
        if let value = node.attribute(key).map(Whitespace.collapsed), !value.isEmpty { return value }
      }
      let text = Whitespace.collapsed(document.textContent(index))
      if !text.isEmpty && text.utf8.count <= 40 { return text }
    }
    return nil
  }

  /// A `yyyy/mm/dd` (or `yyyy-mm-dd`) date in a URL's path, as `yyyy-mm-dd`.
  static func dateInPath(_ url: String) -> String? {
    let parts = url.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "_" || $0 == "." })
    guard parts.count >= 3 else { return nil }
    for index in 0..<(parts.count - 2) {
      let year = parts[index], month = parts[index + 1], day = parts[index + 2]
      guard year.count == 4, month.count == 2, day.count == 2,
        let y = Int(year), let m = Int(month), let d = Int(day),
        (1990...2100).contains(y), (1...12).contains(m), (1...31).contains(d)
      else { continue }
      return "\(year)-\(month)-\(day)"
    }
    return nil
  }

  /// The `datetime` of the first `<time>` inside an article, else anywhere in the page.
  static func timeElementDate(_ document: HTMLDocument) -> String? {
    let times = document.elements(named: "time").filter {
      document[$0].attribute("datetime")?.isEmpty == false
    }
    let articles = document.elements(named: "article")
    let inArticle = times.first { time in articles.contains { document.isInside(time, $0) } }
    return (inArticle ?? times.first).flatMap { document[$0].attribute("datetime") }
  }

  /// The `href` of `<link rel="canonical">`.
  static func canonicalLink(_ document: HTMLDocument) -> String? {
    for index in document.elements(named: "link")
    where document[index].attribute("rel")?.lowercased() == "canonical" {
      if let href = document[index].attribute("href"), !href.isEmpty { return href }
    }
    return nil
  }
}
