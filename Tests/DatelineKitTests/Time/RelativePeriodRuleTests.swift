import Testing

@testable import DatelineKit

@Suite struct RelativePeriodRuleTests {
  @Test func weeksMonthsYears() {
    #expect(timexes("Talks resume next week.") == ["next week=DATE:2022-W03"])
    #expect(timexes("Inflation eased last month.") == ["last month=DATE:2021-12"])
    #expect(timexes("Growth slowed last year.") == ["last year=DATE:2021"])
    #expect(timexes("Elections are due this year.") == ["this year=DATE:2022"])
  }

  @Test func laterThisYear() throws {
    let expression = try #require(timex("A new law is expected later this year."))
    #expect(expression.text == "later this year")
    #expect(expression.value == "2022")
    #expect(expression.mod == "END")
  }

  @Test func yearEnd() throws {
    // The end of the DCT's year, or of the year before when counted from it.
    let end = try #require(timex("The deal should close by year-end."))
    #expect(end.text == "year-end")
    #expect(end.value == "2022")
    #expect(end.mod == "END")
    #expect(timexes("Banks must raise capital by year's end.") == ["year's end=DATE:2022"])
    #expect(timexes("Shares are up 5% since year-end.") == ["year-end=DATE:2021"])
  }

  @Test func hedgedPeriodTakesTheArticle() {
    #expect(timexes("The plant will close over the next year or so.") == ["the next year or so=DATE:2023"])
  }

  @Test func thePastYearIsASpan() {
    #expect(timexes("Prices doubled over the past year.") == ["the past year=DURATION:P1Y"])
  }

  @Test func financialQuarterContext() {
    #expect(
      timexes(
        "Profit rose in the third quarter of 2021, and sales in the quarter doubled from a year earlier.")
        == [
          "the third quarter of 2021=DATE:2021-Q3", "the quarter=DATE:2021-Q3", "a year earlier=DATE:2020-Q3",
        ])
  }

  @Test func fiscalYears() {
    #expect(timexes("Sales rose in the current fiscal year.") == ["the current fiscal year=DATE:2022"])
    // The latest fiscal year is one already reported.
    #expect(timexes("Profit fell in the latest fiscal year.") == ["the latest fiscal year=DATE:2021"])
    #expect(timexes("Profit fell last fiscal year.") == ["last fiscal year=DATE:2021"])
  }

  @Test func theEndOfTheMonth() throws {
    let end = try #require(timex("The truce expires at the end of the month."))
    #expect(end.text == "the end of the month")
    #expect(end.value == "2022-01")
    #expect(end.mod == "END")
    // `the month` alone names no month we can anchor.
    #expect(timexes("The month was cold.").isEmpty)
  }
}
