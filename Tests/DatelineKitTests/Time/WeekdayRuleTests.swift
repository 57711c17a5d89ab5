import Testing

@testable import DatelineKit

@Suite struct WeekdayRuleTests {
  @Test func pastTenseLooksBack() {
    #expect(timexes("The minister said on Friday that talks had stalled.") == ["Friday=DATE:2022-01-07"])
  }

  @Test func futureTenseLooksAhead() {
    #expect(timexes("The leaders will meet on Friday.") == ["Friday=DATE:2022-01-14"])
  }

  @Test func theDCTsOwnWeekday() {
    #expect(timexes("The bank said on Monday it would cut jobs.") == ["Monday=DATE:2022-01-10"])
  }

  @Test func plansAndDeadlines() {
    #expect(timexes("Talks are set to resume on Thursday.") == ["Thursday=DATE:2022-01-13"])
    #expect(timexes("The offer had been due to expire on Thursday.") == ["Thursday=DATE:2022-01-06"])
    #expect(timexes("Rebels must leave by Thursday.") == ["Thursday=DATE:2022-01-13"])
  }

  @Test func thePreviousWeekdayCountsFromTheNarrative() {
    #expect(
      timexes("Shares rose on Friday, Jan. 7, and were 2% above the previous Friday.") == [
        "Friday, Jan. 7=DATE:2022-01-07", "the previous Friday=DATE:2021-12-31",
      ])
  }

  @Test func lastAndNext() {
    #expect(timexes("Rebels attacked the town last Monday.") == ["last Monday=DATE:2022-01-03"])
    #expect(timexes("Results are due next Tuesday.") == ["next Tuesday=DATE:2022-01-11"])
  }

  @Test func weekdayWithDateAndPartOfDay() {
    #expect(timexes("The vote was held on Friday, Jan. 7.") == ["Friday, Jan. 7=DATE:2022-01-07"])
    #expect(timexes("Gunfire was heard on Saturday night.") == ["Saturday night=TIME:2022-01-08TNI"])
  }

  @Test func thisComingWeekday() {
    #expect(timexes("The leaders meet this coming Sunday.") == ["this coming Sunday=DATE:2022-01-16"])
  }
}
