@testable import DatelineKit

/// Monday, January 10, 2022: the DCT of the time fixtures.
let monday = CalendarDate(year: 2022, month: 1, day: 10)!

/// The tagged expressions of `text` as "text=TYPE:value" strings, for compact expectations.
func timexes(_ text: String, dct: CalendarDate? = monday) -> [String] {
  TimeTagger().tag(text, dct: dct).map { "\($0.text)=\($0.type.rawValue):\($0.value)" }
}

/// The one expression of `text` (or nil when there is not exactly one).
func timex(_ text: String, dct: CalendarDate? = monday) -> TimeExpression? {
  let found = TimeTagger().tag(text, dct: dct)
  return found.count == 1 ? found[0] : nil
}
