/// Finds the noun phrase that names a speaker next to a cue, without a parser.
///
/// Backwards from a cue (`Spokeswoman Haley Morris | says`): words, numbers, `'s`, initials,
/// hyphens and bracketed notes (`(D-Fla.)`) belong to the phrase; `of`, `for`, `at` and `and`
/// join two parts of it (`a spokesman for the ministry`); clause words (`that`, `when`, `but`),
/// verbs such as `is`, other prepositions and punctuation end it. Forwards from a cue (`said |
/// Aminata Diop, a student`) the phrase ends at the first comma. A pronoun is a phrase of its own.
enum SpeakerPhrase {
  static let maximumLength = 12

  /// Words between a speaker and a cue that belong to neither (`has`, `also`, `later`).
  static let auxiliaries = CueLexicon.hashes([
    "has", "have", "had", "also", "later", "earlier", "previously", "repeatedly", "publicly", "again", "then",
    "recently", "once", "reportedly", "subsequently", "further", "would", "will", "could", "did", "does",
    "do",
    "only", "privately", "initially", "first", "still", "already", "just", "often", "frequently", "flatly",
    "strongly", "sharply", "separately", "explicitly", "specifically", "angrily", "bluntly", "openly",
    "simply",
    "immediately", "quickly", "famously", "long", "since", "may", "might", "can", "should", "must", "even",
    "never", "always", "finally", "ultimately", "apparently", "allegedly", "falsely", "correctly", "rightly",
    "wrongly", "previously", "tearfully", "proudly", "confidently", "jokingly", "last", "yesterday", "today",
    "not", "however",
    "though", "too", "meanwhile", "instead",
    "n't",
  ])

  static let pronouns = CueLexicon.hashes(["he", "she", "they", "it", "we", "i", "you", "who"])

  /// Words no speaker phrase holds.
  static let stops = CueLexicon.hashes([
    "that", "which", "whom", "whose", "when", "where", "while", "whether", "but", "or", "nor", "because",
    "if", "as", "after", "before", "than", "to", "in", "on", "by", "with", "from", "during", "into", "about",
    "over", "under", "against", "without", "is", "are", "was", "were", "be", "been", "being", "not", "so",
    "there",
    "here", "what", "how", "why", "this", "these", "those", "although", "though", "unless", "until", "once",
    "also", "has", "have", "had", "said", "says", "say", "told", "tell", "tells", "added", "adds", "wrote",
    "writes", "according", "however", "meanwhile", "instead", "yet", "even", "just", "now", "then", "still",
    "i", "me", "him", "them", "us", "her", "would", "will", "could", "should", "can", "may", "might", "must",
    "did", "do", "does", "all", "both", "like", "unlike", "per", "via", "toward", "towards", "upon", "across",
    "through", "throughout", "among", "between", "around", "near", "behind", "beyond", "within", "except",
    "including", "despite", "amid", "ago", "very", "too", "really", "only", "never", "always", "ever",
    "often",
  ])

  /// Words that open a sentence before its subject (`And even`, `But also`).
  static func isOpener(_ h: UInt64) -> Bool {
    stops.contains(h) || auxiliaries.contains(h) || h == and
  }

  private static let and = CueLexicon.hash("and")

  /// Words that join two parts of one phrase when words stand on both sides.
  static let joiners = CueLexicon.hashes(["of", "for", "at", "and", "&"])

  /// Prepositions inside a speaker phrase before a determiner (`in the audience`).
  static let innerPrepositions = CueLexicon.hashes(["of", "for", "at", "in", "on", "to", "from", "with"])

  static let quantifiers = CueLexicon.hashes([
    "about", "all", "some", "most", "few", "many", "those", "these", "both", "nearly", "almost", "roughly",
    "approximately", "only", "just", "several", "each", "every",
  ])
  static let numbers = CueLexicon.hashes([
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "third", "quarter",
  ])
  private static let inWord = CueLexicon.hash("in")
  private static let ofWord = CueLexicon.hash("of")
  private static let outWord = CueLexicon.hash("out")

  static let determiners = CueLexicon.hashes([
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
  ])

  /// The speaker phrase that ends just before token `end` (exclusive), within `limit`.
  static func backward(_ text: QuoteText, before end: Int, from limit: Int) -> Range<Int>? {
    var k = end - 1
    guard k >= limit else { return nil }
    if text.isWord(k), pronouns.contains(text.hash(k)) {
      return k..<end
    }
    var start = end
    var depth = 0
    while k >= limit, end - k <= maximumLength {
      let token = text.tokens[k]
      if token.kind == .quote, text.isBracket(k) {
        // (D-Fla.) after a name belongs to it.
        let b = text.firstByte(k)
        if b == 0x29 || b == 0x5D { depth += 1 } else if depth > 0 { depth -= 1 } else { break }
        start = k
        k -= 1
        continue
      }
      if depth > 0 {
        start = k
        k -= 1
        continue
      }
      if token.kind == .word {
        let h = text.hash(k)
        if joiners.contains(h) {
          // Only between two words of the phrase.
          guard start < end, k > limit, text.isWord(k - 1), !stops.contains(text.hash(k - 1)) else { break }
          k -= 1
          continue
        }
        // `4 in 10 voters`, `one out of five`: `in` and `out of` between numbers.
        if (h == inWord || h == ofWord), start < end,
          text.tokens[start].kind == .number || numbers.contains(text.hash(start)),
          k - 1 >= limit,
          text.tokens[k - 1].kind == .number || numbers.contains(text.hash(k - 1))
            || (h == ofWord && text.hash(k - 1) == outWord)
        {
          k -= h == ofWord && text.hash(k - 1) == outWord ? 2 : 1
          continue
        }
        if determiners.contains(h) && stops.contains(h) && start < end {  // `her advisers`
          start = k
          k -= 1
          break
        }
        if stops.contains(h) || pronouns.contains(h) || CueLexicon.entry(h) != nil && start < end { break }
        start = k
        k -= 1
        if determiners.contains(h) {
          // `supporters of the bill`, `a person close to the process`: the phrase goes on before
          // `of the`, `to the`, `in the`.
          guard k - 1 >= limit, text.isWord(k), innerPrepositions.contains(text.hash(k)), text.isWord(k - 1),
            !stops.contains(text.hash(k - 1)) || text.hash(k - 1) == CueLexicon.hash("to"),
            !determiners.contains(text.hash(k - 1)), CueLexicon.entry(text.hash(k - 1)) == nil
          else { break }
          k -= 1
        }
        continue
      }
      if token.kind == .number || (token.kind == .punctuation && text.isPunctuation(k, 0x2D)) {
        start = k
        k -= 1
        continue
      }
      break
    }
    guard start < end else { return nil }
    // `About 4 in 10 voters`, `all three candidates`, `those surveyed`: quantifiers before it.
    while start - 1 >= limit, text.isWord(start - 1), quantifiers.contains(text.hash(start - 1)) {
      start -= 1
    }
    // A phrase may not start with a joiner or end with a determiner.
    while start < end, text.isWord(start), joiners.contains(text.hash(start)) { start += 1 }
    return start < end ? start..<end : nil
  }

  /// The speaker phrase that starts at token `start`, ending at a comma, a terminal, a quote
  /// mark or a clause word, within `limit`.
  static func forward(_ text: QuoteText, from start: Int, to limit: Int) -> Range<Int>? {
    guard start < limit else { return nil }
    if text.isWord(start), pronouns.contains(text.hash(start)) { return start..<(start + 1) }
    var k = start
    var depth = 0
    var end = start
    while k < limit, k - start < maximumLength {
      let token = text.tokens[k]
      if token.kind == .quote, text.isBracket(k) {
        let b = text.firstByte(k)
        if b == 0x28 || b == 0x5B { depth += 1 } else if depth > 0 { depth -= 1 } else { break }
        k += 1
        if depth == 0 { end = k }
        continue
      }
      if depth > 0 {
        k += 1
        continue
      }
      if token.kind == .word {
        let h = text.hash(k)
        if joiners.contains(h) {
          guard k + 1 < limit, text.isWord(k + 1) || text.tokens[k + 1].kind == .number else { break }
          k += 1
          continue
        }
        if stops.contains(h) || (k > start && pronouns.contains(h))
          || (k > start && CueLexicon.entry(h) != nil)
        {
          break
        }
        // `Obama tried`: a lower-case word in -ed after a name is its verb.
        if k > start, text.isCapitalized(k - 1), !text.isCapitalized(k), endsInEd(text, k) { break }
        // A determiner not after `of`, `for`… starts another phrase (`told Reuters | the talks`).
        if k > start, determiners.contains(h), !(text.isWord(k - 1) && joiners.contains(text.hash(k - 1))) {
          break
        }
        k += 1
        end = k
        continue
      }
      if token.kind == .number || (token.kind == .punctuation && text.isPunctuation(k, 0x2D)) {
        k += 1
        end = k
        continue
      }
      break
    }
    return end > start ? start..<end : nil
  }

  static func endsInEd(_ text: QuoteText, _ k: Int) -> Bool {
    let token = text.tokens[k]
    let e = Int(token.end)
    return token.end - token.start > 3 && text.bytes[e - 2] == 0x65 && text.bytes[e - 1] == 0x64
  }

  /// Whether the phrase is a pronoun (`he`, `they`).
  static func isPronoun(_ text: QuoteText, _ range: Range<Int>) -> Bool {
    range.count == 1 && text.isWord(range.lowerBound) && pronouns.contains(text.hash(range.lowerBound))
  }

  /// Whether the phrase names someone: a capitalised word that is no determiner, pronoun or
  /// common noun for speakers (`Officials said` names nobody).
  static func isNamed(_ text: QuoteText, _ range: Range<Int>) -> Bool {
    range.contains { k in
      let h = text.hash(k)
      return text.isCapitalized(k) && !determiners.contains(h) && !pronouns.contains(h)
        && !nominals.contains(h)
    }
  }

  /// Common nouns that speak in news copy, capitalised when they open a sentence.
  static let nominals = CueLexicon.hashes([
    "officials", "official", "police", "analysts", "analyst", "witnesses", "residents", "critics", "experts",
    "sources", "authorities", "investigators", "prosecutors", "lawmakers", "spokesman", "spokeswoman",
    "spokesperson", "aides", "aide", "officers", "diplomats", "observers", "activists", "protesters",
    "doctors",
    "economists", "traders", "sources", "others", "many", "some", "several", "supporters", "opponents",
    "voters",
    "democrats", "republicans", "people", "experts", "researchers", "scientists", "organizers", "organisers",
  ])
}
