import Testing

@testable import DatelineKit

@Suite struct YearInferenceTests {
  let reference = CalendarDate(year: 2026, month: 11, day: 24)!

  @Test func latestYearNotAfterReference() {
    #expect(YearInference.year(month: 1, day: 10, reference: reference) == 2026)
    #expect(YearInference.year(month: 12, day: 1, reference: reference) == 2025)
  }

  @Test func weekdayPicksTheYear() {
    // January 10 was a Monday in 2022.
    #expect(YearInference.year(month: 1, day: 10, reference: reference, weekdays: [(.monday, 2)]) == 2022)
  }

  @Test func leapDay() {
    #expect(YearInference.year(month: 2, day: 29, reference: reference) == 2024)
  }

  @Test func calendarArithmetic() {
    let day = CalendarDate(year: 2022, month: 1, day: 10)!
    #expect(day.weekday == .monday)
    #expect(CalendarDate(daysSinceEpoch: day.daysSinceEpoch) == day)
    #expect(CalendarDate(year: 2022, month: 2, day: 30) == nil)
  }

  @Test func metadataDates() {
    let day = CalendarDate(year: 2022, month: 1, day: 10)
    #expect(MetadataDate.parse("2022-01-10T12:00:00+06:00") == day)
    #expect(MetadataDate.parse("Mon, 10 Jan 2022 12:00:00 GMT") == day)
    #expect(MetadataDate.parse("January 10, 2022") == day)
    #expect(MetadataDate.parse("10.01.2022") == day)
    #expect(MetadataDate.parse("26-FEB-1987 15:01:01.79") == CalendarDate(year: 1987, month: 2, day: 26))
    #expect(MetadataDate.parse("not a date") == nil)
  }
}
