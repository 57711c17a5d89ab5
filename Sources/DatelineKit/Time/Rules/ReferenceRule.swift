/// Times that only point at the present, past or future: `now`, `currently`, `nowadays`,
/// `these days` (PRESENT_REF); `recently`, `the past`, `recent years` (PAST_REF); `the
/// future`, `soon` (FUTURE_REF); `the coming weeks`, `in coming months`, `the weeks ahead` (spans).
extension TimeScanner {
  func reference(at i: Int, afterThe: Bool) -> Candidate? {
    guard i >= 0, i < tokens.count else { return nil }
    let h = hash(i)
    var value: String
    var end = i + 1
    var takesThe = false
    switch h {
    case W.now:
      // `now` as a discourse marker opening a clause is still PRESENT_REF in TimeBank.
      value = "PRESENT_REF"
    case TimeScanner.currently, TimeScanner.nowadays: value = "PRESENT_REF"
    case TimeScanner.these where kind(i + 1) == .unit && hash(i + 1) == W.days:
      value = "PRESENT_REF"; end = i + 2
    case TimeScanner.present where afterThe: value = "PRESENT_REF"; takesThe = true
    case TimeScanner.recently, TimeScanner.lately: value = "PAST_REF"
    case W.recent:
      // recent years, recent months, recent weeks
      guard kind(i + 1) == .unit, tokens[i + 1].lexicon.plural, let unit = TimeUnit(rawValue: UInt8(n(i + 1)))
      else {
        return nil
      }
      end = i + 2
      takesThe = true
      // `recent years` points at the past; `recent weeks`, `recent months` are spans up to now.
      if unit != .year {
        var candidate = Candidate(i, end, .duration, unit.duration(nil))
        candidate.takesThe = true
        return candidate
      }
      value = "PAST_REF"
    case W.past where afterThe:
      // the past (alone, not `the past two years`)
      if kind(i + 1) == .unit || count(at: i + 1) != nil || kind(i + 1) == .weekday { return nil }
      value = "PAST_REF"
      takesThe = true
    case TimeScanner.near where afterThe, TimeScanner.short where afterThe:
      guard hash(i + 1) == TimeScanner.future || hash(i + 1) == TimeScanner.term else { return nil }
      value = "FUTURE_REF"
      end = i + 2
      takesThe = true
    case TimeScanner.future:
      value = "FUTURE_REF"
      takesThe = true
      if !afterThe {
        // `future` as an adjective (`future plans`) is not a time; `in future` is.
        guard i > 0, hash(i - 1) == W.in else { return nil }
      }
    case W.coming:
      // `the coming weeks`; without the article only after a preposition (`in coming weeks`).
      guard afterThe || (i > 0 && TimeScanner.spanPrepositions.contains(hash(i - 1))) else { return nil }
      guard kind(i + 1) == .unit, tokens[i + 1].lexicon.plural, let unit = TimeUnit(rawValue: UInt8(n(i + 1)))
      else {
        return nil
      }
      var candidate = Candidate(i, i + 2, .duration, unit.duration(nil))
      candidate.takesThe = true
      return candidate
    default:
      // `the weeks ahead`, `the months ahead`: an unbounded span from now.
      guard afterThe, kind(i) == .unit, tokens[i].lexicon.plural, hash(i + 1) == TimeScanner.ahead,
        let unit = TimeUnit(rawValue: UInt8(n(i)))
      else {
        return nil
      }
      var candidate = Candidate(i, i + 2, .duration, unit.duration(nil))
      candidate.takesThe = true
      return candidate
    }
    var candidate = Candidate(i, end, .date, value)
    candidate.takesThe = takesThe
    candidate.anchor = dct
    return candidate
  }

  static let currently = TimeLexicon.hash("currently")
  static let nowadays = TimeLexicon.hash("nowadays")
  static let these = TimeLexicon.hash("these")
  static let present = TimeLexicon.hash("present")
  static let recently = TimeLexicon.hash("recently")
  static let lately = TimeLexicon.hash("lately")
  static let future = TimeLexicon.hash("future")
  static let near = TimeLexicon.hash("near")
  static let short = TimeLexicon.hash("short")
  static let term = TimeLexicon.hash("term")
  static let ahead = TimeLexicon.hash("ahead")
  static let spanPrepositions: Set<UInt64> = Set(
    ["in", "over", "within", "during", "for"].map(TimeLexicon.hash))
}
