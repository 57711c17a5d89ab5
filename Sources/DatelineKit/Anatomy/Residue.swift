/// Recognises navigation residue pasted along with a story: "All news", "Share", "Read more",
/// cookie notices, copyright lines and page timestamps.
enum Residue {
  /// Whether a whole paragraph is residue rather than story text.
  static func isResidue(_ paragraph: String) -> Bool {
    guard paragraph.utf8.count <= 400 else { return false }
    let lower = paragraph.lowercased()
    let trimmed = lower.trimmingTrailing(in: ":.!»›>|")
    if exact.contains(trimmed) { return true }
    if prefixes.contains(where: { lower.hasPrefix($0) }) && lower.utf8.count <= 160 { return true }
    if ByteSearch.contains(lower, "cookie"),
      ByteSearch.containsAny(lower, ["accept", "consent", "we use", "uses cookies", "policy", "settings"])
    {
      return true
    }
    if ByteSearch.contains(lower, "all rights reserved") || lower.hasPrefix("©")
      || lower.hasPrefix("copyright ")
    {
      return true
    }
    return Timestamp.date(in: paragraph) != nil
  }

  static let exact: Set<String> = [
    "all news", "share", "share this", "share this article", "read more", "read also", "also read",
    "see also",
    "advertisement", "advertising", "subscribe", "sign up", "sign in", "log in", "menu", "home", "tweet",
    "print",
    "email", "e-mail", "facebook", "twitter", "x", "telegram", "whatsapp", "linkedin", "vk", "copy link",
    "comments", "comment", "related", "related news", "related articles", "related stories", "most read",
    "most popular", "top stories", "latest news", "latest", "more news", "back to top", "skip to content",
    "skip to main content", "follow us", "listen", "listen to this article", "close", "next", "previous",
    "loading", "loading...", "show more", "hide", "accept", "accept all", "reject all", "manage cookies",
    "cookie settings", "photo", "video", "gallery", "news", "world", "politics", "business", "breaking news",
    "live", "updated", "more", "search", "newsletter", "sections", "reprints", "report an error",
    "editor's picks", "trending", "watch", "opinion", "top news", "in pictures",
  ]

  static let prefixes: [String] = [
    "read more:", "read also:", "also read:", "see also:", "related:", "follow us on", "subscribe to",
    "sign up for", "share this", "share on", "click here", "photo:", "image:", "file photo", "photo credit",
    "(photo", "[photo", "reporting by", "editing by", "writing by", "additional reporting by", "compiled by",
    "(reporting by", "(editing by", "(writing by", "(additional reporting", "our standards:", "sign up here",
    "get the latest", "download our app", "follow tass on",
  ]
}

/// Page timestamps such as `10 JAN, 14:32`, `Updated: January 10, 2022 12:48 GMT`.
enum Timestamp {
  /// The day a timestamp paragraph names, or `nil` when the paragraph is not only a timestamp.
  /// The year is `nil` when not written.
  static func date(in paragraph: String) -> (month: Int, day: Int, year: Int?)? {
    guard paragraph.utf8.count <= 48 else { return nil }
    var month: Int?
    var numbers: [Int] = []
    for word in paragraph.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
      if let value = Int(word) {
        numbers.append(value)
      } else if let m = MonthNames.month(word) {
        month = m
      } else if WeekdayNames.weekday(word) == nil, !fillers.contains(word.lowercased()) {
        return nil
      }
    }
    guard let month, let day = numbers.first(where: { (1...31).contains($0) }) else { return nil }
    return (month, day, numbers.first(where: { (1800...2200).contains($0) }))
  }

  private static let fillers: Set<String> = [
    "updated", "published", "posted", "last", "at", "on", "gmt", "utc", "msk", "am", "pm", "edt", "est",
    "cet",
    "cest", "bst", "ist", "et", "h", "of",
  ]
}

extension String {
  /// The string without trailing whitespace and the given characters.
  func trimmingTrailing(in characters: String) -> String {
    var scalars = Substring(self)
    while let last = scalars.last, last.isWhitespace || characters.contains(last) { scalars.removeLast() }
    while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
    return String(scalars)
  }
}
