/// What an element's markup (tag, `class`, `id`, `role`, hiding attributes) says about whether it
/// holds main text or boilerplate.
///
/// The word lists follow Readability and trafilatura: page furniture is named in a few common
/// words ("comment", "share", "related", "sidebar", …) whatever the site.
enum BoilerplateHints {
  /// Tags that never hold article text.
  static let boilerplateTags: Set<String> = [
    "nav", "aside", "footer", "header", "form", "menu", "dialog", "button", "select", "textarea",
    "input", "label", "iframe", "noscript", "script", "style", "template", "svg", "canvas", "object", "embed",
  ]
  /// ARIA roles of page furniture.
  static let boilerplateRoles: Set<String> = [
    "navigation", "complementary", "contentinfo", "banner", "menu", "menubar", "search", "dialog",
    "alertdialog", "toolbar", "tablist",
  ]
  /// Words that mark furniture even inside an article (comments, sharing, related links).
  static let strongNegative = [
    "comment", "share", "sharing", "social", "related", "cookie", "consent", "newsletter",
    "breadcrumb", "navigation", "navbar", "subnav", "topnav", "disqus", "shoutbox", "recommend",
    "outbrain", "taboola", "gdpr", "paywall", "subscribe", "signup", "login", "popup", "modal",
    "advert", "sponsor", "byline", "pagination", "pager", "tagcloud", "footer", "masthead", "skiplink",
    "skip-link", "print-", "toolbar", "teaser-list", "author-info", "authorinfo", "post-meta", "entry-meta",
    "article-meta", "postmeta", "infobox-",
  ]
  /// Words that mark furniture unless a positive word says otherwise ("sidebar" vs "content-sidebar").
  static let weakNegative = [
    "sidebar", "menu", "banner", "widget", "promo", "extra", "supplemental", "remark", "rss", "tags",
    "skyscraper", "ad-", "-ad", "ads", "links", "meta", "date", "author", "source", "caption", "credit",
    "tool", "nav", "hidden", "teaser", "box", "more", "legal", "contact", "rating", "similar",
  ]
  /// Words that mark main text.
  static let positive = [
    "article", "content", "entry", "main", "post", "story", "text", "body", "blog", "column", "news",
  ]

  /// The lowercased `class` and `id` of an element, space-separated.
  static func classAndID(_ node: HTMLDocument.Node) -> String {
    var result = ""
    for attribute in node.attributes where attribute.name == "class" || attribute.name == "id" {
      result += attribute.value.lowercased()
      result += " "
    }
    return result
  }

  /// Whether the element is hidden from readers (`hidden`, `aria-hidden`, `display:none`).
  static func isHidden(_ node: HTMLDocument.Node) -> Bool {
    for attribute in node.attributes {
      switch attribute.name {
      case "hidden": return true
      case "aria-hidden": if attribute.value.lowercased() == "true" { return true }
      case "style":
        let style = attribute.value.lowercased().filter { $0 != " " }
        if style.contains("display:none") || style.contains("visibility:hidden") { return true }
      default: break
      }
    }
    return false
  }

  /// Whether the element is marked as the article body (`itemprop="articleBody"`).
  static func isArticleBody(_ node: HTMLDocument.Node) -> Bool {
    guard let itemprop = node.attribute("itemprop") else { return false }
    return itemprop.lowercased().contains("articlebody")
  }

  /// Whether `names` (class and id) contain one of the strong negative words.
  static func isStrongNegative(_ names: String) -> Bool {
    !names.isEmpty && strongNegative.contains { names.contains($0) }
  }

  /// Whether `names` contain a weak negative word and no positive word.
  static func isWeakNegative(_ names: String) -> Bool {
    !names.isEmpty && weakNegative.contains { names.contains($0) } && !positive.contains { names.contains($0) }
  }

  /// A Readability-style class weight: +25 for positive names, −25 for negative ones.
  static func classWeight(_ names: String) -> Double {
    guard !names.isEmpty else { return 0 }
    var weight = 0.0
    if positive.contains(where: { names.contains($0) }) { weight += 25 }
    if isStrongNegative(names) || weakNegative.contains(where: { names.contains($0) }) { weight -= 25 }
    return weight
  }
}
