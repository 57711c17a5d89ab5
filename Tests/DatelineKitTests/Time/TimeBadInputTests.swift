import Testing

@testable import DatelineKit

@Suite struct TimeBadInputTests {
  @Test func noDCTLeavesRelativeValuesOpen() {
    #expect(timexes("The talks ended on Friday.", dct: nil) == ["Friday=DATE:XXXX-WXX-5"])
    #expect(timexes("The talks ended on Jan. 7.", dct: nil) == ["Jan. 7=DATE:XXXX-01-07"])
  }

  @Test func oddTextDoesNotCrash() {
    let inputs = [
      "", "-", "the", "last", "every", "the end of", "99999999999999999999 years", "January 99", "12:99 p.m.",
      "'s", "Q", "— 3 —", "mid-", "2022-13-45", "31/31/2031", "the day before", "a", "twice a",
      "Jan.\n\n2022", String(repeating: "year ", count: 500), "ÉTÉ 2022 — 1er janvier",
    ]
    for input in inputs { _ = TimeTagger().tag(input, dct: monday) }
  }

  @Test func scalarOffsets() throws {
    let text = "Zürich — Protests began on Friday."
    let expression = try #require(timex(text))
    let scalars = Array(text.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[expression.range.start..<expression.range.end])) == "Friday")
  }
}
