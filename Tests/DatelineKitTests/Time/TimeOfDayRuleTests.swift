import Testing

@testable import DatelineKit

@Suite struct TimeOfDayRuleTests {
  @Test func clockTimes() {
    #expect(timexes("The polls closed at 8 p.m.") == ["8 p.m.=TIME:2022-01-10T20:00"])
    #expect(timexes("The statement came at 10:30 a.m. EST.") == ["10:30 a.m. EST=TIME:2022-01-10T10:30"])
    #expect(timexes("Fighting stopped at noon.") == ["noon=TIME:2022-01-10T12:00"])
  }

  @Test func hoursWithAPartOfTheDay() {
    #expect(timexes("The shelling began at 4 in the morning.") == ["4 in the morning=TIME:2022-01-10T04:00"])
    #expect(timexes("The ferry left at 6 in the evening.") == ["6 in the evening=TIME:2022-01-10T18:00"])
    #expect(timexes("The curfew starts at 10 at night.") == ["10 at night=TIME:2022-01-10T22:00"])
    #expect(timexes("The envoys met at midday.") == ["midday=TIME:2022-01-10T12:00"])
    // Without a clock word or a part of the day, a small number is a count.
    #expect(timexes("He read 4 in the car.").isEmpty)
  }

  @Test func clockTimeWithDay() {
    // A scheduled start in the present tense: the coming Friday.
    #expect(timexes("The curfew starts at 9 p.m. Friday.") == ["9 p.m. Friday=TIME:2022-01-14T21:00"])
    #expect(timexes("The curfew began at 9 p.m. Friday.") == ["9 p.m. Friday=TIME:2022-01-07T21:00"])
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
