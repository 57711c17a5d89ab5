import Testing

@testable import DatelineKit

@Suite struct DecadeCenturyRuleTests {
  @Test func decades() {
    #expect(timexes("The dam was built in the 1990s.") == ["the 1990s=DATE:199"])
    #expect(timexes("It was a hit in the '80s.") == ["the '80s=DATE:198"])
  }

  @Test func decadeWithModifier() throws {
    let expression = try #require(timex("The policy dates from the mid-1980s."))
    #expect(expression.value == "198")
    #expect(expression.mod == "MID")
  }

  @Test func centuries() {
    #expect(timexes("The church was built in the 12th century.") == ["the 12th century=DATE:11"])
    #expect(
      timexes("It is the worst flood of the twenty-first century.") == ["the twenty-first century=DATE:20"])
  }
}
