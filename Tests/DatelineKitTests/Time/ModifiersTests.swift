import Testing

@testable import DatelineKit

@Suite struct ModifiersTests {
  @Test func startMidEnd() throws {
    let late = try #require(timex("The ruling came in late November."))
    #expect(late.text == "late November")
    #expect(late.mod == "END")
    let early = try #require(timex("The vote is planned for early next year."))
    #expect(early.value == "2023")
    #expect(early.mod == "START")
    let end = try #require(timex("The troops will leave by the end of 2022."))
    #expect(end.text == "the end of 2022")
    #expect(end.mod == "END")
  }

  @Test func earlierAndLaterYesterday() {
    // `earlier yesterday` is one expression; `later today` leaves `later` out.
    #expect(timexes("Earlier yesterday, the minister resigned.") == ["Earlier yesterday=DATE:2022-01-09"])
    #expect(timexes("Officials will meet later today.") == ["today=DATE:2022-01-10"])
  }

  @Test func amounts() throws {
    #expect(timex("The fire burned for at least 72 hours.")?.mod == "EQUAL_OR_MORE")
    #expect(timex("He was held for nearly two years.")?.mod == "LESS_THAN")
    #expect(timex("The ministry said the convoy was gone for less than one hour.")?.mod == "LESS_THAN")
  }
}
