import Testing

@testable import DatelineKit

@Suite struct SpeakerResolutionTests {
  @Test func assignsTheEntityOfTheSpeakerReference() {
    let text = """
      Kassym-Jomart Tokayev met the envoy on Monday. He said order had been restored.
      """
    var quotes = QuoteExtractor(method: .rules).quotes(in: text)
    #expect(quotes.count == 1)
    SpeakerResolution.assign(
      &quotes, mentions: [(TextRange(start: 0, end: 21), "E1"), (TextRange(start: 30, end: 36), "E2")])
    #expect(quotes[0].speaker == "E1")
  }

  @Test func leavesSpeakersWithoutMentionsAlone() {
    var quotes = QuoteExtractor(method: .rules).quotes(in: "Officials said the road was closed.")
    SpeakerResolution.assign(&quotes, mentions: [(TextRange(start: 20, end: 24), "E9")])
    #expect(quotes.count == 1)
    #expect(quotes[0].speaker == nil)
  }
}
