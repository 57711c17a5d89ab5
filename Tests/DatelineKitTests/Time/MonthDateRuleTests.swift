import Testing

@testable import DatelineKit

@Suite struct MonthDateRuleTests {
  @Test func monthAndDay() {
    #expect(timexes("The envoy arrived in Kabul on January 2.") == ["January 2=DATE:2022-01-02"])
    #expect(
      timexes("The ceasefire took effect on Jan. 14, 1998, officials said.") == [
        "Jan. 14, 1998=DATE:1998-01-14"
      ])
    #expect(timexes("Voting ends on 14 February 2022.") == ["14 February 2022=DATE:2022-02-14"])
  }

  @Test func monthAndYear() {
    #expect(timexes("Prices peaked in March 2023.") == ["March 2023=DATE:2023-03"])
    #expect(
      timexes("The mine closed in January nineteen ninety-seven.") == [
        "January nineteen ninety-seven=DATE:1997-01"
      ])
  }

  @Test func monthAndRelativeYear() {
    // `June last year` is one date: the month of the year named after it.
    #expect(timexes("Exports fell in June last year.") == ["June last year=DATE:2021-06"])
    #expect(timexes("The plant opened in January this year.") == ["January this year=DATE:2022-01"])
    #expect(timexes("Talks resume in March next year.") == ["March next year=DATE:2023-03"])
  }

  @Test func bareMonthFollowsTense() {
    // Past tense in a January story: last December; future: next March.
    #expect(timexes("Exports fell in December.") == ["December=DATE:2021-12"])
    #expect(timexes("The parliament will vote in March.") == ["March=DATE:2022-03"])
  }

  @Test func deadlinesLieAhead() {
    #expect(timexes("The loan must be repaid by November.") == ["November=DATE:2022-11"])
  }

  @Test func yearOfMonthDayFollowsTense() {
    #expect(timexes("The court said the hearing was held on Dec. 20.") == ["Dec. 20=DATE:2021-12-20"])
    #expect(timexes("The hearing will be held on Feb. 3.") == ["Feb. 3=DATE:2022-02-03"])
  }

  @Test func mayAndMarchAsWords() {
    #expect(timexes("Officials may march to the border.").isEmpty)
    #expect(timexes("The strike began in May.") == ["May=DATE:2021-05"])
  }

  @Test func impossibleDayIsNoDate() {
    #expect(timexes("The ministry said the deal was signed on February 30.").isEmpty)
  }
}
