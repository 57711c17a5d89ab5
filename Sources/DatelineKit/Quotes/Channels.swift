/// Reads the phrases around a cue that say to whom, where and when something was said.
///
/// - Channel: a preposition and a phrase whose head is a medium (`in a statement`, `on his
///   Twitter account`, `in a post on X`, `at a news conference`, `in an interview with Reuters`),
///   or `told` and a gathering (`told a news conference`).
/// - Addressee: the object of `tell` verbs (`told reporters`, `told Reuters`).
/// - Date: `on Monday`, `Monday`, `late on Tuesday`, `on Jan. 5`, `yesterday`, `last week`.
enum Channels {
  struct Found {
    var channel: Range<Int>?
    var addressee: Range<Int>?
    var date: Range<Int>?
  }

  static let prepositions = CueLexicon.hashes(["in", "on", "at", "during", "via", "through", "to", "from"])

  /// Nouns that name a medium or an occasion of speech.
  static let media = CueLexicon.hashes([
    "statement", "statements", "interview", "interviews", "post", "posts", "tweet", "tweets", "letter",
    "video",
    "speech", "message", "note", "email", "e-mail", "release", "conference", "briefing", "account", "channel",
    "page", "feed", "blog", "op-ed", "column", "article", "editorial", "broadcast", "address", "appearance",
    "remarks", "rally", "meeting", "summit", "session", "hearing", "debate", "event", "forum", "press",
    "twitter",
    "facebook", "telegram", "instagram", "youtube", "tiktok", "weibo", "wechat", "x", "television", "tv",
    "radio", "podcast", "communique", "communiqué", "declaration", "report", "filing", "memo", "newsletter",
    "show", "program", "programme", "call", "phone", "telephone", "website", "site", "platform", "town",
    "hall",
    "parliament", "assembly", "congress", "senate", "audience", "crowd", "reporters", "journalists", "media",
    "supporters", "lawmakers", "gathering", "ceremony",
  ])

  /// Gatherings a `told` phrase names as a channel rather than an addressee.
  static let gatherings = CueLexicon.hashes([
    "conference", "briefing", "rally", "meeting", "summit", "session", "hearing", "forum", "parliament",
    "assembly", "congress", "senate", "audience", "crowd", "gathering", "ceremony", "event",
  ])

  static let weekdays = CueLexicon.hashes([
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
    "tonight", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  ])
  static let objectPronouns = CueLexicon.hashes(["me", "him", "her", "us", "them", "you"])
  static let possessives = CueLexicon.hashes(["'s", "\u{2019}s"])
  static let dayParts = CueLexicon.hashes(["morning", "afternoon", "evening", "night"])
  static let months = CueLexicon.hashes([
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
    "nov.", "dec.", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
  ])
  static let relative = CueLexicon.hashes(["last", "earlier", "this", "next"])
  static let periods = CueLexicon.hashes(["week", "month", "year", "weekend"])
  static let dateLead = CueLexicon.hashes(["late", "early", "earlier", "later"])

  /// A date phrase at `k`: its end, or nil.
  static func date(_ text: QuoteText, at k: Int, limit: Int) -> Int? {
    var i = k
    if i < limit, text.isWord(i), dateLead.contains(text.hash(i)) { i += 1 }
    if i < limit, text.isWord(i), text.hash(i) == CueLexicon.hash("on") { i += 1 }
    guard i < limit, text.isWord(i) else { return nil }
    let h = text.hash(i)
    if weekdays.contains(h) {
      i += 1
      // `Monday's decision` names no date of speaking.
      if i < limit, text.isWord(i), possessives.contains(text.hash(i)) { return nil }
      if i < limit, text.isWord(i), dayParts.contains(text.hash(i)) { i += 1 }
      return i
    }
    if months.contains(h), i + 1 < limit, text.tokens[i + 1].kind == .number {
      return i + 2
    }
    if relative.contains(h), i + 1 < limit, text.isWord(i + 1), periods.contains(text.hash(i + 1)) {
      return i + 2
    }
    return nil
  }

  /// `on CNN's “State of the Union”`, `on ''Morning Joe''`: `on` or `in`, maybe a capitalised
  /// owner, and a title in quote marks.
  static func show(_ text: QuoteText, at k: Int, limit: Int) -> Int? {
    guard text.hash(k) == on || text.hash(k) == CueLexicon.hash("in") else { return nil }
    var i = k + 1
    while i < limit, i - k <= 4,
      text.isCapitalized(i) || (text.isWord(i) && possessives.contains(text.hash(i)))
    {
      i += 1
    }
    guard i < limit, text.tokens[i].kind == .quote, QuoteMarks.mark(text, i).0 == .open else { return nil }
    var j = i + 1
    if j < limit, text.isPunctuation(i, 0x27), text.isPunctuation(j, 0x27) { j += 1 }  // ''
    var words = 0
    while j < limit, j - i <= 10 {
      if text.tokens[j].kind == .quote,
        QuoteMarks.mark(text, j).0 == .close || QuoteMarks.mark(text, j).0 == .either
      {
        guard words > 0, words <= 6 else { return nil }
        var end = j + 1
        if end < limit, text.isPunctuation(j, 0x27), text.isPunctuation(end, 0x27) { end += 1 }
        return end
      }
      if text.tokens[j].kind == .word {
        guard
          text.isCapitalized(j) || SpeakerPhrase.joiners.contains(text.hash(j))
            || SpeakerPhrase.determiners.contains(text.hash(j))
        else { return nil }
        words += 1
      }
      j += 1
    }
    return nil
  }

  private static let on = CueLexicon.hash("on")

  /// `in Tel Aviv`, `at Baldwin Wallace University`: `in` or `at` and capitalised words.
  static func place(_ text: QuoteText, at k: Int, limit: Int) -> Int? {
    guard k + 1 < limit, text.isWord(k), placePrepositions.contains(text.hash(k)), text.isCapitalized(k + 1),
      !SpeakerPhrase.determiners.contains(text.hash(k + 1))
    else { return nil }
    var i = k + 1
    while i < limit, i - k <= 5, text.isCapitalized(i) { i += 1 }
    return i
  }

  static let placePrepositions = CueLexicon.hashes(["in", "at"])

  /// A channel phrase at `k` (a preposition and a phrase with a medium for head): its end.
  static func channel(_ text: QuoteText, at k: Int, limit: Int) -> Int? {
    guard k < limit, text.isWord(k), prepositions.contains(text.hash(k)) else { return nil }
    if let end = show(text, at: k, limit: limit) { return end }
    var i = k + 1
    var head: Int?
    // The phrase: up to 6 words, ending at its last medium noun.
    while i < limit, i - k <= 7 {
      let token = text.tokens[i]
      if token.kind == .word {
        let h = text.hash(i)
        if media.contains(h) {
          head = i
        } else if i > k + 1, SpeakerPhrase.stops.contains(h) || CueLexicon.entry(h) != nil {
          break
        }
      } else if token.kind == .quote || token.kind == .terminal || text.isClauseBreak(i) {
        if !(token.kind == .quote && head == nil) { break }
      }
      i += 1
    }
    guard var end = head.map({ $0 + 1 }) else { return nil }
    // `… with Reuters`, `… on X`, `… to the nation`, `… published by CNN`: name after the head.
    if end + 1 < limit, text.isWord(end),
      CueLexicon.hashes(["with", "on", "to", "for", "by"]).contains(text.hash(end)),
      let name = SpeakerPhrase.forward(text, from: end + 1, to: limit), name.count <= 6
    {
      end = name.upperBound
    }
    return end
  }

  /// Reads addressee, channel and date phrases (and commas between them) from `k` on: the found
  /// ranges and where they stop. `tells` says the cue was a `tell` verb.
  static func read(_ text: QuoteText, from k: Int, limit: Int, tells: Bool, into found: inout Found) -> Int {
    var i = k
    if tells, found.addressee == nil, i < limit, text.isWord(i), objectPronouns.contains(text.hash(i)) {
      found.addressee = i..<(i + 1)  // `told me`, `told them`
      i += 1
    }
    if tells, found.addressee == nil, found.channel == nil, i < limit,
      let object = SpeakerPhrase.forward(text, from: i, to: limit)
    {
      let last = object.upperBound - 1
      if object.count <= 6, !SpeakerPhrase.isPronoun(text, object) || text.hash(i) != CueLexicon.hash("it") {
        if text.isWord(last), gatherings.contains(text.hash(last)) {
          found.channel = (k - 1)..<object.upperBound  // `told a news conference`
        } else {
          found.addressee = object
        }
        i = object.upperBound
      }
    }
    var progress = true
    while progress && i < limit {
      progress = false
      if found.date == nil, let end = date(text, at: i, limit: limit) {
        found.date = i..<end
        i = end
        progress = true
      } else if found.channel == nil, let end = channel(text, at: i, limit: limit) {
        found.channel = i..<end
        i = end
        progress = true
      } else if let end = place(text, at: i, limit: limit) {
        i = end  // `in Tel Aviv`: where, which no field holds
        progress = true
      } else if text.isPunctuation(i, 0x2C), i + 1 < limit,
        date(text, at: i + 1, limit: limit) != nil || channel(text, at: i + 1, limit: limit) != nil
      {
        i += 1
        progress = true
      }
    }
    return i
  }
}
