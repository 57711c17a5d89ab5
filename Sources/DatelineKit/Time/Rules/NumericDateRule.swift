/// Dates written in digits: ISO `2022-01-10`, `01/10/2022`, and years (`1998`, `fiscal 1989`,
/// `the 1989 fiscal year`). Numbers that only look like dates (`2882015`, `3-2`, `555-1234`,
/// `2,000`) and years that count things (`1990 people`) are left alone.
extension TimeScanner {
  func numericDate(at i: Int) -> Candidate? {
    guard i >= 0, i < tokens.count else { return nil }
    let token = tokens[i]
    if token.kind == .word, token.hash == W.fiscal || token.hash == W.calendar {
      var k = i + 1
      if hash(k) == W.year { k += 1 }
      guard let y = year(at: k), !countsThings(after: k) else { return nil }
      var candidate = Candidate(i, k + 1, .date, TimeValues.year(y))
      candidate.year = y
      return candidate
    }
    // the year 2000, the year two thousand
    if token.hash == W.year, let (y, end) = spelledYear(at: i + 1) ?? year(at: i + 1).map({ ($0, i + 2) }) {
      var candidate = Candidate(i, end, .date, TimeValues.year(y))
      candidate.year = y
      return candidate
    }
    // `two thousand troops` counts; `nineteen ninety-six` alone is a year.
    if token.kind == .word, let (y, end) = spelledYear(at: i), !countsThings(after: end - 1),
      end >= tokens.count || tokens[end].kind != .word || TimeScanner.verbsInS.contains(tokens[end].hash)
        || tokens[end].capitalized || TimeScanner.yearFollowers.contains(tokens[end].hash)
    {
      var candidate = Candidate(i, end, .date, TimeValues.year(y))
      candidate.takesThe = false
      candidate.year = y
      return candidate
    }
    guard token.kind == .number else { return nil }
    if token.suffix == .other { return writtenDate(at: i) }
    guard let y = year(at: i), !countsThings(after: i) else { return nil }
    // `$1998`, `No. 1998`, `1998-99`, `1998/99`; but `mid-1996`, `late-1998` are years.
    if i > 0, tokens[i - 1].kind == .punctuation, adjacent(i - 1, i),
      !(isHyphen(i - 1) && TimeScanner.partOfYear.contains(hash(i - 2)))
    {
      return nil
    }
    if i + 1 < tokens.count, tokens[i + 1].kind == .punctuation, adjacent(i, i + 1), !isComma(i + 1),
      bytes[Int(tokens[i + 1].start)] != 0x2E
    {
      return nil
    }
    var end = i + 1
    // the 1988 quarter, the 1989 period: that year's quarter the story is about
    if hash(end) == W.quarter || hash(end) == W.period, let q = recentQuarter(at: i) {
      var candidate = Candidate(i, end + 1, .date, TimeValues.quarter(y, q.quarter))
      candidate.quarter = (y, q.quarter)
      return candidate
    }
    // the 1989 fiscal year
    if hash(end) == W.fiscal, hash(end + 1) == W.year { end += 2 }
    var candidate = Candidate(i, end, .date, TimeValues.year(y))
    candidate.takesThe = end > i + 1
    candidate.year = y
    return candidate
  }

  /// `nineteen ninety-six`, `nineteen eighty`, `two thousand`, `two thousand and one`.
  func spelledYear(at i: Int) -> (Int, Int)? {
    guard kind(i) == .cardinal else { return nil }
    let first = n(i)
    if first == 2, hash(i + 1) == TimeScanner.thousandWord {
      var end = i + 2
      var y = 2000
      var k = end
      if hash(k) == W.and { k += 1 }
      if let (n, after) = count(at: k), let n, n < 100, kind(k) == .cardinal, hash(k) != W.a {
        y += n
        end = after
      }
      return (y, end)
    }
    guard first >= 11, first <= 20, kind(i + 1) == .cardinal, let (rest, end) = count(at: i + 1), let rest,
      rest >= 10, rest < 100
    else { return nil }
    return (first * 100 + rest, end)
  }
  static let thousandWord = TimeLexicon.hash("thousand")
  static let partOfYear: Set<UInt64> = [W.mid, W.early, W.late]
  static let yearFollowers: Set<UInt64> = Set(
    [
      "and", "or", "when", "the", "to", "in", "after", "before", "until", "was", "were", "he", "she", "they",
      "it",
      "we", "i", "but", "as", "that", "on", "at", "by", "for", "with", "from", "because",
    ].map(TimeLexicon.hash))

  /// Words after a number that make it a count: `1990 people`, `2000 percent`.
  private func countsThings(after k: Int) -> Bool {
    let next = k + 1
    guard next < tokens.count else { return false }
    let t = tokens[next]
    if t.kind == .punctuation, bytes[Int(t.start)] == 0x25 { return true }  // %
    guard t.kind == .word, !t.capitalized else { return false }
    if TimeScanner.countNouns.contains(t.hash) { return true }
    // A plural noun right after: `2000 troops` (but `1998 was`, `1998 has`).
    let length = Int(t.end - t.start)
    return length > 3 && bytes[Int(t.end) - 1] == 0x73 && t.lexicon.kind == .none
      && !TimeScanner.verbsInS.contains(t.hash)
  }

  static let countNouns: Set<UInt64> = Set(
    [
      "percent", "per", "people", "men", "women", "children", "feet", "metres", "meters", "miles", "tons",
      "tonnes", "dollars", "yen", "euros", "pounds", "shares", "points", "kilometres", "kilometers", "acres",
    ]
    .map(TimeLexicon.hash))
  static let verbsInS: Set<UInt64> = Set(
    [
      "was", "has", "is", "does", "sees", "marks", "becomes", "looks", "seems", "remains", "brings", "ends",
      "begins", "comes", "goes", "saw", "as", "levels", "figures", "results", "earnings", "sales", "numbers",
      "elections", "rates",
    ]
    .map(TimeLexicon.hash))

  /// `2022-01-10`, `1/10/2022`, `10/01/22` (month first, as in US wire copy).
  private func writtenDate(at i: Int) -> Candidate? {
    let token = tokens[i]
    var parts: [Int] = []
    var widths: [Int] = []
    var separator: UInt8 = 0
    var value = 0
    var width = 0
    var k = Int(token.start)
    while k < Int(token.end) {
      let b = bytes[k]
      if b &- 0x30 < 10 {
        value = value * 10 + Int(b &- 0x30)
        width += 1
        if width > 4 { return nil }
      } else if b == 0x2D || b == 0x2F {
        if separator != 0 && separator != b { return nil }
        separator = b
        parts.append(value)
        widths.append(width)
        value = 0
        width = 0
      } else {
        return nil
      }
      k += 1
    }
    parts.append(value)
    widths.append(width)
    guard parts.count == 3 else { return nil }
    let date: CalendarDate?
    if separator == 0x2D, widths == [4, 2, 2] {
      date = CalendarDate(year: parts[0], month: parts[1], day: parts[2])
    } else if separator == 0x2F, widths[0] <= 2, widths[1] <= 2, widths[2] == 4 || widths[2] == 2 {
      let y = widths[2] == 4 ? parts[2] : (parts[2] < 50 ? 2000 + parts[2] : 1900 + parts[2])
      date = CalendarDate(year: y, month: parts[0], day: parts[1])
    } else {
      date = nil
    }
    guard let date else { return nil }
    var candidate = Candidate(i, i + 1, .date, date.iso)
    candidate.takesThe = false
    candidate.day = date
    return candidate
  }
}
