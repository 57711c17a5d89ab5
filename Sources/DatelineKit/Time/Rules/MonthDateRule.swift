/// Dates with a month name: `January 2`, `Jan. 2, 2022`, `2 January 2022`, `January 2022`,
/// `January of 2022`, and a bare `January` (its year from the DCT and the sentence's tense).
/// Impossible days (`February 30`) are no date at all.
extension TimeScanner {
  func monthDate(at i: Int) -> Candidate? {
    guard i >= 0, i < tokens.count else { return nil }
    let token = tokens[i]
    if token.kind == .number { return dayMonth(at: i) }
    if let dct, token.hash == W.last || token.hash == W.next || token.hash == W.this, kind(i + 1) == .month,
      tokens[i + 1].capitalized, !(i + 2 < tokens.count && tokens[i + 2].isPlainNumber)
    {
      // last November: the latest November before the DCT's month; next: the first after.
      let month = n(i + 1)
      let y: Int
      switch token.hash {
      case W.last: y = month < dct.month ? dct.year : dct.year - 1
      case W.next: y = month > dct.month ? dct.year : dct.year + 1
      default: y = dct.year
      }
      var candidate = Candidate(i, i + 2, .date, TimeValues.month(y, month))
      candidate.anchor = dct
      candidate.takesThe = false
      return candidate
    }
    guard token.lexicon.kind == .month, token.capitalized else { return nil }
    let month = n(i)
    // May and March are also verbs and nouns; abbreviations other than `Jan.`-style need a period.
    let length = Int(token.end - token.start)
    let abbreviated = length <= 4 && month != 5 && month != 6 && month != 7
    if abbreviated, bytes[Int(token.end) - 1] != 0x2E, length == 3 || month != 9 {
      // `Jan` without a period only before a day.
      guard i + 1 < tokens.count, tokens[i + 1].isPlainNumber, tokens[i + 1].digits <= 2 else { return nil }
    }
    var k = i + 1
    // Month Day(, Year)
    if k < tokens.count, tokens[k].kind == .number, tokens[k].digits <= 2,
      tokens[k].suffix == .none || tokens[k].suffix == .ordinal, tokens[k].value >= 0
    {
      let d = tokens[k].value
      guard d >= 1, d <= 31 else { return nil }
      k += 1
      var y: Int?
      var end = k
      if isComma(k), let written = year(at: k + 1) {
        y = written
        end = k + 2
      } else if let written = year(at: k) {
        y = written
        end = k + 1
      }
      let date: CalendarDate?
      var anchored = false
      if let y {
        date = CalendarDate(year: y, month: month, day: d)
      } else {
        guard CalendarDate(year: 2000, month: month, day: d) != nil else { return nil }
        date = day(month: month, day: d, at: i)
        anchored = true
        if date == nil {
          // No DCT: the month and day only.
          return Candidate(i, end, .date, "XXXX-" + TimeValues.pad(month, 2) + "-" + TimeValues.pad(d, 2))
        }
      }
      guard let date else { return nil }
      var candidate = Candidate(i, end, .date, date.iso)
      candidate.takesThe = false
      candidate.day = date
      if anchored { candidate.anchor = dct }
      return candidate
    }
    // Month (of)? Year
    if hash(k) == W.of, year(at: k + 1) != nil { k += 1 }
    if isComma(k), year(at: k + 1) != nil, month != 5 { k += 1 }
    if let (y, end) = year(at: k).map({ ($0, k + 1) }) ?? spelledYear(at: k) ?? relativeYear(at: k) {
      var candidate = Candidate(i, end, .date, TimeValues.month(y, month))
      candidate.takesThe = false
      candidate.year = y
      if end > k + 1 { candidate.anchor = dct }
      return candidate
    }
    if month == 5 || month == 3 {
      // `May` the verb, `March` the noun: only after a word that introduces dates.
      guard i > 0, TimeScanner.monthIntroducers.contains(tokens[i - 1].hash) || isHyphen(i - 1) else {
        return nil
      }
    }
    guard let y = year(forMonth: month, at: i) else {
      return Candidate(i, i + 1, .date, "XXXX-" + TimeValues.pad(month, 2))
    }
    var candidate = Candidate(i, i + 1, .date, TimeValues.month(y, month))
    candidate.takesThe = false
    candidate.anchor = dct
    return candidate
  }

  /// `this year`, `last year`, `next year` right after a month (`June last year`): that year.
  func relativeYear(at k: Int) -> (Int, Int)? {
    guard let dct, hash(k + 1) == W.year, !isHyphen(k + 2), hash(k + 2) != TimeScanner.possessive else {
      return nil
    }
    switch hash(k) {
    case W.this: return (dct.year, k + 2)
    case W.last: return (dct.year - 1, k + 2)
    case W.next: return (dct.year + 1, k + 2)
    default: return nil
    }
  }

  /// Words that put the date after them ahead: `by Friday`, `until March`, `effective Feb. 1`.
  static let deadlines: Set<UInt64> = Set(
    ["by", "until", "till", "through", "effective"].map(TimeLexicon.hash))

  static let monthIntroducers: Set<UInt64> = Set(
    [
      "in", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this", "of", "from",
      "through",
      "before", "after", "during", "on", "and", "or", "to", "between", "end", "since", "throughout", "from",
    ]
    .map(TimeLexicon.hash))

  /// `2 January 2022`, `2nd January`, `the 2nd of January`.
  private func dayMonth(at i: Int) -> Candidate? {
    let token = tokens[i]
    guard token.digits <= 2, token.suffix == .none || token.suffix == .ordinal, token.value >= 1,
      token.value <= 31
    else { return nil }
    var k = i + 1
    if token.suffix == .ordinal, hash(k) == W.of { k += 1 }
    guard kind(k) == .month, tokens[k].capitalized else { return nil }
    let month = n(k)
    let d = token.value
    k += 1
    if isComma(k), year(at: k + 1) != nil { k += 1 }
    if let y = year(at: k) {
      guard let date = CalendarDate(year: y, month: month, day: d) else { return nil }
      var candidate = Candidate(i, k + 1, .date, date.iso)
      candidate.day = date
      return candidate
    }
    guard CalendarDate(year: 2000, month: month, day: d) != nil else { return nil }
    guard let date = day(month: month, day: d, at: i) else {
      return Candidate(i, k, .date, "XXXX-" + TimeValues.pad(month, 2) + "-" + TimeValues.pad(d, 2))
    }
    var candidate = Candidate(i, k, .date, date.iso)
    candidate.day = date
    candidate.anchor = dct
    return candidate
  }
}
