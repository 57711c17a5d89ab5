import Testing

@testable import DatelineKit

@Suite struct ReferenceRuleTests {
  @Test func presentPastFuture() {
    #expect(timexes("The rebels now control the city.") == ["now=DATE:PRESENT_REF"])
    #expect(timexes("Prices have risen recently.") == ["recently=DATE:PAST_REF"])
    #expect(timexes("Talks may resume in the future.") == ["the future=DATE:FUTURE_REF"])
    #expect(timexes("Violence has grown in recent years.") == ["recent years=DATE:PAST_REF"])
  }

  @Test func adjectivesAreNotTimes() {
    #expect(timexes("Future talks were discussed.").isEmpty)
  }

  @Test func spansAhead() {
    #expect(timexes("Rates may fall in coming weeks.") == ["coming weeks=DURATION:PXW"])
    #expect(timexes("Traders will watch the data in the weeks ahead.") == ["the weeks ahead=DURATION:PXW"])
    // Without `the` or a preposition, `coming` is an adjective.
    #expect(timexes("Coming weeks matter less than coming elections.").isEmpty)
  }
}
