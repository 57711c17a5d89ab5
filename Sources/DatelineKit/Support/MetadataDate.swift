/// Reads the day out of the date strings metadata carries.
///
/// Understands ISO 8601 (`2022-01-10`, `2022-01-10T12:00:00+06:00`), RFC 822 feeds
/// (`Mon, 10 Jan 2022 12:00:00 GMT`), written dates (`January 10, 2022`, `10 January 2022`),
/// Reuters-21578 (`26-FEB-1987 15:01:01.79`) and numeric dates (`10.01.2022` day first,
/// `1/10/2022` month first). The day is the one written: no time-zone shift.
public enum MetadataDate {
  public static func parse(_ string: String) -> CalendarDate? {
    let parts = string.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).prefix(8)
    guard !parts.isEmpty else { return nil }
    var numbers: [(value: Int, digits: Int)] = []
    var month: Int?
    for part in parts {
      if let value = Int(part) {
        numbers.append((value, part.count))
      } else if month == nil, let m = MonthNames.month(part) {
        month = m
      } else if part.first?.isNumber == true {
        // `12:00:00Z`-like tails or `10th`.
        let digits = part.prefix(while: \.isNumber)
        if let value = Int(digits), digits.count <= 2, numbers.count < 3 {
          numbers.append((value, digits.count))
        }
      }
    }
    if let month {
      guard let year = numbers.first(where: { $0.digits == 4 })?.value,
        let day = numbers.first(where: { $0.digits <= 2 && (1...31).contains($0.value) })?.value
      else { return nil }
      return CalendarDate(year: year, month: month, day: day)
    }
    guard numbers.count >= 3 else { return nil }
    let (a, b, c) = (numbers[0], numbers[1], numbers[2])
    if a.digits == 4 { return CalendarDate(year: a.value, month: b.value, day: c.value) }
    guard c.digits == 4 else { return nil }
    if string.contains("/") && a.value <= 12 {
      return CalendarDate(year: c.value, month: a.value, day: b.value)
    }
    return CalendarDate(year: c.value, month: b.value, day: a.value)
  }
}
