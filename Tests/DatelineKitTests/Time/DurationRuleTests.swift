import Testing

@testable import DatelineKit

@Suite struct DurationRuleTests {
  @Test func counts() {
    #expect(timexes("The siege lasted three hours.") == ["three hours=DURATION:PT3H"])
    #expect(timexes("He served 24 years in prison.") == ["24 years=DURATION:P24Y"])
    #expect(timexes("A two-year deal was signed.") == ["two-year=DURATION:P2Y"])
    #expect(
      timexes("In the last twenty four hours the index fell.") == [
        "the last twenty four hours=DURATION:PT24H"
      ])
    #expect(timexes("The talks took several months.") == ["several months=DURATION:PXM"])
  }

  @Test func modifiedSpans() throws {
    let expression = try #require(timex("The strike lasted more than four hours."))
    #expect(expression.text == "more than four hours")
    #expect(expression.mod == "MORE_THAN")
    // `about` stays out of a span's extent (TimeBank's practice) but makes it approximate.
    let approximate = try #require(timex("The talks lasted about two weeks."))
    #expect(approximate.text == "two weeks")
    #expect(approximate.mod == "APPROX")
    let date = try #require(timex("The plant closed about two years ago."))
    #expect(date.text == "about two years ago")
  }

  @Test func halves() {
    #expect(timexes("The refugees spent 2 1/2 years in the camps.") == ["2 1/2 years=DURATION:P2Y6M"])
    #expect(timexes("The crossing took 5 1/2 hours.") == ["5 1/2 hours=DURATION:PT5H30M"])
    #expect(timexes("The vote took a minute and a half.") == ["a minute and a half=DURATION:PT1M30S"])
    #expect(timexes("The talks ran a year and a half.") == ["a year and a half=DURATION:P1Y6M"])
    // A share price is no span, and a half week has no even finer unit.
    #expect(timexes("The stock rose 2 1/2 to 37 3/4.").isEmpty)
    #expect(timexes("The strike lasted 1 1/2 weeks.").allSatisfy { !$0.contains("1/2") })
  }

  @Test func yearsLaterCountFromTheYearJustNamed() {
    #expect(
      timexes("The firm was founded in 1998 and went public two years later.") == [
        "1998=DATE:1998", "two years later=DATE:2000",
      ])
    #expect(
      timexes("The quake struck in March 2011. Two years later, thousands remain homeless.") == [
        "March 2011=DATE:2011-03", "Two years later=DATE:2013",
      ])
  }

  @Test func theVerbLastIsNoPartOfTheSpan() {
    #expect(timexes("The trial is expected to last two weeks.") == ["two weeks=DURATION:P2W"])
    #expect(timexes("Shortages could last years.") == ["years=DURATION:PXY"])
  }

  @Test func spansAsAdjectives() {
    #expect(timexes("The envoys ended their third day-long meeting.") == ["day-long=DURATION:P1D"])
    #expect(timexes("A week-long visit began.") == ["week-long=DURATION:P1W"])
    #expect(timexes("The decades-long feud is over.") == ["decades-long=DURATION:PXE"])
  }

  @Test func agesAreNotDurations() {
    #expect(timexes("The victim, a 24-year-old student, was 24 years old.").isEmpty)
  }

  @Test func hedgedSpans() throws {
    // `or so` belongs to the expression and makes it approximate.
    #expect(timexes("The envoy left a week or so ago.") == ["a week or so ago=DATE:2022-W01"])
    let span = try #require(timex("Output will recover over the next two years or so."))
    #expect(span.text == "the next two years or so")
    #expect(span.value == "P2Y")
    #expect(span.mod == "APPROX")
  }

  @Test func countedDates() {
    #expect(timexes("The plant closed five years ago.") == ["five years ago=DATE:2017"])
    #expect(timexes("The firm was sold two months ago.") == ["two months ago=DATE:2021-11"])
  }

  @Test func extraSpans() throws {
    #expect(timexes("He will serve two more weeks in jail.") == ["two more weeks=DURATION:P2W"])
    #expect(timexes("The court gave the mission an additional year.") == ["an additional year=DURATION:P1Y"])
    let couple = try #require(timex("Growth will slow over the next couple of years."))
    #expect(couple.text == "the next couple of years")
    #expect(couple.value == "P2Y")
    #expect(couple.mod == "APPROX")
    // `more than` stays a modifier.
    #expect(timex("The strike lasted more than two weeks.")?.mod == "MORE_THAN")
  }

  @Test func hundredsAndAlternatives() throws {
    let century = try #require(timex("The feud lasted almost a hundred years."))
    #expect(century.text == "almost a hundred years")
    #expect(century.value == "P100Y")
    #expect(century.mod == "LESS_THAN")
    #expect(timexes("Rates may rise within weeks or months.") == ["weeks or months=DURATION:PXW"])
    #expect(timexes("A hundred people came.").isEmpty)
  }
}
