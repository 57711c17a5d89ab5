import Testing

@testable import DatelineKit

@Suite struct HolidayRuleTests {
  @Test func fixedAndComputedHolidays() {
    #expect(timexes("The ceasefire collapsed on Christmas Eve.") == ["Christmas Eve=DATE:2021-12-24"])
    #expect(
      timexes("Markets were closed on Thanksgiving Day 2021.") == ["Thanksgiving Day 2021=DATE:2021-11-25"])
    #expect(timexes("The law will take effect on Memorial Day.") == ["Memorial Day=DATE:2022-05-30"])
    #expect(timexes("Crowds gathered on New Year's Eve.") == ["New Year's Eve=DATE:2021-12-31"])
  }

  @Test func namesThatAreNotHolidays() {
    #expect(timexes("The new year's budget was cut by the Labor Party.").isEmpty)
  }
}
