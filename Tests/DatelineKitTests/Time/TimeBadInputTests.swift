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

  @Test func randomTimeWordSoupDoesNotCrash() {
    // Every rule sees truncated and odd orders of its own words (a fixed-seed generator).
    let words = [
      "the", "a", "last", "next", "this", "early", "late", "mid", "-", "of", "Friday", "January", "Jan.",
      "May",
      "2022", "1990s", "'", "90s", "3", "31", "30", "12:30", "p.m.", "a.m.", "year", "years", "quarter",
      "third",
      "first", "half", "ago", "later", "earlier", "every", "twice", "times", "day", "morning", "night",
      "about",
      "more", "than", "at", "least", "end", "the", ",", "fiscal", "twenty", "four", "nineteen", "ninety",
      "thousand",
      "two", "Christmas", "New", "Year's", "Eve", "Day", "now", "recent", "past", "century", "21st", "week",
      "weekend", "2022-02-30", "1/2/22", "555-1234", "3-2", "old", "since", "until", "by", "will", "said",
      ".",
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<3000 {
      var text = ""
      let length = Int(state % 9) + 1
      for _ in 0..<length {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += words[Int((state >> 33) % UInt64(words.count))] + (state & 1 == 0 ? " " : "")
      }
      for expression in TimeTagger().tag(text, dct: monday) {
        #expect(expression.range.start < expression.range.end)
        #expect(expression.range.end <= text.unicodeScalars.count)
      }
    }
  }

  @Test func scalarOffsets() throws {
    let text = "Zürich — Protests began on Friday."
    let expression = try #require(timex(text))
    let scalars = Array(text.unicodeScalars)
    #expect(
      String(String.UnicodeScalarView(scalars[expression.range.start..<expression.range.end])) == "Friday")
  }
}
