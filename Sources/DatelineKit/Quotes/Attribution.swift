/// An attribution as token ranges, before it becomes a ``Quote`` with scalar offsets.
struct Attribution {
  var parts: [Range<Int>]
  var kind: Quote.Kind
  var source: Range<Int>?
  /// The name in a source with an apposition (`Aminata Diop` in `Aminata Diop, a student`).
  var name: Range<Int>?
  var cue: Range<Int>?
  var found = Channels.Found()

  /// The source without its apposition.
  var speaker: Range<Int>? { name ?? source }

  var content: Range<Int> { parts[0].lowerBound..<parts[parts.count - 1].upperBound }
}

extension QuoteText {
  /// The cue at token `k`: a listed phrase (longest first) or a verb, as a token range and class.
  func cue(at k: Int, limit: Int) -> (range: Range<Int>, entry: CueLexicon.Entry?)? {
    guard k < limit, isWord(k) else { return nil }
    let h = hash(k)
    // `The Washington Post`, `a Post-ABC poll`: a capitalized `Post` after a name is no verb.
    if h == Self.post || h == Self.posts, k > 0, isCapitalized(k), isCapitalized(k - 1) { return nil }
    if let phrases = CueLexicon.phrases(startingWith: h) {
      for phrase in phrases where k + phrase.count <= limit {
        var matches = true
        for (offset, word) in phrase.enumerated() where hash(k + offset) != word {
          matches = false
          break
        }
        // `referring to`, `calling on`: the phrase takes its first word's form (a gerund is read
        // like `saying`).
        if matches { return (k..<(k + phrase.count), CueLexicon.entry(h)) }
      }
    }
    // `a post`, `the statement`: after a determiner a verb form is a noun.
    if let entry = CueLexicon.entry(h),
      k == 0 || !(isWord(k - 1) && SpeakerPhrase.determiners.contains(hash(k - 1)))
    {
      return (k..<(k + 1), entry)
    }
    return nil
  }

  /// Skips auxiliaries and adverbs (`has`, `also`) backwards from `k`; returns the first token
  /// that is none.
  func skipAuxiliaries(backFrom k: Int, limit: Int) -> Int {
    var j = k
    while j >= limit, isWord(j), SpeakerPhrase.auxiliaries.contains(hash(j)) { j -= 1 }
    return j
  }

  /// Skips auxiliaries and adverbs forwards from `k`.
  func skipAuxiliaries(from k: Int, limit: Int) -> Int {
    var j = k
    while j < limit, isWord(j), SpeakerPhrase.auxiliaries.contains(hash(j)) { j += 1 }
    return j
  }

  /// The end of a content clause ending the sentence at `end`: a final terminal is left out
  /// unless a closing quote mark follows it.
  func contentEnd(_ end: Int, from start: Int) -> Int {
    var e = end
    // A semicolon or `, according to` ends the content early.
    var k = start
    while k + 2 < e {
      if isPunctuation(k, 0x3B)
        || (isPunctuation(k, 0x2C) && hash(k + 1) == Self.according && hash(k + 2) == Self.to)
      {
        if !quoteOpen(before: k, from: start) {
          e = k
          break
        }
      }
      k += 1
    }
    if e > start, tokens[e - 1].kind == .terminal { e -= 1 }
    if e > start, isPunctuation(e - 1, 0x2C) || isPunctuation(e - 1, 0x3B) || isPunctuation(e - 1, 0x3A) {
      e -= 1
    }
    return e
  }

  private static let post = CueLexicon.hash("post")
  private static let posts = CueLexicon.hash("posts")
  private static let according = CueLexicon.hash("according")
  private static let to = CueLexicon.hash("to")

  /// Whether a quote mark opened between `start` and `k` is still open at `k`.
  func quoteOpen(before k: Int, from start: Int) -> Bool {
    var open = false
    for i in start..<k where tokens[i].kind == .quote && !isBracket(i) {
      switch QuoteMarks.mark(self, i).0 {
      case .open: open = true
      case .close: open = false
      case .either: open.toggle()
      case .none: break
      }
    }
    return open
  }

  /// Whether tokens `range` hold a quote mark.
  func holdsQuoteMark(_ range: Range<Int>) -> Bool {
    for k in range where tokens[k].kind == .quote && QuoteMarks.mark(self, k).0 != .none { return true }
    return false
  }
}
