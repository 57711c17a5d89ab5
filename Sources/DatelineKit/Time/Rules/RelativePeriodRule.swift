/// Calendar periods named relative to the DCT: `this week`, `last month`, `next year`,
/// `the current quarter`, `this weekend`, `the year`, `the current fiscal year`, `the end of the
/// month`, and the financial `the quarter`,
/// `the latest period`, `year-earlier`, `the year-ago quarter` (the quarter the story is about).
extension TimeScanner {
  func relativePeriod(at i: Int, afterThe: Bool) -> Candidate? {
    guard i >= 0, i < tokens.count else { return nil }
    guard let dct else { return nil }
    let h = hash(i)
    var shift: Int
    switch h {
    case W.this, W.current: shift = 0
    case W.last, W.previous, W.past, W.prior: shift = -1
    case W.next, W.coming, W.following: shift = 1
    case W.latest: shift = 0
    case W.that:
      if hash(i + 1) == W.year, let year = narrative.year {
        var candidate = Candidate(i, i + 2, .date, TimeValues.year(year))
        candidate.takesThe = false
        return candidate
      }
      if hash(i + 1) == W.quarter, let q = narrative.quarter {
        var candidate = Candidate(i, i + 2, .date, TimeValues.quarter(q.year, q.quarter))
        candidate.takesThe = false
        return candidate
      }
      return nil
    case W.year where isHyphen(i + 1) && (hash(i + 2) == W.earlier || hash(i + 2) == W.ago):
      return yearEarlier(at: i)
    case W.year where !afterThe:
      return yearEnd(at: i)
    case W.quarter where afterThe, W.period where afterThe:
      return reportedQuarter(at: i, end: i + 1)
    case W.weekend where afterThe:
      // the weekend: the one ahead in future sentences, else the last one.
      var day = dct
      if direction(at: i) == .future {
        day = dct.adding(days: 7 - dct.weekday.rawValue)
      } else if dct.weekday.rawValue < 6 {
        day = dct.adding(days: -7)
      }
      var candidate = Candidate(i, i + 1, .date, TimeValues.week(day) + "-WE")
      candidate.anchor = dct
      return candidate
    case TimeScanner.full where afterThe, W.fiscal where afterThe:
      // the full year, the fiscal year (ended …): the story's year; `ended` makes it a span.
      guard hash(i + 1) == W.year else { return nil }
      if hash(i + 2) == TimeScanner.endedWord || hash(i + 2) == TimeScanner.endingWord {
        return Candidate(i, i + 2, .duration, "P1Y")
      }
      var candidate = Candidate(i, i + 2, .date, TimeValues.year(dct.year))
      candidate.anchor = dct
      return candidate
    case TimeScanner.month where afterThe:
      // `the end of the month`: the DCT's month; `the month` alone is too vague to anchor.
      guard hash(i - 2) == W.of, TimeScanner.partWords.contains(hash(i - 3)) else { return nil }
      var candidate = Candidate(i, i + 1, .date, TimeValues.moved(dct, by: 0, unit: .month))
      candidate.anchor = dct
      return candidate
    case TimeScanner.week where afterThe:
      // `for the week`, `the week's most active issue`: the DCT's week.
      var candidate = Candidate(i, i + 1, .date, TimeValues.week(dct))
      candidate.anchor = dct
      return candidate
    case W.year where afterThe:
      guard !isHyphen(i + 1) else { return nil }
      // `the year ended Sept. 30` is a span; `for the year` the DCT's year.
      if hash(i + 1) == TimeScanner.endedWord || hash(i + 1) == TimeScanner.endingWord {
        return Candidate(i, i + 1, .duration, "P1Y")
      }
      var candidate = Candidate(i, i + 1, .date, TimeValues.year(dct.year))
      candidate.anchor = dct
      return candidate
    default: return nil
    }
    if isHyphen(i + 1) { return nil }  // last-minute, year-end
    if hash(i + 1) == W.fiscal, hash(i + 2) == W.year, h != W.past, h != W.following, h != W.previous,
      h != W.prior
    {
      // `the current fiscal year`, `last fiscal year`; `the latest fiscal year` has been reported.
      let year = dct.year + (h == W.latest ? -1 : shift)
      var candidate = Candidate(i, i + 3, .date, TimeValues.year(year))
      candidate.anchor = dct
      candidate.year = year
      candidate.takesThe = h == W.current || h == W.latest
      return candidate
    }
    guard let (unit, plural, end) = unit(at: i + 1), !plural else {
      if h == W.latest || h == W.current || h == W.past, hash(i + 1) == W.period {
        return reportedQuarter(at: i, end: i + 2)
      }
      return nil
    }
    // `the past year`, `the last week` are spans (DURATION); `last year` is a date.
    if afterThe && (h == W.past || h == W.last) || h == W.past {
      var candidate = Candidate(i, end, .duration, unit.duration(1))
      candidate.takesThe = true
      return candidate
    }
    if h == W.latest || (afterThe && h == W.last) {
      guard unit == .quarter else { return nil }
      return reportedQuarter(at: i, end: end, latest: true)
    }
    if h == W.following || h == W.previous || h == W.prior {
      // the following week: relative to the narrative
      guard afterThe, let base = narrativeDay else { return nil }
      var candidate = Candidate(i, end, .date, TimeValues.moved(base, by: shift, unit: unit))
      candidate.anchor = base
      return candidate
    }
    var value: String
    switch unit {
    case .weekend:
      // this weekend: the one ahead (the DCT's own on a weekend), the one just past only in a
      // past-tense sentence (`protests this weekend drew thousands`).
      var day = dct
      if shift == 0 {
        if direction(at: i) == .past, dct.weekday.rawValue < 6 { day = dct.adding(days: -7) }
      } else {
        day = dct.adding(days: 7 * shift)
      }
      value = TimeValues.week(day) + "-WE"
    case .second, .minute, .hour: return nil
    default: value = TimeValues.moved(dct, by: shift, unit: unit)
    }
    var candidate = Candidate(i, end, .date, value)
    candidate.anchor = dct
    candidate.takesThe = h == W.current || h == W.following || h == W.previous
    if unit == .quarter {
      let q = TimeValues.shift(year: dct.year, quarter: TimeValues.quarter(of: dct), by: shift)
      candidate.quarter = q
    }
    if unit == .year {
      candidate.year = dct.year + shift
      // Earnings copy: `compared with $1.2 million last year` is last year's same quarter.
      if shift == -1, let q = recentQuarter(at: i), narrative.quarterSentence == Int(sentence[i]) {
        candidate.value = TimeValues.quarter(q.year - 1, q.quarter)
      }
    }
    return candidate
  }

  static let full = TimeLexicon.hash("full")
  static let month = TimeLexicon.hash("month")
  static let partWords: Set<UInt64> = [W.end, W.beginning, W.start, W.middle]
  static let week = TimeLexicon.hash("week")
  static let endedWord = TimeLexicon.hash("ended")
  static let endingWord = TimeLexicon.hash("ending")

  /// `the quarter`, `the latest quarter`, `the period`: the quarter the story last named, else the
  /// last full quarter before the DCT (what earnings reports cover).
  private func reportedQuarter(at i: Int, end: Int, latest: Bool = false) -> Candidate? {
    guard let dct else { return nil }
    // `the quarter ended Sept. 30`, `the period` alone in prose: only with financial context.
    let completed = TimeValues.shift(year: dct.year, quarter: TimeValues.quarter(of: dct), by: -1)
    var q = recentQuarter(at: i) ?? completed
    // The latest quarter has been reported: not the one under way.
    if latest, (q.year, q.quarter) > (completed.year, completed.quarter) { q = completed }
    if hash(i) == W.period, recentQuarter(at: i) == nil { return nil }
    var candidate = Candidate(i, end, .date, TimeValues.quarter(q.year, q.quarter))
    candidate.anchor = dct
    candidate.quarter = q
    return candidate
  }

  /// `year-end`, `year end`, `year's end`: the end of the DCT's year (`by year-end`), or of the
  /// year before when counted from (`since year-end`); mod END.
  private func yearEnd(at i: Int) -> Candidate? {
    guard let dct else { return nil }
    var k = i + 1
    if isHyphen(k) || hash(k) == TimeScanner.possessive { k += 1 }
    guard hash(k) == W.end else { return nil }
    let since = i > 0 && hash(i - 1) == W.since
    var candidate = Candidate(i, k + 1, .date, TimeValues.year(since ? dct.year - 1 : dct.year))
    candidate.mod = "END"
    candidate.anchor = dct
    candidate.takesThe = false
    return candidate
  }

  /// `year-earlier`, `year-ago` (adjectives) with an optional `quarter`/`period` after them.
  private func yearEarlier(at i: Int) -> Candidate? {
    guard let dct else { return nil }
    var end = isHyphen(i + 1) ? i + 3 : i + 2
    let quarterFollows = hash(end) == W.quarter || hash(end) == W.period
    if quarterFollows { end += 1 }
    var value = TimeValues.year(dct.year - 1)
    if let q = recentQuarter(at: i) {
      value = TimeValues.quarter(q.year - 1, q.quarter)
    } else if quarterFollows {
      let q = TimeValues.shift(year: dct.year, quarter: TimeValues.quarter(of: dct), by: -1)
      value = TimeValues.quarter(q.year - 1, q.quarter)
    }
    var candidate = Candidate(i, end, .date, value)
    candidate.anchor = dct
    candidate.takesThe = quarterFollows
    return candidate
  }
}
