/// Recurring times (TimeML SET): `every Monday` (`XXXX-WXX-1`, quant EVERY), `every day`
/// (`P1D`), `each year`, `every two weeks` (`P2W`), `daily`, `weekly`, `annually`, `Mondays`,
/// `twice a week` (`P1W`, freq 2X), `three times a year`.
extension TimeScanner {
  func set(at i: Int) -> Candidate? {
    guard i >= 0, i < tokens.count else { return nil }
    let h = hash(i)
    if let unit = TimeScanner.adverbs[h] {
      // `daily` before a noun is an adjective (`daily newspaper`): still a SET in TimeML.
      var candidate = Candidate(i, i + 1, .set, unit.duration(1))
      candidate.takesThe = false
      return candidate
    }
    if h == W.every || h == W.each {
      var k = i + 1
      if kind(k) == .weekday {
        var candidate = Candidate(i, k + 1, .set, "XXXX-WXX-" + String(n(k)))
        candidate.quant = h == W.every ? "EVERY" : "EACH"
        if let part = partOfDay(at: k + 1) {
          candidate.end = part.end
          candidate.value += "T" + part.part.code
        }
        candidate.takesThe = false
        return candidate
      }
      if kind(k) == .month, tokens[k].capitalized {
        var candidate = Candidate(i, k + 1, .set, "XXXX-" + TimeValues.pad(n(k), 2))
        candidate.quant = h == W.every ? "EVERY" : "EACH"
        candidate.takesThe = false
        return candidate
      }
      if kind(k) == .partOfDay, let part = PartOfDay(rawValue: UInt8(n(k))) {
        var candidate = Candidate(i, k + 1, .set, "XXXX-XX-XXT" + part.code)
        candidate.quant = "EVERY"
        return candidate
      }
      if hash(k) == TimeScanner.otherWord { k += 1 }
      var count = hash(i + 1) == TimeScanner.otherWord ? 2 : 1
      if let (n, end) = self.count(at: k), let n, tokens[k].hash != W.a { count *= n; k = end }
      guard let (unit, _, end) = unit(at: k) else { return nil }
      var candidate = Candidate(i, end, .set, unit.duration(count))
      candidate.quant = h == W.every ? "EVERY" : "EACH"
      candidate.takesThe = false
      return candidate
    }
    // Mondays (a recurring weekday), capitalised plural of a weekday name.
    if tokens[i].kind == .word, tokens[i].capitalized, Int(tokens[i].end - tokens[i].start) > 6,
      bytes[Int(tokens[i].end) - 1] == 0x73, let weekday = TimeScanner.pluralWeekdays[h]
    {
      var candidate = Candidate(i, i + 1, .set, "XXXX-WXX-" + String(weekday))
      candidate.takesThe = false
      return candidate
    }
    // twice a week, three times a year, once a month
    var freq: Int?
    var k = i + 1
    if h == W.once {
      freq = 1
    } else if h == W.twice {
      freq = 2
    } else if let (n, end) = count(at: i), let n,
      hash(end) == W.times
    {
      freq = n
      k = end + 1
    }
    guard let freq, hash(k) == W.a || hash(k) == W.per || hash(k) == W.every || hash(k) == W.each,
      let (unit, plural, end) = unit(at: k + 1), !plural
    else { return nil }
    var candidate = Candidate(i, end, .set, unit.duration(1))
    candidate.freq = String(freq) + "X"
    candidate.takesThe = false
    return candidate
  }

  static let otherWord = TimeLexicon.hash("other")
  static let adverbs: [UInt64: TimeUnit] = [
    W.daily: .day, TimeLexicon.hash("weekly"): .week, TimeLexicon.hash("monthly"): .month,
    TimeLexicon.hash("yearly"): .year, TimeLexicon.hash("hourly"): .hour,
    TimeLexicon.hash("quarterly"): .quarter, TimeLexicon.hash("nightly"): .day,
  ]
  static let pluralWeekdays: [UInt64: Int] = Dictionary(
    uniqueKeysWithValues: [
      "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
    ]
    .enumerated().map { (TimeLexicon.hash($0.element), $0.offset + 1) })
}
