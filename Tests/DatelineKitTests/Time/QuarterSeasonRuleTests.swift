import Testing

@testable import DatelineKit

@Suite struct QuarterSeasonRuleTests {
  @Test func quarters() {
    #expect(timexes("Output grew in the first quarter.") == ["the first quarter=DATE:2022-Q1"])
    #expect(timexes("Fourth-quarter profit fell.") == ["Fourth-quarter=DATE:2021-Q4"])
    #expect(
      timexes("Shipments in the second quarter of 2020 slumped.") == [
        "the second quarter of 2020=DATE:2020-Q2"
      ])
  }

  @Test func halves() {
    #expect(timexes("Sales rose in the first half of 2021.") == ["the first half of 2021=DATE:2021-H1"])
    #expect(
      timexes("The deal should close in the second half of the year.") == [
        "the second half of the year=DATE:2022-H2"
      ])
    #expect(
      timexes("Output fell in the third quarter of last year.") == [
        "the third quarter of last year=DATE:2021-Q3"
      ])
  }

  @Test func seasons() {
    #expect(timexes("The offensive began last summer.") == ["last summer=DATE:2021-SU"])
    #expect(timexes("Talks resume in the spring of 2023.") == ["the spring of 2023=DATE:2023-SP"])
    #expect(
      timexes("Prices bottomed in the winter of nineteen ninety-four.") == [
        "the winter of nineteen ninety-four=DATE:1994-WI"
      ])
    #expect(timexes("Prices may fall as demand cools.").isEmpty)
  }
}
