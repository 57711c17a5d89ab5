import Testing

@testable import DatelineKit

/// The reported-speech families beyond `said`: intentions with an infinitive, stances with an
/// object, and cue phrases that end in a preposition.
@Suite struct ReportedSpeechTests {
  let extractor = QuoteExtractor(method: .rules)

  func slice(_ text: String, _ range: TextRange?) -> String? {
    guard let range else { return nil }
    return Quote.slice(Array(text.unicodeScalars), range)
  }

  @Test func refusalTakesTheInfinitive() {
    let text = "The port authority declined to say whether the cranes would be repaired."
    let quote = try! #require(extractor.quotes(in: text).first)
    #expect(quote.cue == "declined")
    #expect(slice(text, quote.speakerRange) == "The port authority")
    #expect(slice(text, quote.range) == "to say whether the cranes would be repaired")
  }

  @Test func beliefVerbTakesTheInfinitive() {
    let text = "Governor Ana Lopes wants to close the northern crossing by spring."
    let quote = try! #require(extractor.quotes(in: text).first)
    #expect(quote.cue == "wants")
    #expect(slice(text, quote.range) == "to close the northern crossing by spring")
  }

  @Test func infinitiveOfAPlaceIsNoContent() {
    // `to` before a name is a direction, not an infinitive.
    let text = "The minister agreed to Brussels last year."
    #expect(extractor.quotes(in: text).isEmpty)
  }

  @Test func stanceObjectEndsAtADate() {
    let text = "Former mayor Tomas Reyes endorsed Carla Mendes last week."
    let quote = try! #require(extractor.quotes(in: text).first)
    #expect(quote.cue == "endorsed")
    #expect(slice(text, quote.speakerRange) == "Former mayor Tomas Reyes")
    #expect(slice(text, quote.range) == "Carla Mendes")
  }

  @Test func stanceObjectOfOneWordEndsAtAComma() {
    let text = "Most farmers in the valley supported Mendes, the exit poll found."
    let quote = try! #require(extractor.quotes(in: text).first { $0.cue == "supported" })
    #expect(slice(text, quote.range) == "Mendes")
  }

  @Test func stanceNeedsASpeaker() {
    // A stance verb with nobody before it (`support` as a noun here) is no attribution.
    let text = "Strong support from the unions helped."
    #expect(extractor.quotes(in: text).allSatisfy { $0.cue != "support" })
  }

  @Test func backAsAnAdverbIsNoCue() {
    let text = "The delegation came back from Geneva on Sunday."
    #expect(extractor.quotes(in: text).isEmpty)
  }

  @Test func cuePhraseEndingInAPreposition() {
    let text = "Reyes talked about the drought and the price of water."
    let quote = try! #require(extractor.quotes(in: text).first)
    #expect(quote.cue == "talked about")
    #expect(slice(text, quote.range) == "the drought and the price of water")
  }

  @Test func gerundPhraseAfterTheMainClause() {
    let text = "The mayor Tomas Reyes spoke for an hour, referring to the flood of 2019."
    let quote = try! #require(extractor.quotes(in: text).first { $0.cue == "referring to" })
    #expect(slice(text, quote.range) == "the flood of 2019")
  }

  @Test func pollsShowWhatVotersThink() {
    let text = "Two new polls show Mendes ahead in the capital."
    let quote = try! #require(extractor.quotes(in: text).first)
    #expect(quote.cue == "show")
    #expect(slice(text, quote.range) == "Mendes ahead in the capital")
  }
}

@Suite struct SurveyAttributionTests {
  let extractor = QuoteExtractor(method: .rules)

  @Test func pollOpeningTheSentenceIsTheSource() {
    let text = "In a Radio Norte poll released Monday, 48 percent of voters chose Mendes."
    let quote = try! #require(extractor.quotes(in: text).first)
    #expect(quote.cue == "In")
    #expect(quote.speakerName == "a Radio Norte poll released Monday")
    #expect(Quote.slice(Array(text.unicodeScalars), quote.range) == "48 percent of voters chose Mendes")
  }

  @Test func statementOpeningTheSentenceLeavesTheVerbItsCue() {
    let text = "In a statement, the ministry said the border would stay closed."
    let quotes = extractor.quotes(in: text)
    #expect(quotes.count == 1)
    #expect(quotes.first?.cue == "said")
  }

  @Test func pollWithACueOfItsOwnIsLeftToTheCue() {
    let text = "In the latest poll, Mendes said she was not worried."
    #expect(extractor.quotes(in: text).allSatisfy { $0.cue != "In" })
  }
}

@Suite struct CueNameTests {
  @Test func newspaperNamedPostIsNoCue() {
    let text = "A Lisbon Post survey found that most drivers wanted the bridge."
    let quotes = QuoteExtractor(method: .rules).quotes(in: text)
    #expect(quotes.map(\.cue) == ["found"])
    #expect(Quote.slice(Array(text.unicodeScalars), quotes[0].range) == "that most drivers wanted the bridge")
  }

  @Test func postAsAVerbIsACue() {
    let text = "The ministry posted that the border would reopen."
    #expect(QuoteExtractor(method: .rules).quotes(in: text).first?.cue == "posted")
  }
}
