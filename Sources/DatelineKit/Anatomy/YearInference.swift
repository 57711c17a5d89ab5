/// Infers the year of a dateline that gives only month and day.
///
/// The year is the latest not after the reference date, among those in which the day falls on a
/// weekday the story ties to it ("… said on Monday" in a story datelined January 10 → the latest
/// January 10 that was a Monday). Weekdays are evidence, not rules: the year that agrees with the
/// most weight wins, the later year on ties, and with no weekday the latest possible year.
///
/// ```swift
/// YearInference.year(month: 1, day: 10, reference: CalendarDate(year: 2026, month: 11, day: 24)!,
///                    weekdays: [(.monday, 1)])   // 2022
/// ```
public enum YearInference {
  public static func year(
    month: Int, day: Int, reference: CalendarDate, weekdays: [(weekday: Weekday, weight: Int)] = []
  ) -> Int? {
    var best: (year: Int, score: Int)?
    // The weekday of a date repeats within 28 years (or 400 for 29 February).
    let span = month == 2 && day == 29 ? 400 : 28
    for year in stride(from: reference.year, through: reference.year - span, by: -1) {
      guard let date = CalendarDate(year: year, month: month, day: day), date <= reference else { continue }
      let score = weekdays.reduce(0) { $0 + ($1.weekday == date.weekday ? $1.weight : 0) }
      if best == nil || score > best!.score { best = (year, score) }
      if weekdays.isEmpty { break }
    }
    return best?.year
  }
}
