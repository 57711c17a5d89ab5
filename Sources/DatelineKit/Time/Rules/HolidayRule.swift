/// Holidays with a fixed or computable day: `Christmas` (`2021-12-25`), `Christmas Eve`,
/// `New Year's Day`, `New Year's Eve`, `Independence Day`, `Thanksgiving` (the fourth Thursday
/// of November), `Labor Day` (the first Monday of September), `Memorial Day` (the last Monday
/// of May). The year is the DCT's, or the one the tense points to.
extension TimeScanner {
  func holiday(at i: Int) -> Candidate? {
    guard i < tokens.count, tokens[i].capitalized else { return nil }
    var end = i + 1
    let month: Int
    var day: ((Int) -> Int)
    switch tokens[i].hash {
    case TimeScanner.christmas:
      month = 12
      if hash(end) == TimeScanner.eve, tokens[end].capitalized {
        day = { _ in 24 }
        end += 1
      } else {
        day = { _ in 25 }
        if hash(end) == W.day, tokens[end].capitalized { end += 1 }
      }
    case TimeScanner.thanksgiving:
      month = 11
      day = { year in TimeScanner.nthWeekday(4, .thursday, month: 11, year: year) }
      if hash(end) == W.day, tokens[end].capitalized { end += 1 }
    case TimeScanner.new:
      // New Year's Day, New Year's Eve
      guard hash(i + 1) == W.year, hash(i + 2) == TimeScanner.possessive, i + 3 < tokens.count,
        tokens[i + 3].capitalized, hash(i + 3) == W.day || hash(i + 3) == TimeScanner.eve
      else { return nil }
      let eve = hash(i + 3) == TimeScanner.eve
      month = eve ? 12 : 1
      day = { _ in eve ? 31 : 1 }
      end = i + 4
    case TimeScanner.independence, TimeScanner.labor, TimeScanner.memorial:
      guard hash(end) == W.day, tokens[end].capitalized else { return nil }
      end += 1
      switch tokens[i].hash {
      case TimeScanner.independence:
        month = 7
        day = { _ in 4 }
      case TimeScanner.labor:
        month = 9
        day = { year in TimeScanner.nthWeekday(1, .monday, month: 9, year: year) }
      default:
        month = 5
        day = { year in TimeScanner.nthWeekday(-1, .monday, month: 5, year: year) }
      }
    default: return nil
    }
    var y = year(at: end)
    if y != nil {
      end += 1
    } else if isComma(end), let written = year(at: end + 1) {
      y = written
      end += 2
    }
    let anchored = y == nil
    if y == nil, let dct {
      // The holiday nearest the DCT in the sentence's direction.
      y = dct.year
      if let date = CalendarDate(year: dct.year, month: month, day: day(dct.year)) {
        let direction = self.direction(at: i)
        if direction == .future, date < dct { y = dct.year + 1 }
        if direction != .future, date.daysSinceEpoch > dct.daysSinceEpoch + 7 { y = dct.year - 1 }
      }
    }
    guard let y else {
      return Candidate(i, end, .date, "XXXX-" + TimeValues.pad(month, 2) + "-XX")
    }
    guard let date = CalendarDate(year: y, month: month, day: day(y)) else { return nil }
    var candidate = Candidate(i, end, .date, date.iso)
    candidate.day = date
    candidate.takesThe = false
    if anchored { candidate.anchor = dct }
    return candidate
  }

  /// The `n`th (or with -1 the last) `weekday` of a month.
  static func nthWeekday(_ n: Int, _ weekday: Weekday, month: Int, year: Int) -> Int {
    if n > 0 {
      let first = CalendarDate(year: year, month: month, day: 1)!
      let offset = (weekday.rawValue - first.weekday.rawValue + 7) % 7
      return 1 + offset + 7 * (n - 1)
    }
    let lastDay = CalendarDate.daysIn(month: month, year: year)
    let last = CalendarDate(year: year, month: month, day: lastDay)!
    return lastDay - (last.weekday.rawValue - weekday.rawValue + 7) % 7
  }

  static let christmas = TimeLexicon.hash("christmas")
  static let eve = TimeLexicon.hash("eve")
  static let thanksgiving = TimeLexicon.hash("thanksgiving")
  static let new = TimeLexicon.hash("new")
  static let independence = TimeLexicon.hash("independence")
  static let labor = TimeLexicon.hash("labor")
  static let memorial = TimeLexicon.hash("memorial")
}
