/// Durations and counted dates: `three hours` (`PT3H`), `24 years` (`P24Y`), `a week`,
/// `two-year`, `several months` (`PXM`), `the past two months`, `the first nine months`,
/// `for years` (`PXY`); with `ago`, `earlier`, `later` they become dates: `three days ago`,
/// `two days later` (from the last day named), `a year earlier`; `two more weeks`, `an additional
/// year`, `the next couple of years` (APPROX). Ages (`24 years old`,
/// `a 24-year-old`) are not times.
extension TimeScanner {
  func duration(at i: Int, afterThe: Bool) -> Candidate? {
    guard i >= 0, i < tokens.count else { return nil }
    // `expected to last two weeks`, `could last years`: the verb is no part of the span.
    if hash(i) == W.last, i > 0, TimeScanner.beforeVerbs.contains(tokens[i - 1].hash) { return nil }
    var k = i
    var bounded = false
    var first = false
    switch hash(k) {
    case W.past, W.last, W.next, W.coming, W.previous, W.following, W.prior:
      bounded = true
      k += 1
    case W.first:
      first = true
      k += 1
    default: break
    }
    if bounded || first, !afterThe, hash(i) != W.past {
      // `last two years` without `the` is rare; `next five years` happens.
      if hash(i) != W.next, hash(i) != W.last { return nil }
    }
    // `day-long`, `decades-long`: a span as an adjective, without its article.
    if !bounded, !first, kind(k) == .unit, isHyphen(k + 1), hash(k + 2) == TimeScanner.longWord,
      let unit = TimeUnit(rawValue: UInt8(n(k)))
    {
      var candidate = Candidate(k, k + 3, .duration, unit.duration(tokens[k].lexicon.plural ? nil : 1))
      candidate.takesThe = false
      return candidate
    }
    // A bare plural unit: `for years`, `in months`.
    if !bounded, !first, kind(k) == .unit, tokens[k].lexicon.plural,
      let unit = TimeUnit(rawValue: UInt8(n(k)))
    {
      guard i > 0, TimeScanner.barePluralIntroducers.contains(hash(i - 1)), !afterThe else { return nil }
      guard hash(k + 1) != W.of, !isAge(after: k + 1) else { return nil }
      var candidate = Candidate(i, k + 1, .duration, unit.duration(nil))
      // `weeks or months`: the finer unit, over the whole alternative.
      if hash(k + 1) == W.or, kind(k + 2) == .unit, tokens[k + 2].lexicon.plural {
        candidate.end = k + 3
        candidate.takesThe = false
        return candidate
      }
      if let post = counted(unit: unit, n: nil, start: i, end: k + 1) { return post }
      candidate.takesThe = false
      return candidate
    }
    guard let (count, afterCount) = count(at: k) else { return nil }
    // `a week-long visit`: the article is not part of the adjective.
    if hash(k) == W.a || hash(k) == W.an, kind(afterCount) == .unit, isHyphen(afterCount + 1),
      hash(afterCount + 2) == TimeScanner.longWord
    {
      return nil
    }
    // `2 1/2 years`, `5 1/2 hours`: a half in the next finer unit.
    if let n = count, tokens[k].isPlainNumber, isHalf(afterCount),
      let (unit, _, end) = unit(at: afterCount + 1),
      !isAge(after: end), let value = unit.duration(n, andAHalf: true)
    {
      return simple(i, end, value)
    }
    var j = afterCount
    // half a year, a year and a half
    if hash(j) == W.trading || hash(j) == W.business || hash(j) == W.working { j += 1 }
    // `two more weeks`, `an additional year`: the extra span is still the span (not `more than`).
    if TimeScanner.extraWords.contains(hash(j)), hash(j + 1) != W.than { j += 1 }
    guard let (unit, plural, end) = unit(at: j) else { return nil }
    // `a years` is no count; `one year`/`two years` agree loosely in wire copy.
    if count == 1, plural, hash(k) == W.a || hash(k) == W.an { return nil }
    // `a second time`, `a quarter of the shares`: an ordinal and a fraction.
    if hash(k) == W.a, unit == .second || (unit == .quarter && hash(end) == W.of) { return nil }
    // `$5 million a year`, `10% a year`: a rate, not a span (but `$5 million a year ago` is a date).
    if hash(k) == W.a || hash(k) == W.an, k == i, k > 0, !TimeScanner.relativeAfter.contains(hash(end)),
      TimeScanner.rateWords.contains(tokens[k - 1].hash) || tokens[k - 1].kind == .number
        || (tokens[k - 1].kind == .punctuation && bytes[Int(tokens[k - 1].start)] == 0x25)
    {
      return nil
    }
    // `three-quarters` is a fraction; `last-minute` an adjective.
    if unit == .quarter, plural, isHyphen(afterCount) { return nil }
    if isAge(after: end) { return nil }
    // `a year-earlier quarter`, `year-end`: adjectives of their own rules.
    if isHyphen(end), hash(end + 1) == W.earlier || hash(end + 1) == W.ago || hash(end + 1) == W.end {
      return nil
    }
    // `two-year-old`, `five-year plan` (adjective) are still durations; `the 1990 year` is not.
    if tokens[k].isPlainNumber, tokens[k].digits == 4, !plural { return nil }
    var value = count
    var finish = end
    if hash(finish) == W.and, hash(finish + 1) == W.a, hash(finish + 2) == W.half, let n = count {
      // a year and a half: in the next finer unit
      if let half = unit.duration(n, andAHalf: true) { return simple(i, finish + 3, half) }
      finish += 3
      value = n
    }
    // `a week or so ago`: the hedge sits between the span and `ago`.
    if !bounded, !first, hash(finish) == W.or, hash(finish + 1) == W.so,
      var post = counted(unit: unit, n: value, start: i, end: finish + 2)
    {
      post.mod = "APPROX"
      return post
    }
    if !bounded, !first, let post = counted(unit: unit, n: value, start: i, end: finish) { return post }
    var candidate = Candidate(i, finish, .duration, unit.duration(value))
    // `a couple of years` is an estimate.
    if hash(k) == W.couple || hash(k + 1) == W.couple { candidate.mod = "APPROX" }
    // `the nine months`, `the past two years`: the article belongs to the span; not to
    // an adjective (`the two-week strike`).
    candidate.takesThe = !isHyphen(afterCount) && !isHyphen(j)
    return candidate
  }

  /// The written fraction `1/2` at `k`.
  private func isHalf(_ k: Int) -> Bool {
    guard k < tokens.count, tokens[k].kind == .number, tokens[k].end - tokens[k].start == 3 else {
      return false
    }
    let s = Int(tokens[k].start)
    return bytes[s] == 0x31 && bytes[s + 1] == 0x2F && bytes[s + 2] == 0x32
  }
  static let longWord = TimeLexicon.hash("long")

  private func simple(_ i: Int, _ end: Int, _ value: String) -> Candidate {
    Candidate(i, end, .duration, value)
  }

  /// Words after which `last` is the verb: `to last`, `will last`, `may last`.
  static let beforeVerbs: Set<UInt64> = Set(
    ["to", "will", "would", "could", "can", "may", "might", "should", "must", "'ll", "not", "cannot"].map(
      TimeLexicon.hash))

  static let extraWords: Set<UInt64> = Set(["more", "additional", "extra", "further"].map(TimeLexicon.hash))

  static let relativeAfter: Set<UInt64> = [W.ago, W.earlier, W.later, W.before, W.after, W.hence, W.from]

  static let rateWords: Set<UInt64> = Set(
    [
      "million", "billion", "trillion", "percent", "dollars", "cents", "barrels", "tons", "times", "once",
      "twice",
      "yen", "marks", "francs", "pounds", "shares", "units", "cars", "people",
    ].map(TimeLexicon.hash))

  static let barePluralIntroducers: Set<UInt64> = Set(
    ["for", "within", "over", "after", "in", "than", "lasting", "took", "take", "takes", "spent", "last"]
      .map(TimeLexicon.hash))

  /// `old`, `-old`, `of age` after a span: an age.
  private func isAge(after k: Int) -> Bool {
    var k = k
    if isHyphen(k) { k += 1 }
    let h = hash(k)
    return h == TimeScanner.oldWord || h == TimeScanner.olderWord
      || (h == W.of && hash(k + 1) == TimeScanner.ageWord)
  }
  static let oldWord = TimeLexicon.hash("old")
  static let olderWord = TimeLexicon.hash("older")
  static let ageWord = TimeLexicon.hash("age")

  /// `three days ago`, `two weeks later`, `a year earlier`, `five years from now`: a date.
  private func counted(unit: TimeUnit, n: Int?, start: Int, end: Int) -> Candidate? {
    let h = hash(end)
    var sign: Int
    var last = end + 1
    var fromNarrative = false
    switch h {
    case W.ago: sign = -1
    case W.earlier, W.before:
      // `two days before the vote` counts from an event: the span alone.
      if h == W.before, end + 1 < tokens.count, tokens[end + 1].kind == .word { return nil }
      sign = -1
      fromNarrative = true
    case W.later, W.after, W.hence:
      if h == W.after, end + 1 < tokens.count, tokens[end + 1].kind == .word { return nil }
      sign = 1
      fromNarrative = h != W.hence
    case W.from where hash(end + 1) == W.now:
      sign = 1
      last = end + 2
    default: return nil
    }
    // `an hour later`: the span is the expression; the day is not what it names.
    if unit <= .hour { return nil }
    guard let n else {
      return Candidate(start, last, .date, sign < 0 ? "PAST_REF" : "FUTURE_REF")
    }
    guard let dct else { return Candidate(start, last, .date, "XXXX") }
    var base = dct
    if fromNarrative, let day = narrative.day { base = day }
    // `founded in 1998 and went public a decade later`, `… in March 2011. Two years later, …`:
    // years count from the year just named, in this sentence or, when it lies years back (not
    // `last year`, which earnings copy compares with), the one before.
    var fromYear = false
    let yearsBack = Int(sentence[min(start, tokens.count - 1)]) - narrative.yearSentence
    if fromNarrative, unit >= .year, let y = narrative.year, y != base.year,
      yearsBack == 0 || (yearsBack == 1 && abs(y - dct.year) >= 2),
      let first = CalendarDate(year: y, month: 1, day: 1)
    {
      base = first
      fromYear = true
    }
    var candidate = Candidate(start, last, .date, TimeValues.moved(base, by: sign * n, unit: unit))
    // A year, not a day, anchors it then.
    candidate.anchor = fromYear ? nil : base
    if unit <= .hour {
      candidate.type = .date
      candidate.value = base.iso
    }
    if unit == .day { candidate.day = base.adding(days: sign * n) }
    if unit == .year, fromNarrative || h == W.ago, let q = recentQuarter(at: start) {
      // Earnings copy: `a year earlier` is the same quarter a year before.
      candidate.value = TimeValues.quarter(q.year - n, q.quarter)
    }
    if unit == .quarter, let q = recentQuarter(at: start) {
      let moved = TimeValues.shift(year: q.year, quarter: q.quarter, by: sign * n)
      candidate.value = TimeValues.quarter(moved.year, moved.quarter)
    }
    candidate.takesThe = false
    return candidate
  }
}
