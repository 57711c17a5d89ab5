/// Anchoring: which way a sentence points in time, and the dates relative expressions resolve to.
extension TimeScanner {
  /// Which way a sentence points; `nearest` is a plan seen from the past (`was planned for
  /// March`, `had been due to expire Friday`), which may lie on either side of the DCT.
  enum Direction { case past, future, nearest, unknown }

  /// The tense around token `k`: the nearest future cue (`will`, `would`, `next`, `plans`) before
  /// it in the sentence wins over a past cue farther away; otherwise the nearest cue decides.
  func direction(at k: Int) -> Direction {
    guard k < tokens.count, !sentences.isEmpty else { return .unknown }
    let range = sentences[Int(sentence[k])]
    var best: (distance: Int, direction: Direction)?
    var j = k - 1
    while j >= range.lowerBound, k - j <= 20 {
      if let cue = cue(at: j) {
        best = (k - j, cue)
        break
      }
      j -= 1
    }
    j = k + 1
    // `On Tuesday, the league plans to …`: a day opening the sentence takes the clause after it.
    let reach = k - range.lowerBound <= 2 ? 20 : 8
    while j < range.upperBound, j - k <= reach {
      // A scheduled verb dates what follows it (`meets Friday`), and after a date it is too
      // often a noun (`On Wednesday, Alarcon, head of …`).
      if TimeScanner.scheduledVerbs.contains(tokens[j].hash) {
        j += 1
        continue
      }
      if let cue = cue(at: j) {
        // `… in early March, an official said`: the reporting verb dates the speech, not the
        // event the clause before it names.
        if best != nil, TimeScanner.speechVerbs.contains(tokens[j].hash) { break }
        if best == nil || j - k + 2 < best!.distance { best = (j - k + 2, cue) }
        break
      }
      j += 1
    }
    return best?.direction ?? .unknown
  }

  private func cue(at j: Int) -> Direction? {
    let token = tokens[j]
    guard token.kind == .word else { return nil }
    let h = token.hash
    // `were planning to drive`, `was expected to`: the verb after the auxiliary decides.
    if h == TimeScanner.wasWord || h == TimeScanner.wereWord, j + 1 < tokens.count,
      let next = cue(at: j + 1)
    {
      return next
    }
    // `set to resume`, `planned to leave`, `set for April`: intentions point ahead.
    if TimeScanner.intentions.contains(h), hash(j + 1) == W.to || hash(j + 1) == W.for {
      // `was planned for March`: a plan seen from the past, kept or not, whose date is the one
      // nearest the DCT; `had been due to expire`: one overtaken, behind us (but `were planning
      // to march` reports a plan still standing).
      if j > 0, TimeScanner.pastAuxiliaries.contains(tokens[j - 1].hash), h != TimeScanner.planningWord {
        let perfect = hash(j - 1) == TimeScanner.hadWord || (j > 1 && hash(j - 2) == TimeScanner.hadWord)
        return perfect ? .past : .nearest
      }
      return .future
    }
    if TimeScanner.futureCues.contains(h) { return .future }
    // `The Senate votes Thursday`, `Leaders meet Friday`: the present tense of a scheduled event
    // (not a noun after `the`, nor an infinitive, whose tense the verb before it gives: `had been
    // due to expire Friday`); `ahead of Sunday's election`.
    if TimeScanner.scheduledVerbs.contains(h), !token.capitalized,
      j == 0 || !(TimeScanner.determiners.contains(tokens[j - 1].hash) || tokens[j - 1].hash == W.to)
    {
      return .future
    }
    if h == TimeScanner.aheadWord, hash(j + 1) == W.of { return .future }
    // `is to resume`, `are to meet`: an arrangement ahead.
    if h == TimeScanner.isWord || h == TimeScanner.areWord, hash(j + 1) == W.to, kind(j + 2) == .none,
      j + 2 < tokens.count, tokens[j + 2].kind == .word
    {
      return .future
    }
    // `planned a rally on Saturday`: the plan's object lies ahead.
    if TimeScanner.plans.contains(h), TimeScanner.determiners.contains(hash(j + 1)) {
      if j > 0, TimeScanner.pastAuxiliaries.contains(tokens[j - 1].hash) { return .past }
      return .future
    }
    if TimeScanner.pastCues.contains(h) {
      // `would be paid`, `will be held`: an irregular participle after `be` is not past either.
      if j > 0, TimeScanner.passiveAuxiliaries.contains(tokens[j - 1].hash),
        TimeScanner.participles.contains(h)
      {
        return nil
      }
      return .past
    }
    // Regular past tense: lower-case words ending in -ed.
    let length = Int(token.end - token.start)
    if length >= 5, !token.capitalized, bytes[Int(token.end) - 1] == 0x64, bytes[Int(token.end) - 2] == 0x65,
      !TimeScanner.notPast.contains(h)
    {
      // `will be held`: a participle after `be` is not past; `a still unspecified date`, `the
      // proposed merger`: an adjective after a determiner is no tense.
      if j > 0, TimeScanner.passiveAuxiliaries.contains(tokens[j - 1].hash) { return nil }
      if j > 0, TimeScanner.determiners.contains(tokens[j - 1].hash) { return nil }
      // (`the company earned` is a verb: only an adverb between keeps it an adjective).
      if j > 1, TimeScanner.determiners.contains(tokens[j - 2].hash), tokens[j - 1].kind == .word,
        !TimeScanner.pastCues.contains(tokens[j - 1].hash), isAdverb(j - 1)
      {
        return nil
      }
      return .past
    }
    return nil
  }

  /// An adverb that can stand between a determiner and a participle (`a still unspecified`,
  /// `the newly elected`).
  private func isAdverb(_ j: Int) -> Bool {
    let t = tokens[j]
    if TimeScanner.participleAdverbs.contains(t.hash) { return true }
    let e = Int(t.end)
    return e - Int(t.start) > 3 && bytes[e - 2] | 0x20 == 0x6C && bytes[e - 1] | 0x20 == 0x79
  }
  static let participleAdverbs: Set<UInt64> = Set(
    ["still", "yet", "not", "well", "long", "so", "already", "never", "much", "less", "most", "more", "ill"]
      .map(
        TimeLexicon.hash))

  static let asWord = TimeLexicon.hash("as")
  static let aheadWord = TimeLexicon.hash("ahead")
  /// Present-tense verbs of scheduled events, which news writes for what lies ahead.
  static let scheduledVerbs: Set<UInt64> = Set(
    [
      "meet", "meets", "vote", "votes", "open", "opens", "begin", "begins", "start", "starts", "resume",
      "resumes", "visit", "visits", "travel", "travels", "arrive", "arrives", "host", "hosts", "convene",
      "convenes", "expire", "expires", "face", "faces", "return", "returns", "play", "plays", "testify",
      "testifies", "reconvene", "reconvenes", "kick", "kicks", "launch", "launches", "unveil", "unveils",
      "end", "ends", "conclude", "concludes", "continue", "continues", "fly", "flies", "depart", "departs",
      "leave", "leaves",
    ].map(TimeLexicon.hash))
  static let speechVerbs: Set<UInt64> = Set(
    ["said", "told", "added", "reported", "announced", "stated", "noted"].map(TimeLexicon.hash))
  static let isWord = TimeLexicon.hash("is")
  static let hadWord = TimeLexicon.hash("had")
  static let wasWord = TimeLexicon.hash("was")
  static let wereWord = TimeLexicon.hash("were")
  static let planningWord = TimeLexicon.hash("planning")
  static let areWord = TimeLexicon.hash("are")

  static let plans: Set<UInt64> = Set(
    ["planned", "planning", "plans", "scheduled", "slated"].map(TimeLexicon.hash))
  static let determiners: Set<UInt64> = Set(
    ["a", "an", "the", "its", "their", "his", "her", "our", "no", "this", "these", "those"].map(
      TimeLexicon.hash))

  static let pastAuxiliaries: Set<UInt64> = Set(["been", "was", "were", "had"].map(TimeLexicon.hash))

  static let intentions: Set<UInt64> = Set(
    [
      "set", "planned", "plans", "planning", "scheduled", "slated", "due", "expected", "going",
      "likely", "about", "poised", "decided", "agreed", "promised", "pledged", "vowed",
    ].map(TimeLexicon.hash))

  static let futureCues: Set<UInt64> = Set(
    [
      "will", "'ll", "shall", "won't", "would", "going", "scheduled", "expected", "expects", "plans", "plan",
      "due", "upcoming", "tomorrow", "hopes", "intends", "aims", "until", "till",
    ].map(TimeLexicon.hash))
  static let pastCues: Set<UInt64> = Set(
    [
      "said", "was", "were", "had", "did", "ago", "yesterday", "last", "told", "met", "took", "came", "went",
      "made", "gave", "began", "fell", "rose", "left", "won", "lost", "saw", "got", "sent", "spoke", "wrote",
      "held", "paid", "sold", "bought", "hit", "led", "ran", "put", "set", "earlier", "previously", "former",
      "brought", "became", "kept", "built", "found", "struck", "spent", "chose", "knew", "thought", "sought",
      "caught", "fought", "drew", "grew", "threw", "flew", "stood", "felt", "meant", "heard", "quit", "broke",
      "spoke", "woke", "rode", "wore", "tore", "shot", "fled", "bled", "hid", "slid", "swore", "taught",
    ].map(TimeLexicon.hash))
  /// Past cues that are also passive participles (`be paid`, `be held`).
  static let participles: Set<UInt64> = Set(
    [
      "told", "met", "made", "given", "left", "won", "lost", "seen", "got", "sent", "held", "paid", "sold",
      "bought", "hit", "led", "run", "put", "set", "taken", "brought", "kept", "built", "found", "struck",
      "spent", "chosen", "known", "thought", "sought", "caught", "heard", "shown", "done", "read",
    ].map(TimeLexicon.hash))
  static let notPast: Set<UInt64> = Set(
    [
      "need", "needed", "hundred", "indeed", "united", "proceed", "exceed", "succeed", "speed", "seed",
      "feed",
      "breed", "scheduled", "expected", "planned", "proposed", "planned", "related", "based", "limited",
      "advanced", "detailed", "concerned", "interested", "supposed", "used",
    ]
    .map(TimeLexicon.hash))
  static let passiveAuxiliaries: Set<UInt64> = Set(
    ["be", "been", "being", "is", "are", "get"].map(TimeLexicon.hash))

  /// The year a month named without one falls in.
  func year(forMonth month: Int, at k: Int) -> Int? {
    if let year = narrativeYear(at: k) { return year }
    guard let dct else { return nil }
    if month == dct.month { return dct.year }
    // `by February`, `through January`: deadlines lie ahead.
    let tense = direction(at: k)
    switch deadline(at: k) ?? tense {
    case .future: return month > dct.month ? dct.year : dct.year + 1
    case .nearest where (month - dct.month + 12) % 12 <= 6: return month > dct.month ? dct.year : dct.year + 1
    case .past, .nearest, .unknown:
      // `a cutback in September` in an August story: news names the coming month without a
      // year, but the same month eleven months back with one (`last September`, `September 1989`).
      if month == dct.month % 12 + 1 { return month > dct.month ? dct.year : dct.year + 1 }
      return month < dct.month ? dct.year : dct.year - 1
    }
  }

  /// The day a month and day named without a year fall on: the one nearest the DCT, unless the
  /// tense points the other way and the nearest is more than three months off.
  func day(month: Int, day: Int, at k: Int) -> CalendarDate? {
    guard let dct else { return nil }
    let candidates = [dct.year - 1, dct.year, dct.year + 1].compactMap {
      CalendarDate(year: $0, month: month, day: day)
    }
    guard !candidates.isEmpty else { return nil }
    let reference = dct.daysSinceEpoch
    var nearest = candidates.min { abs($0.daysSinceEpoch - reference) < abs($1.daysSinceEpoch - reference) }!
    let offset = nearest.daysSinceEpoch - reference
    let tense = direction(at: k)
    switch deadline(at: k) ?? tense {
    case .past where offset > 90:
      nearest = candidates.last { $0.daysSinceEpoch <= reference } ?? nearest
    case .future where offset < -90:
      nearest = candidates.first { $0.daysSinceEpoch >= reference } ?? nearest
    case .unknown where offset > 120:
      // News names the recent past far more often than dates months ahead.
      nearest = candidates.last { $0.daysSinceEpoch <= reference } ?? nearest
    default: break
    }
    return nearest
  }

  /// A year written earlier in the same sentence (`in 1995 … in March`).
  func narrativeYear(at k: Int) -> Int? {
    guard let year = narrative.year, narrative.yearSentence == Int(sentence[min(k, tokens.count - 1)]) else {
      return nil
    }
    return year
  }

  /// The weekday named at `k` relative to the DCT: past tense looks back, future forward; the
  /// DCT's own weekday is the DCT.
  func day(weekday: Int, at k: Int, relation: Int = 0) -> CalendarDate? {
    guard let dct else { return nil }
    let today = dct.weekday.rawValue
    switch relation {
    case -1:  // last Friday: the one before the DCT
      var back = (today - weekday + 7) % 7
      if back == 0 { back = 7 }
      return dct.adding(days: -back)
    case 1:  // next Friday
      var ahead = (weekday - today + 7) % 7
      if ahead == 0 { ahead = 7 }
      return dct.adding(days: ahead)
    default:
      if weekday == today { return dct }
      // `until Tuesday`, `by Friday`, `as soon as Tuesday`, `as early as Monday`
      let tense = direction(at: k)
      let ahead =
        k > 2 && tokens[k - 1].hash == TimeScanner.asWord && tokens[k - 3].hash == TimeScanner.asWord
      let forward = (weekday - today + 7) % 7
      switch ahead ? .future : deadline(at: k) ?? tense {
      case .future: return dct.adding(days: forward)
      case .nearest where forward < 7 - forward: return dct.adding(days: forward)
      default: break
      }
      return dct.adding(days: -((today - weekday + 7) % 7))
    }
  }

  /// The direction of a deadline (`by February`, `until Tuesday`) at `k`, nil when there is none:
  /// ahead, unless its clause is in the past perfect: `had filed reports by Wednesday` and
  /// `Until Thursday, they had not called him a suspect` look back from a later point.
  func deadline(at k: Int) -> Direction? {
    guard k > 0, TimeScanner.deadlines.contains(tokens[k - 1].hash), !sentences.isEmpty else { return nil }
    let range = sentences[Int(sentence[k])]
    let opensSentence = k - 1 - range.lowerBound <= 1
    let lower = max(range.lowerBound, k - 10)
    let upper = opensSentence ? min(range.upperBound, k + 8) : k
    for j in lower..<upper where tokens[j].hash == TimeScanner.hadWord {
      // `had until Friday to respond`: the deadline itself is what was had.
      if j == k - 2 { continue }
      return .past
    }
    return .future
  }

  /// The day relative counts ("two days later") start from: the last day named, else the DCT.
  var narrativeDay: CalendarDate? { narrative.day ?? dct }

  /// A quarter named in this or the previous two sentences.
  func recentQuarter(at k: Int) -> (year: Int, quarter: Int)? {
    guard let quarter = narrative.quarter,
      Int(sentence[min(k, tokens.count - 1)]) - narrative.quarterSentence <= 2
    else { return nil }
    return quarter
  }
}
