import Testing

@testable import DatelineKit

@Suite struct TimeOfDayRuleTests {
  @Test func clockTimes() {
    #expect(timexes("The polls closed at 8 p.m.") == ["8 p.m.=TIME:2022-01-10T20:00"])
    #expect(timexes("The statement came at 10:30 a.m. EST.") == ["10:30 a.m. EST=TIME:2022-01-10T10:30"])
    #expect(timexes("Fighting stopped at noon.") == ["noon=TIME:2022-01-10T12:00"])
  }

  @Test func clockTimeWithDay() {
    #expect(timexes("The curfew starts at 9 p.m. Friday.") == ["9 p.m. Friday=TIME:2022-01-07T21:00"])
  }

  @Test func partOfNamedDay() {
    #expect(
      timexes("Troops reached the capital by the morning of January 7.") == [
        "the morning of January 7=TIME:2022-01-07TMO"
      ])
  }

  @Test func numbersWithoutClockWords() {
    #expect(
      timexes("He scored 3 goals and ran 100 metres in 10.50 seconds.").allSatisfy { !$0.contains("TIME") })
  }
}
