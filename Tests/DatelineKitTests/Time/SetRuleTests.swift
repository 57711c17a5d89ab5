import Testing

@testable import DatelineKit

@Suite struct SetRuleTests {
  @Test func everyWeekday() throws {
    let expression = try #require(timex("The council meets every Monday."))
    #expect(expression.type == .set)
    #expect(expression.value == "XXXX-WXX-1")
    #expect(expression.quant == "EVERY")
  }

  @Test func everyUnitAndAdverbs() {
    #expect(timexes("Patrols run every day.") == ["every day=SET:P1D"])
    #expect(timexes("Elections are held every four years.") == ["every four years=SET:P4Y"])
    #expect(timexes("The index is published daily.") == ["daily=SET:P1D"])
  }

  @Test func frequencies() throws {
    let expression = try #require(timex("The board meets twice a year."))
    #expect(expression.value == "P1Y")
    #expect(expression.freq == "2X")
  }
}
