/// Formatting of TimeML values and the calendar arithmetic behind them.
enum TimeValues {
  static func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
  }

  static func year(_ y: Int) -> String { pad(y, 4) }
  static func month(_ y: Int, _ m: Int) -> String { pad(y, 4) + "-" + pad(m, 2) }
  static func quarter(_ y: Int, _ q: Int) -> String { pad(y, 4) + "-Q" + String(q) }

  /// `YYYY-Www` of the ISO week holding `day`.
  static func week(_ day: CalendarDate) -> String {
    let (y, w) = isoWeek(day)
    return pad(y, 4) + "-W" + pad(w, 2)
  }

  static func isoWeek(_ day: CalendarDate) -> (year: Int, week: Int) {
    let thursday = day.adding(days: 4 - day.weekday.rawValue)
    let jan1 = CalendarDate(year: thursday.year, month: 1, day: 1)!
    return (thursday.year, (thursday.daysSinceEpoch - jan1.daysSinceEpoch) / 7 + 1)
  }

  /// The month `months` after (or before) year/month.
  static func shift(year: Int, month: Int, by months: Int) -> (year: Int, month: Int) {
    let index = year * 12 + (month - 1) + months
    return (index >= 0 ? index / 12 : (index - 11) / 12, ((index % 12) + 12) % 12 + 1)
  }

  static func quarter(of day: CalendarDate) -> Int { (day.month - 1) / 3 + 1 }

  /// The quarter `quarters` after (or before) year/quarter.
  static func shift(year: Int, quarter: Int, by quarters: Int) -> (year: Int, quarter: Int) {
    let index = year * 4 + (quarter - 1) + quarters
    return (index >= 0 ? index / 4 : (index - 3) / 4, ((index % 4) + 4) % 4 + 1)
  }

  /// A day moved by `n` units, written at that unit's granularity (`2022-01-09`, `2022-W02`,
  /// `2022-01`, `2022-Q1`, `2022`, `202`).
  static func moved(_ day: CalendarDate, by n: Int, unit: TimeUnit) -> String {
    switch unit {
    case .second, .minute, .hour, .day: return day.adding(days: unit == .day ? n : 0).iso
    case .weekend, .week: return week(day.adding(days: 7 * n))
    case .fortnight: return week(day.adding(days: 14 * n))
    case .month:
      let (y, m) = shift(year: day.year, month: day.month, by: n)
      return month(y, m)
    case .quarter:
      let (y, q) = shift(year: day.year, quarter: quarter(of: day), by: n)
      return quarter(y, q)
    case .year: return year(day.year + n)
    case .decade: return String(year(day.year + 10 * n).prefix(3))
    case .century: return String(year(day.year + 100 * n).prefix(2))
    }
  }
}
