/// What the stage analysis found in an article, as the terms two reports of the same event
/// share even when one agency rewrote the other: linked entities, coded events, figures and
/// salient words.
///
/// A reprint repeats the words (``MinHash`` finds it); a rewrite by another agency keeps the
/// facts: who (the entities, by Wikidata id or code when linked), what (the event's CAMEO code
/// with its actors, and its root with their countries), how many (figures of two digits or
/// more, years left out) and the story's salient words (the most frequent content words of
/// the headline and text). Each term is a string with its kind as prefix: `e:Q232`,
/// `v:175|KENCOP|`, `r:17|KEN|`, `n:40`, `w:protesters`.
///
/// ```swift
/// let terms = StoryTerms(article)
/// terms.terms  // ["e:Q232", "e:Q1049", "v:042|KAZGOV|RUSGOV", "r:04|KAZ|RUS", "n:164", "w:protesters", …]
/// ```
public struct StoryTerms: Sendable, Hashable {
  /// The kinds of term, each with its weight in ``StoryMatch``.
  public enum Kind: Character, Sendable, CaseIterable {
    case entity = "e"
    case event = "v"
    case eventRoot = "r"
    case number = "n"
    case word = "w"

    /// How much a shared term of this kind says that two reports tell one event.
    var weight: Double {
      switch self {
      case .event: 3
      case .entity, .number: 2
      case .eventRoot: 1.5
      case .word: 1
      }
    }

    /// Whether the kind finds candidate reports (words only weigh them).
    var isFact: Bool { self != .word }
  }

  /// The terms, each once, facts first.
  public var terms: [String]

  /// How many salient words an article contributes.
  static let salientWords = 12

  public init(terms: [String]) { self.terms = terms }

  /// The terms of an article's text, headline and stage rows.
  public init(text: String, headline: String?, stages: StageRows) {
    var terms: [String] = []
    var seen = Set<String>()
    func add(_ term: String) { if seen.insert(term).inserted { terms.append(term) } }
    for entity in stages.entities {
      let key = entity.wikidata ?? entity.code ?? entity.name.lowercased()
      // A wire's sign-off (`REUTER`) tagged as an entity is in every story.
      if !Self.stopWords.contains(key) { add("e:" + key) }
    }
    for event in stages.events {
      add("v:\(event.code)|\(event.sourceCode)|\(event.targetCode ?? "")")
      add("r:\(event.root)|\(event.sourceCode.prefix(3))|\((event.targetCode ?? "").prefix(3))")
    }
    var counts: [String: (count: Int, first: Int)] = [:]
    var order = 0
    var previous = ""
    Self.forEachToken(in: (headline.map { $0 + "\n" } ?? "") + text) { token, isNumber in
      defer { previous = token }
      if isNumber {
        // Figures, not dates: no years, no day after a month (`Jan. 19`, `March 10`).
        if token.count >= 2 && !Self.isYear(token) && !Self.months.contains(previous) { add("n:" + token) }
      } else if token.utf8.count >= 4 && !Self.stopWords.contains(token) {
        counts[token, default: (0, order)].count += 1
        order += 1
      }
    }
    let salient = counts.sorted { ($0.value.count, -$0.value.first) > ($1.value.count, -$1.value.first) }
      .prefix(Self.salientWords)
    for (word, _) in salient { add("w:" + word) }
    self.terms = terms
  }

  /// The kind of a term, from its prefix.
  static func kind(of term: String) -> Kind? { term.first.flatMap(Kind.init(rawValue:)) }

  /// Calls `body` with each word (letters, ASCII lowercased) and each figure (digits, with the
  /// thousands' commas and a decimal point kept inside: `1,200` → `1200`, `2.5`).
  static func forEachToken(in text: String, _ body: (String, Bool) -> Void) {
    var text = text
    text.withUTF8 { bytes in
      var token: [UInt8] = []
      var isNumber = false
      func flush() {
        if !token.isEmpty {
          if isNumber, token.last == UInt8(ascii: ".") { token.removeLast() }
          body(String(decoding: token, as: UTF8.self), isNumber)
          token.removeAll(keepingCapacity: true)
        }
      }
      var index = 0
      while index < bytes.count {
        var byte = bytes[index]
        let isDigit = byte >= 0x30 && byte <= 0x39
        let isLetter = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
        if isDigit {
          if !isNumber { flush() }
          isNumber = true
          token.append(byte)
        } else if isNumber && (byte == UInt8(ascii: ",") || byte == UInt8(ascii: "."))
          && index + 1 < bytes.count
          && bytes[index + 1] >= 0x30 && bytes[index + 1] <= 0x39
        {
          if byte == UInt8(ascii: ".") { token.append(byte) }
        } else if isLetter {
          if isNumber {
            flush()
            isNumber = false
          }
          if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
          token.append(byte)
        } else {
          flush()
          isNumber = false
        }
        index += 1
      }
      flush()
    }
  }

  static func isYear(_ token: String) -> Bool {
    guard token.utf8.count == 4, let value = Int(token) else { return false }
    return (1900...2100).contains(value)
  }

  /// Month names and their wire abbreviations, lowercased.
  static let months: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec",
  ]

  /// Function words and the words of wire copy that tell nothing of the story.
  static let stopWords: Set<String> = [
    "about", "above", "according", "across", "added", "after", "again", "against", "also", "among", "another",
    "around", "because", "been", "before", "being", "below", "between", "both", "could", "days", "does",
    "done",
    "down", "during", "each", "earlier", "either", "even", "every", "first", "from", "further", "have",
    "having",
    "here", "into", "itself", "just", "last", "later", "least", "like", "made", "make", "many", "more",
    "most",
    "much", "must", "near", "next", "only", "other", "others", "over", "said", "same", "says", "should",
    "since", "some", "still", "such", "than", "that", "their", "them", "then", "there", "these", "they",
    "this", "those", "though", "three", "through", "told", "under", "until", "upon", "very", "wants", "were",
    "what", "when", "where", "whether", "which", "while", "will", "with", "within", "without", "would",
    "year",
    "years", "your", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "week", "weeks", "month", "months", "reuters", "reuter", "tass", "afp", "press", "associated", "agency",
    "news", "reported", "report", "reports", "statement", "saying", "spokesman", "spokeswoman", "official",
    "officials", "people", "time", "two", "four", "five", "several", "percent", "january", "february",
    "march", "april", "june", "july", "august", "september", "october", "november", "december", "mln",
    "billion", "million", "company",
  ]
}
