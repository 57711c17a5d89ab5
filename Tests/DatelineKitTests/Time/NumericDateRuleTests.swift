import Testing

@testable import DatelineKit

@Suite struct NumericDateRuleTests {
  @Test func isoAndSlashedDates() {
    #expect(timexes("The filing, dated 2022-01-07, was released.") == ["2022-01-07=DATE:2022-01-07"])
    #expect(timexes("The notice dated 1/7/2022 was posted.") == ["1/7/2022=DATE:2022-01-07"])
  }

  @Test func years() {
    #expect(timexes("The company was founded in 1998.") == ["1998=DATE:1998"])
    #expect(timexes("Profit rose in fiscal 1989.") == ["fiscal 1989=DATE:1989"])
    #expect(
      timexes("The verdict was overturned in nineteen ninety-six on appeal.") == [
        "nineteen ninety-six=DATE:1996"
      ])
  }

  @Test func numbersThatAreNotDates() {
    #expect(timexes("Police arrested 2000 protesters and called 555-1234.").isEmpty)
    #expect(timexes("The account number was 2882015.").isEmpty)
    #expect(timexes("Chelsea won 3-2 on a late goal.").isEmpty)
    #expect(timexes("Prices jumped 1998 percent.").isEmpty)
    #expect(timexes("The date 2022-02-30 is wrong.").isEmpty)
  }
}

@Suite struct SpelledYearTests {
  @Test func spokenYears() {
    #expect(timexes("The war ended in nineteen ninety-six.") == ["nineteen ninety-six=DATE:1996"])
    #expect(timexes("Plans for the year two thousand were drawn up.") == ["the year two thousand=DATE:2000"])
    #expect(timexes("Police deployed two thousand officers.").isEmpty)
  }

  @Test func partsOfYears() throws {
    let middle = try #require(timex("The plant opened in mid-1996."))
    #expect(middle.text == "mid-1996")
    #expect(middle.value == "1996")
    #expect(middle.mod == "MID")
    #expect(timex("Rates peaked in late-1998.")?.mod == "END")
  }
}
