/// Finds time expressions in one text: runs every rule family at each token and keeps the longest
/// match, then records what the narrative now refers to (the last day, quarter and year named).
struct TimeScanner {
  /// A match in token indices, with its normalised value.
  struct Candidate {
    var start: Int
    var end: Int
    var type: TimeExpression.Kind
    var value: String
    var mod: String? = nil
    var quant: String? = nil
    var freq: String? = nil
    /// The day the value was computed from, when it depends on one.
    var anchor: CalendarDate? = nil
    /// A leading `the` belongs to the expression (`the third quarter`, `the past two years`).
    var takesThe = true
    /// The day this expression names, for later "two days later".
    var day: CalendarDate? = nil
    /// The quarter this expression names, for later "the quarter", "a year earlier".
    var quarter: (year: Int, quarter: Int)? = nil
    var year: Int? = nil

    init(_ start: Int, _ end: Int, _ type: TimeExpression.Kind, _ value: String) {
      self.start = start
      self.end = end
      self.type = type
      self.value = value
    }
  }

  /// What the text has referred to so far.
  struct Narrative {
    var day: CalendarDate?
    var quarter: (year: Int, quarter: Int)?
    var quarterSentence = -10
    var year: Int?
    var yearSentence = -10
  }

  let bytes: UnsafeBufferPointer<UInt8>
  let tokens: [TimeToken]
  let dct: CalendarDate?
  /// The sentence of each token.
  var sentence: [Int32]
  /// The token range of each sentence.
  var sentences: [Range<Int>]
  var narrative = Narrative()
  var found: [Candidate] = []

  init(bytes: UnsafeBufferPointer<UInt8>, tokens: [TimeToken], dct: CalendarDate?) {
    self.bytes = bytes
    self.tokens = tokens
    self.dct = dct
    self.sentence = []
    self.sentences = []
    segment()
  }

  mutating func run() {
    var i = 0
    let n = tokens.count
    while i < n {
      guard let candidate = best(at: i) else {
        i += 1
        continue
      }
      found.append(candidate)
      if let day = candidate.day { narrative.day = day }
      if let quarter = candidate.quarter {
        narrative.quarter = quarter
        narrative.quarterSentence = Int(sentence[candidate.start])
      }
      if let year = candidate.year {
        narrative.year = year
        narrative.yearSentence = Int(sentence[candidate.start])
      }
      i = candidate.end
    }
  }

  /// The longest match starting at `i`, with a modifier (`about`, `late`, `the end of`) or without.
  func best(at i: Int) -> Candidate? {
    var best = match(at: i)
    if let (length, mod, durationsOnly) = premodifier(at: i), var modified = match(at: i + length) {
      // `about`, `nearly`, `more than` modify amounts: `about two years (ago)`, `around 7:15 p.m.`;
      // `around Wednesday's ruling` is a preposition.
      let first = i + length
      let fits =
        !durationsOnly
        || (first < tokens.count
          && (tokens[first].kind == .number || kind(first) == .cardinal
            || TimeScanner.amountWords.contains(tokens[first].hash)))
      if fits, modified.type != .set, best == nil || modified.end >= best!.end {
        // TimeBank leaves `about` out of spans and clock times (`about five hours`, 9 of 11
        // times) but not of dates (`about two years ago`); the hedge stays as the mod.
        modified.start = tokens[i].hash == W.about && modified.type != .date ? i + length : i
        modified.mod = mod
        best = modified
      }
    }
    // the early 1980s, the mid-1990s, the late 1970s
    if tokens[i].hash == W.the, let (length, mod, _) = premodifier(at: i + 1),
      mod == "START" || mod == "END" || mod == "MID",
      hash(i + 1) == W.early || hash(i + 1) == W.late || hash(i + 1) == W.mid,
      var modified = match(at: i + 1 + length), modified.type == .date,
      best == nil || modified.end > best!.end
    {
      modified.start = i
      modified.mod = mod
      best = modified
    }
    // `the next two years or so`: the hedge belongs to the expression.
    if var found = best, found.type == .duration || found.type == .date, hash(found.end) == W.or,
      hash(found.end + 1) == W.so
    {
      found.end += 2
      if found.mod == nil { found.mod = "APPROX" }
      best = found
    }
    return best
  }

  /// The longest rule match at `i`; at `the`, also matches that take the article.
  func match(at i: Int) -> Candidate? {
    guard i < tokens.count else { return nil }
    var best = longest(at: i, afterThe: false)
    // `the next year or so`: a hedged period takes the article too.
    if tokens[i].hash == W.the, var next = longest(at: i + 1, afterThe: true),
      next.takesThe || (hash(next.end) == W.or && hash(next.end + 1) == W.so)
    {
      if best == nil || next.end > best!.end {
        next.start = i
        best = next
      }
    }
    return best
  }

  private func longest(at i: Int, afterThe: Bool) -> Candidate? {
    guard i < tokens.count else { return nil }
    let token = tokens[i]
    // Most tokens start nothing: skip them before trying the rules.
    if token.kind == .word, token.lexicon.kind == .none, !TimeScanner.starters.contains(token.hash) {
      return nil
    }
    if token.kind != .word, token.kind != .number, !(token.kind == .quote && i + 1 < tokens.count) {
      return nil
    }
    var best: Candidate?
    func consider(_ candidate: Candidate?) {
      guard let candidate, candidate.end > i else { return }
      if best == nil || candidate.end > best!.end { best = candidate }
    }
    consider(numericDate(at: i))
    consider(monthDate(at: i))
    consider(weekday(at: i))
    consider(relativeDay(at: i, afterThe: afterThe))
    consider(relativePeriod(at: i, afterThe: afterThe))
    consider(timeOfDay(at: i))
    consider(quarterOrSeason(at: i, afterThe: afterThe))
    consider(decadeOrCentury(at: i, afterThe: afterThe))
    consider(duration(at: i, afterThe: afterThe))
    consider(set(at: i))
    consider(reference(at: i, afterThe: afterThe))
    consider(holiday(at: i))
    return best
  }

  static let amountWords: Set<UInt64> = [W.several, W.few, W.many, W.couple, W.half]

  /// Words that start an expression without being in the lexicon.
  static let starters: Set<UInt64> = [
    W.the, W.this, W.that, W.last, W.next, W.past, W.previous, W.prior, W.following, W.coming, W.current,
    W.latest, W.same, W.today, W.tonight, W.yesterday, W.tomorrow, W.now, W.fiscal, W.calendar, W.every,
    W.each,
    W.once, W.twice, W.several, W.few, W.many, W.some, W.recent, W.noon, W.midnight, W.daily, W.half,
    W.early, W.late, W.mid, W.earlier, W.later, W.end, W.beginning, W.start, W.middle, W.year, W.period,
    TimeLexicon.hash("currently"), TimeLexicon.hash("recently"), TimeLexicon.hash("future"),
    TimeLexicon.hash("soon"), TimeLexicon.hash("weekly"), TimeLexicon.hash("monthly"),
    TimeLexicon.hash("annually"), TimeLexicon.hash("yearly"), TimeLexicon.hash("hourly"),
    TimeLexicon.hash("nightly"), TimeLexicon.hash("lately"), TimeLexicon.hash("nowadays"),
    TimeLexicon.hash("these"), TimeLexicon.hash("present"), TimeLexicon.hash("q1"), TimeLexicon.hash("q2"),
    TimeLexicon.hash("q3"), TimeLexicon.hash("q4"), TimeLexicon.hash("nineties"),
    TimeLexicon.hash("eighties"),
    TimeLexicon.hash("seventies"), TimeLexicon.hash("sixties"), TimeLexicon.hash("weekends"),
    TimeLexicon.hash("several"), TimeLexicon.hash("months"), TimeLexicon.hash("dozen"), W.couple,
    TimeLexicon.hash("near"), TimeLexicon.hash("short"), W.weekend, TimeLexicon.hash("christmas"),
    TimeLexicon.hash("thanksgiving"), TimeLexicon.hash("new"), TimeLexicon.hash("independence"),
    TimeLexicon.hash("labor"), TimeLexicon.hash("memorial"), TimeLexicon.hash("full"),
  ]

  // MARK: Token tests

  @inline(__always) func hash(_ k: Int) -> UInt64 { k >= 0 && k < tokens.count ? tokens[k].hash : 0 }
  @inline(__always) func kind(_ k: Int) -> TimeLexicon.Class {
    k >= 0 && k < tokens.count ? tokens[k].lexicon.kind : .none
  }
  @inline(__always) func n(_ k: Int) -> Int { Int(tokens[k].lexicon.n) }
  @inline(__always) func isHyphen(_ k: Int) -> Bool {
    k >= 0 && k < tokens.count && tokens[k].kind == .punctuation && tokens[k].end - tokens[k].start == 1
      && bytes[Int(tokens[k].start)] == 0x2D
  }
  @inline(__always) func isComma(_ k: Int) -> Bool {
    k >= 0 && k < tokens.count && tokens[k].kind == .punctuation && bytes[Int(tokens[k].start)] == 0x2C
  }
  /// Tokens `a` and `b` touch (no space between).
  @inline(__always) func adjacent(_ a: Int, _ b: Int) -> Bool { tokens[a].end == tokens[b].start }

  /// The unit at `k` (`year`, `years`), skipping a hyphen before it.
  func unit(at k: Int) -> (unit: TimeUnit, plural: Bool, end: Int)? {
    var k = k
    if isHyphen(k) { k += 1 }
    guard kind(k) == .unit, let unit = TimeUnit(rawValue: UInt8(n(k))) else {
      // `second` is an ordinal in the lexicon.
      if hash(k) == TimeScanner.secondWord { return (.second, false, k + 1) }
      return nil
    }
    return (unit, tokens[k].lexicon.plural, k + 1)
  }
  static let secondWord = TimeLexicon.hash("second")

  /// A four-digit year at `k`: 1000-2199, written as digits.
  func year(at k: Int) -> Int? {
    guard k >= 0, k < tokens.count, tokens[k].isPlainNumber, tokens[k].digits == 4 else { return nil }
    let value = tokens[k].value
    return (1000...2199).contains(value) ? value : nil
  }

  /// A count at `k`: digits, number words (`twenty-four`), `a`/`an`, or an unspecified amount
  /// (`several`, `a few`, `a couple of`, `many`) as `nil`.
  func count(at k: Int) -> (n: Int?, end: Int)? {
    guard k < tokens.count else { return nil }
    let token = tokens[k]
    if token.isPlainNumber, token.digits <= 6 { return (token.value, k + 1) }
    if token.kind == .number, token.suffix == .other {
      // 1.5, 2,000: whole numbers with separators only.
      return nil
    }
    switch token.hash {
    case W.several, W.many: return (nil, k + 1)
    case W.a, W.an:
      if hash(k + 1) == W.few { return (nil, k + 2) }
      if hash(k + 1) == W.couple { return (2, hash(k + 2) == W.of ? k + 3 : k + 2) }
      if hash(k + 1) == TimeScanner.dozen { return (12, k + 2) }
      if hash(k + 1) == TimeScanner.hundredWord { return (100, k + 2) }
      return (1, k + 1)
    case W.few: return (nil, k + 1)
    case W.couple where hash(k + 1) == W.of: return (2, k + 2)
    default: break
    }
    guard token.lexicon.kind == .cardinal else { return nil }
    var value = Int(token.lexicon.n)
    var end = k + 1
    if value >= 20, value % 10 == 0 {
      // twenty four, twenty-four
      var j = end
      if isHyphen(j) { j += 1 }
      if kind(j) == .cardinal, n(j) < 10, n(j) > 0 {
        value += n(j)
        end = j + 1
      }
    }
    if hash(end) == TimeScanner.hundredWord {
      value *= 100
      end += 1
    }
    return (value, end)
  }
  static let hundredWord = TimeLexicon.hash("hundred")
  static let dozen = TimeLexicon.hash("dozen")

  // MARK: Sentences

  /// Splits the tokens into sentences at paragraph breaks and sentence ends.
  private mutating func segment() {
    sentence = [Int32](repeating: 0, count: tokens.count)
    var raw: [Token] = []
    raw.reserveCapacity(tokens.count)
    var paragraphStart = 0
    var ranges: [Range<Int32>] = []
    var byteSentences: [Range<Int32>] = []
    for k in 0...tokens.count {
      let breaks =
        k == tokens.count
        || (k > 0 && isParagraphBreak(from: Int(tokens[k - 1].end), to: Int(tokens[k].start)))
      if breaks, k > paragraphStart {
        raw.removeAll(keepingCapacity: true)
        for j in paragraphStart..<k {
          let t = tokens[j]
          var flags: Token.Flags = t.capitalized ? .capitalized : []
          if t.kind == .word, bytes[Int(t.end) - 1] == 0x2E { flags.insert(.abbreviation) }
          raw.append(Token(start: t.start, end: t.end, kind: t.kind, flags: flags))
        }
        byteSentences.removeAll(keepingCapacity: true)
        SentenceSplitter().split(raw[...], in: bytes, into: &byteSentences)
        ranges += byteSentences
        paragraphStart = k
      }
    }
    var k = 0
    for (index, range) in ranges.enumerated() {
      let first = k
      while k < tokens.count, tokens[k].start < range.upperBound {
        sentence[k] = Int32(index)
        k += 1
      }
      sentences.append(first..<k)
    }
    while k < tokens.count {
      sentence[k] = Int32(max(0, sentences.count - 1))
      k += 1
    }
  }

  private func isParagraphBreak(from a: Int, to b: Int) -> Bool {
    var newlines = 0
    var i = a
    while i < b {
      if bytes[i] == 0x0A { newlines += 1 }
      i += 1
    }
    return newlines >= 2
  }
}
