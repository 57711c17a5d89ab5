/// What an element's markup (tag, `class`, `id`, `role`, hiding attributes) says about whether it
/// holds main text or boilerplate.
///
/// The word lists follow Readability and trafilatura: page furniture is named in a few common
/// words ("comment", "share", "related", "sidebar", …) whatever the site.
enum BoilerplateHints {
  /// Tags that never hold article text.
  static let boilerplateTags: Set<String> = [
    "nav", "aside", "footer", "header", "menu", "dialog", "button", "select", "textarea",
    "input", "label", "iframe", "figcaption", "noscript", "script", "style", "template", "svg", "canvas",
    "object", "embed",
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
    "outbrain", "taboola", "gdpr", "subscribe", "signup", "login", "popup", "modal", "advert",
    "sponsor", "pagination", "pager", "tagcloud", "footer", "masthead", "skiplink", "skip-link",
    "toolbar", "sidebar", "banner", "skyscraper", "promo", "offcanvas", "off-canvas",
  ]
  /// Words that mark furniture unless a positive word says otherwise ("menu" vs "main-menu-content").
  /// Matched against whole name parts (`ad` in `ad-slot`, not in `adrail` or `header`).
  static let weakNegative = [
    "menu", "supplemental", "rss", "teaser", "ad", "ads", "adslot", "more", "similar", "rating",
    "print", "follow", "tools", "legal", "marginal", "aside", "extra",
  ]
  /// Words that mark short furniture lines (bylines, dates, tags, captions) when the element is
  /// small; matched as name-part prefixes.
  static let smallNegative = [
    "byline", "author", "date", "meta", "tags", "caption", "credit", "source", "info", "time", "keyword",
    "categor", "topic", "label", "dateline", "published", "copyright",
  ]
  /// Words that mark main text.
  static let positive = [
    "article", "content", "entry", "main", "post", "story", "text", "body", "blog", "column", "news",
  ]
  /// Names that CMSs and templates give the element holding an article's body text.
  static let bodyMarkers = [
    "entry-content", "entry_content", "entrycontent", "article-body", "article_body", "articlebody",
    "article-content", "article_content", "articlecontent", "article__body", "article__content",
    "article-text", "article_text", "articletext", "post-content", "post_content", "postcontent",
    "post-body", "post_body", "postbody", "post-entry", "post-text", "story-body", "storybody",
    "story-content", "story-text", "content-body", "body-text", "bodytext", "text-content",
    "news-text", "newstext", "news-content", "blog-content", "single-content", "field-name-body",
    "rich-text", "richtext", "main-text", "article-main", "page-content",
  ]

  /// Class prefixes that describe a state or a layout variant rather than the element itself
  /// (`has-sidebar`, `with-navigation`, `is-paywalled`), or a CMS taxonomy (`category-sport`,
  /// `tag-sharing`): such names say nothing about what the element holds.
  static let modifierPrefixes = [
    "has-", "has_", "with-", "with_", "is-", "is_", "no-", "show-", "hide-", "enable", "ispaywall",
    "category-", "tag-", "type-", "status-", "format-", "postid-", "post-id", "author-", "topic-",
  ]

  private static let modifierPrefixBytes = modifierPrefixes.map { Array($0.utf8) }

  /// The lowercased class names and id of an element, space-separated, with modifiers like
  /// `has-sidebar` and BEM modifiers (`o-section--has-ads` → `o-section`) left out. Works on
  /// UTF-8 bytes: it runs for every element.
  static func classAndID(_ node: HTMLDocument.Node) -> String {
    var result: [UInt8] = []
    for attribute in node.attributes where attribute.name == "class" || attribute.name == "id" {
      var token: [UInt8] = []
      for byte in attribute.value.utf8 {
        if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
          appendToken(&token, to: &result)
        } else {
          token.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
      }
      appendToken(&token, to: &result)
    }
    return String(decoding: result, as: UTF8.self)
  }

  private static func appendToken(_ token: inout [UInt8], to result: inout [UInt8]) {
    defer { token.removeAll(keepingCapacity: true) }
    var end = token.count
    for index in token.indices.dropFirst() where token[index] == 0x2D && token[index - 1] == 0x2D {
      end = index - 1
      break
    }
    let name = token[..<end]
    guard !name.isEmpty, !modifierPrefixBytes.contains(where: { name.starts(with: $0) }) else { return }
    if !result.isEmpty { result.append(0x20) }
    result.append(contentsOf: name)
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

  static func containsAny(_ haystack: String, _ words: [String]) -> Bool {
    ByteSearch.containsAny(haystack, words)
  }

  /// Whether `names` (class and id) contain one of the strong negative words.
  static func isStrongNegative(_ names: String) -> Bool {
    !names.isEmpty && containsAny(names, strongNegative)
  }

  /// Whether `names` contain a word that marks short furniture lines.
  static func isSmallNegative(_ names: String) -> Bool {
    !names.isEmpty && hasPart(names, startingWithAnyOf: smallNegative) && !containsAny(names, positive)
  }

  /// Whether a part of `names` (split at anything but letters and digits) equals one of `words`
  /// (or its plural in -s), or starts with one of `prefixes`.
  static func hasPart(_ names: String, in words: [String] = [], startingWithAnyOf prefixes: [String] = [])
    -> Bool
  {
    for part in names.utf8.split(whereSeparator: {
      !(($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 >= 0x80)
    }) {
      for word in words
      where part.elementsEqual(word.utf8)
        || (part.count == word.utf8.count + 1 && part.last == UInt8(ascii: "s")
          && part.starts(with: word.utf8))
      {
        return true
      }
      for word in prefixes where part.starts(with: word.utf8) { return true }
    }
    return false
  }

  /// Whether `names` contain a weak negative word and no positive word.
  static func isWeakNegative(_ names: String) -> Bool {
    !names.isEmpty && hasPart(names, in: weakNegative) && !containsAny(names, positive)
  }

  /// A Readability-style class weight: +25 for positive names, −25 for negative ones.
  static func classWeight(_ names: String) -> Double {
    guard !names.isEmpty else { return 0 }
    var weight = 0.0
    if containsAny(names, positive) { weight += 25 }
    if isStrongNegative(names) || hasPart(names, in: weakNegative)
      || hasPart(names, startingWithAnyOf: ["widget", "sidebar"])
    {
      weight -= 25
    }
    return weight
  }
}
