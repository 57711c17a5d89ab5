/// Weekdays: `Friday` (the previous Friday in past-tense reporting, the next one when the
/// sentence looks ahead), `last Friday`, `next Friday`, `this Friday`, `this coming Sunday`,
/// `Friday, Jan. 9`, and
/// with a part of the day, `Friday morning` (TIME, `1998-01-09TMO`).
extension TimeScanner {
  func weekday(at i: Int) -> Candidate? {
    guard i >= 0, i < tokens.count else { return nil }
    var k = i
    var relation = 0
    switch hash(i) {
    case W.last, W.past, W.previous: relation = -1
    case W.next, W.coming, W.following: relation = 1
    case W.this: relation = 2
    default: break
    }
    if relation != 0 { k += 1 }
    // `this coming Sunday`
    if relation == 2, hash(k) == W.coming {
      relation = 1
      k += 1
    }
    guard kind(k) == .weekday, tokens[k].capitalized else { return nil }
    let weekday = n(k)
    // `Wed.`-style abbreviations are not in the lexicon; `sun`, `sat` never reach here.
    k += 1
    // Friday, Jan. 9(, 1998): the written date decides.
    var explicit: Candidate?
    if relation == 0 {
      if isComma(k), let date = monthDate(at: k + 1), date.day != nil {
        explicit = date
      } else if let date = monthDate(at: k), date.day != nil {
        explicit = date
      }
    }
    if var date = explicit {
      date.start = i
      date.takesThe = false
      return date
    }
    // `the previous Friday`, `the following Monday`: counted from the day the story last named.
    let fromNarrative = hash(i) == W.previous || hash(i) == W.following
    var day = self.day(weekday: weekday, at: i, relation: relation == 2 ? 0 : relation)
    if fromNarrative, let base = narrativeDay {
      let gap =
        relation < 0 ? (base.weekday.rawValue - weekday + 7) % 7 : (weekday - base.weekday.rawValue + 7) % 7
      day = base.adding(days: relation * (gap == 0 ? 7 : gap))
    }
    guard let day else {
      return Candidate(i, k, .date, "XXXX-WXX-" + String(weekday))
    }
    var candidate = Candidate(i, k, .date, day.iso)
    candidate.takesThe = fromNarrative
    candidate.anchor = fromNarrative ? narrativeDay : dct
    candidate.day = day
    if let part = partOfDay(at: k) {
      candidate.end = part.end
      candidate.type = .time
      candidate.value = day.iso + "T" + part.part.code
    }
    return candidate
  }

  /// `morning`, `night`… right after a day word (`Friday night`, `yesterday morning`).
  func partOfDay(at k: Int) -> (part: PartOfDay, end: Int)? {
    guard kind(k) == .partOfDay, let part = PartOfDay(rawValue: UInt8(n(k))) else { return nil }
    // `noon` and `midnight` after a day are clock times, not parts.
    if hash(k) == W.noon || hash(k) == W.midnight { return nil }
    return (part, k + 1)
  }
}
