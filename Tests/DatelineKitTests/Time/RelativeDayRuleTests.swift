import Testing

@testable import DatelineKit

@Suite struct RelativeDayRuleTests {
  @Test func deicticDays() {
    #expect(
      timexes("Markets fell yesterday, rallied today and may rise tomorrow.") == [
        "yesterday=DATE:2022-01-09", "today=DATE:2022-01-10", "tomorrow=DATE:2022-01-11",
      ])
  }

  @Test func partsOfDeicticDays() {
    #expect(timexes("Troops moved in last night.") == ["last night=TIME:2022-01-09TNI"])
    #expect(timexes("He spoke this morning.") == ["this morning=TIME:2022-01-10TMO"])
    #expect(timexes("The blast happened yesterday afternoon.") == ["yesterday afternoon=TIME:2022-01-09TAF"])
  }

  @Test func narrativeDays() {
    #expect(
      timexes("Protests began on January 2. The next day, police fired tear gas.") == [
        "January 2=DATE:2022-01-02", "The next day=DATE:2022-01-03",
      ])
    #expect(
      timexes("Rebels took the airport on January 5 and lost it two days later.") == [
        "January 5=DATE:2022-01-05", "two days later=DATE:2022-01-07",
      ])
  }

  @Test func anchorIsReported() throws {
    let expression = try #require(timex("Rebels took the town three days ago."))
    #expect(expression.value == "2022-01-07")
    #expect(expression.anchor == "2022-01-10")
  }

  @Test func partsOfNarrativeDays() {
    #expect(
      timexes("He was arrested on January 4 and freed the next morning.") == [
        "January 4=DATE:2022-01-04", "the next morning=TIME:2022-01-05TMO",
      ])
  }
}
