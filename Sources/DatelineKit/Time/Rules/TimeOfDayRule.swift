/// Clock times and parts of the day: `3 p.m.`, `3:30 pm`, `10 o'clock`, `noon`, `midnight`,
/// `at 15:30`, with a day after them (`3 p.m. Friday`, `8 a.m. yesterday`), and
/// `the morning of January 7` (`2022-01-07TMO`).
extension TimeScanner {
  func timeOfDay(at i: Int) -> Candidate? {
    guard i >= 0, i < tokens.count else { return nil }
    let token = tokens[i]
    if token.kind == .word {
      if token.hash == W.noon || token.hash == W.midnight || token.hash == TimeScanner.middayWord {
        return clock(i, i + 1, hour: token.hash == W.midnight ? 24 : 12, minute: 0)
      }
      // the morning of January 7
      if kind(i) == .partOfDay, hash(i + 1) == W.of, let part = PartOfDay(rawValue: UInt8(n(i))),
        let date = monthDate(at: i + 2) ?? weekday(at: i + 2), let day = date.day, date.type == .date
      {
        var candidate = Candidate(i, date.end, .time, day.iso + "T" + part.code)
        candidate.day = day
        candidate.anchor = date.anchor
        return candidate
      }
      return nil
    }
    guard token.kind == .number else { return nil }
    var hour = -1
    var minute = 0
    if token.isPlainNumber, token.digits <= 2 {
      hour = token.value
    } else if token.suffix == .other {
      // h:mm or h.mm
      var k = Int(token.start)
      var h = 0
      var digits = 0
      while k < Int(token.end), bytes[k] &- 0x30 < 10, digits < 3 {
        h = h * 10 + Int(bytes[k] &- 0x30); k += 1; digits += 1
      }
      guard digits >= 1, digits <= 2, k < Int(token.end), bytes[k] == 0x3A || bytes[k] == 0x2E else {
        return nil
      }
      k += 1
      var m = 0
      var mDigits = 0
      while k < Int(token.end), bytes[k] &- 0x30 < 10, mDigits < 3 {
        m = m * 10 + Int(bytes[k] &- 0x30); k += 1; mDigits += 1
      }
      guard k == Int(token.end), mDigits == 2, m < 60 else { return nil }
      hour = h
      minute = m
    }
    guard hour >= 0, hour <= 24 else { return nil }
    var end = i + 1
    let h = hash(end)
    if h == W.pm || h == W.pmShort || h == W.am || h == W.amShort {
      guard hour >= 1, hour <= 12 else { return nil }
      if h == W.pm || h == W.pmShort { hour = hour == 12 ? 12 : hour + 12 } else if hour == 12 { hour = 0 }
      end += 1
    } else if h == W.oclock {
      end += 1
    } else if token.isPlainNumber, hour >= 1, hour <= 12, let (part, after) = partOfDay(after: end) {
      // `4 in the morning`, `10 at night`
      switch part {
      case .morning: if hour == 12 { hour = 0 }
      case .afternoon, .evening: if hour < 12 { hour += 12 }
      case .night: if hour >= 6, hour < 12 { hour += 12 } else if hour == 12 { hour = 0 }
      case .midday, .daytime: break
      }
      end = after
    } else if token.suffix == .other, hash(i - 1) == W.at, hour < 24 {
      // `at 15:30`
    } else {
      return nil
    }
    // Time zones written after the time: EST, GMT, local time.
    if end < tokens.count, tokens[end].kind == .word, TimeScanner.zones.contains(tokens[end].hash) {
      end += 1
    }
    return clock(i, end, hour: hour, minute: minute)
  }

  /// A clock time, on the day written after it or else the narrative's day.
  private func clock(_ i: Int, _ end: Int, hour: Int, minute: Int) -> Candidate? {
    var end = end
    var day = narrativeDay
    var k = end
    if isComma(k) { k += 1 }
    if let next = relativeDay(at: k, afterThe: false) ?? weekday(at: k) ?? monthDate(at: k),
      let nextDay = next.day,
      next.type == .date
    {
      day = nextDay
      end = next.end
    } else if hash(end) == W.on, let next = weekday(at: end + 1) ?? monthDate(at: end + 1), next.day != nil {
      // `3 p.m. on Friday`: the day is its own expression.
      day = next.day
    }
    let time = "T" + TimeValues.pad(hour, 2) + ":" + TimeValues.pad(minute, 2)
    var candidate = Candidate(i, end, .time, (day.map { $0.iso } ?? "XXXX-XX-XX") + time)
    candidate.anchor = day
    candidate.takesThe = false
    return candidate
  }

  /// `in the morning`, `in the afternoon`, `in the evening`, `at night` at `k`, with the token after it.
  private func partOfDay(after k: Int) -> (PartOfDay, Int)? {
    if hash(k) == W.in, hash(k + 1) == W.the, kind(k + 2) == .partOfDay,
      let part = PartOfDay(rawValue: UInt8(n(k + 2))), part != .night, part != .midday
    {
      return (part, k + 3)
    }
    if hash(k) == W.at, hash(k + 1) == TimeScanner.nightWord { return (.night, k + 2) }
    return nil
  }
  static let middayWord = TimeLexicon.hash("midday")
  static let nightWord = TimeLexicon.hash("night")

  static let zones: Set<UInt64> = Set(
    [
      "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "et", "pt",
      "ct",
    ]
    .map(TimeLexicon.hash))
}
