import Testing

@testable import DatelineKit

@Suite struct QuoteExtractorTests {
  let extractor = QuoteExtractor(method: .rules)

  func slice(_ text: String, _ range: TextRange?) -> String? {
    guard let range else { return nil }
    return Quote.slice(Array(text.unicodeScalars), range)
  }

  @Test func speakerAfterWithApposition() {
    let text = "“We will not stop until he is released,” said Aminata Diop, a 24-year-old student."
    let quotes = extractor.quotes(in: text)
    #expect(quotes.count == 1)
    let quote = quotes[0]
    #expect(quote.kind == .direct)
    #expect(slice(text, quote.range) == "“We will not stop until he is released,”")
    #expect(quote.speakerName == "Aminata Diop")
    #expect(slice(text, quote.speakerRange) == "Aminata Diop, a 24-year-old student")
    #expect(slice(text, quote.speakerReference) == "Aminata Diop")
    #expect(quote.cue == "said")
  }

  @Test func speakerAfterBeforeCue() {
    let text = "\"The situation has stabilized,\" President Kassym-Jomart Tokayev told reporters on Monday."
    let quote = try! #require(extractor.quotes(in: text).first)
    #expect(quote.speakerName == "President Kassym-Jomart Tokayev")
    #expect(quote.cue == "told")
    #expect(quote.addressee == "reporters")
    #expect(quote.date == "on Monday")
  }

  @Test func speakerBeforeWithChannel() {
    let text = "The ministry said in a statement on its Telegram channel: “The border stays closed.”"
    let quote = try! #require(extractor.quotes(in: text).first)
    #expect(quote.kind == .direct)
    #expect(quote.speakerName == "The ministry")
    #expect(quote.channel == "in a statement on its Telegram channel")
    #expect(slice(text, quote.range) == "“The border stays closed.”")
  }

  @Test func speakerInsideJoinsBothParts() {
    let text = "“We are ready,” he said. “But we will not wait forever.”"
    let quotes = extractor.quotes(in: text)
    #expect(quotes.count == 1)
    #expect(quotes[0].parts.count == 2)
    #expect(slice(text, quotes[0].parts[1]) == "“But we will not wait forever.”")
  }

  @Test func quoteOverParagraphs() {
    let text = """
      Diop spoke to the crowd.

      “We came here for our brothers and sisters.

      “We will stay until they are free,” she said.
      """
    let quotes = extractor.quotes(in: text)
    #expect(quotes.count == 1)
    #expect(slice(text, quotes[0].range)?.hasPrefix("“We came here") == true)
    #expect(slice(text, quotes[0].range)?.hasSuffix("free,”") == true)
    #expect(quotes[0].speakerName == "Diop")
  }

  @Test func reportedSpeechWithThat() {
    let text = "Kazakh President Kassym-Jomart Tokayev said on Monday that order had been restored."
    let quote = try! #require(extractor.quotes(in: text).first)
    #expect(quote.kind == .indirect)
    #expect(slice(text, quote.range) == "that order had been restored")
    #expect(quote.speakerName == "Kazakh President Kassym-Jomart Tokayev")
    #expect(quote.date == "on Monday")
  }

  @Test func appositionBeforeTheCue() {
    let text = "Samantha Phillips, the city's emergency director, said the heat could last all week."
    let quote = try! #require(extractor.quotes(in: text).first)
    #expect(slice(text, quote.speakerRange) == "Samantha Phillips, the city's emergency director,")
    #expect(quote.speakerName == "Samantha Phillips")
    #expect(slice(text, quote.range) == "the heat could last all week")
  }

  @Test func reportedSpeechWithoutThat() {
    let text = "The foreign minister told Reuters the talks would resume in March."
    let quote = try! #require(extractor.quotes(in: text).first)
    #expect(slice(text, quote.range) == "the talks would resume in March")
    #expect(quote.addressee == "Reuters")
    #expect(quote.speakerName == "The foreign minister")
  }

  @Test func contentBeforeSpeaker() {
    let text = "Talks will resume next week, the ministry said in a statement."
    let quote = try! #require(extractor.quotes(in: text).first)
    #expect(slice(text, quote.range) == "Talks will resume next week")
    #expect(quote.speakerName == "the ministry")
    #expect(quote.channel == "in a statement")
  }

  @Test func accordingTo() {
    let text = "According to the ministry, three soldiers were wounded."
    let quote = try! #require(extractor.quotes(in: text).first)
    #expect(quote.cue == "According to")
    #expect(quote.speakerName == "the ministry")
    #expect(slice(text, quote.range) == "three soldiers were wounded")
  }

  @Test func calledOn() {
    let text = "The European Union called on Belarus to release all political prisoners."
    let quote = try! #require(extractor.quotes(in: text).first)
    #expect(quote.cue == "called on")
    #expect(slice(text, quote.range) == "Belarus to release all political prisoners")
  }

  @Test func partialQuoteInReportedSpeechIsMixed() {
    let text = "The Foreign Ministry said Minsk “will respond adequately” to the sanctions."
    let quote = try! #require(extractor.quotes(in: text).first)
    #expect(quote.kind == .mixed)
    #expect(slice(text, quote.range) == "Minsk “will respond adequately” to the sanctions")
  }

  @Test func pronounResolvesToNearestNamedSpeaker() {
    let text = """
      The European Union said the vote was not fair.

      Kassym-Jomart Tokayev met the envoy on Monday. He said order had been restored.
      """
    let quotes = extractor.quotes(in: text)
    #expect(quotes.count == 2)
    #expect(quotes[1].speakerName == "Kassym-Jomart Tokayev")
    #expect(slice(text, quotes[1].speakerRange) == "He")
    #expect(slice(text, quotes[1].speakerReference) == "Kassym-Jomart Tokayev")
  }

  @Test func nominalResolvesToNamedSpeakerWithItsHead() {
    let text = """
      Russia's Foreign Ministry said the talks had failed.

      The sanctions would be answered, the ministry said.
      """
    let quotes = extractor.quotes(in: text)
    #expect(quotes.count == 2)
    #expect(quotes[1].speakerName == "Russia's Foreign Ministry")
  }

  @Test func channelsInAPostAndInAnInterview() {
    let post = "Tokayev wrote in a post on X that order had been restored."
    #expect(extractor.quotes(in: post).first?.channel == "in a post on X")
    let interview = "“It was a mistake,” he said in an interview with Reuters."
    #expect(extractor.quotes(in: interview).first?.channel == "in an interview with Reuters")
    let conference = "“We are ready,” the minister told a news conference."
    let quote = extractor.quotes(in: conference).first
    #expect(quote?.channel == "told a news conference")
    #expect(quote?.addressee == nil)
  }

  @Test func offsetsCountScalars() {
    let text = "Zürich’s mayor said: “Ça va.”"
    let quote = try! #require(extractor.quotes(in: text).first)
    #expect(quote.range == TextRange(start: 21, end: 29))
    #expect(slice(text, quote.speakerRange) == "Zürich’s mayor")
  }

  @Test func speakerLabels() {
    let text =
      "Kasich: ‘We will go all the way to Cleveland.’\n\nQ: How did things go for you?\n\nNote: Times are local."
    let quotes = extractor.quotes(in: text)
    #expect(quotes.count == 2)
    #expect(quotes[0].speakerName == "Kasich")
    #expect(quotes[0].cue == ":")
    #expect(quotes[0].kind == .direct)
    #expect(quotes[1].speakerName == "Q")
  }

  @Test func titlesInQuoteMarksAreNoQuotes() {
    let text = "Speaking on ABC’s “This Week,” Carson said the rules were unfair."
    let quotes = extractor.quotes(in: text)
    #expect(!quotes.contains { $0.kind == .direct })
    #expect(quotes.first.map { slice(text, $0.range) } == "the rules were unfair")
  }

  @Test func gerundBeforeAQuote() {
    let text = "“They are both qualified,” Diop said, adding, “She is ready to lead.”"
    let quotes = extractor.quotes(in: text)
    #expect(quotes.count == 2)
    #expect(quotes.last?.cue == "adding")
    #expect(quotes.last?.speakerName == "Diop")
  }

  @Test func bracketedNoteInAnAppositionAndObjectPronouns() {
    let text = "Rep. Elijah Cummings (D-Md.), chair of the committee, said Clinton was not concerned."
    let quote = try! #require(extractor.quotes(in: text).first)
    #expect(quote.speakerName == "Rep. Elijah Cummings (D-Md.)")
    #expect(slice(text, quote.range) == "Clinton was not concerned")
    let told = try! #require(extractor.quotes(in: "Murphy told me he had been unprepared.").first)
    #expect(told.addressee == "me")
    #expect(slice("Murphy told me he had been unprepared.", told.range) == "he had been unprepared")
  }

  @Test func weekdayPossessiveIsNoDate() {
    let text = "Hawkins said Monday's decision would make the choice stark."
    let quote = try! #require(extractor.quotes(in: text).first)
    #expect(quote.date == nil)
    #expect(slice(text, quote.range) == "Monday's decision would make the choice stark")
  }

  @Test func questionsAskedWithoutASpeaker() {
    let text = "Asked whether he would run again, the senator said he had not decided."
    let quotes = extractor.quotes(in: text)
    #expect(quotes.count == 2)
    #expect(quotes[0].cue == "Asked")
    #expect(quotes[0].speakerName == nil)
    #expect(slice(text, quotes[0].range) == "whether he would run again")
    #expect(slice(text, quotes[1].range) == "he had not decided")
  }

  @Test func gerundAfterTheMainClause() {
    let text = "And even Obama tried to calm them, noting that he would do the same."
    let quote = try! #require(extractor.quotes(in: text).first)
    #expect(quote.speakerName == "Obama")
    #expect(quote.cue == "noting")
    #expect(slice(text, quote.range) == "that he would do the same")
  }

  @Test func invertedCueBeforeAQuoteAndPlaces() {
    let said = "Said Comey, “The error is painful to us.”"
    #expect(extractor.quotes(in: said).first?.speakerName == "Comey")
    let dell = "As Michael Dell said last week in Tel Aviv, “Israel is the center of the digital future.”"
    let quote = extractor.quotes(in: dell).first
    #expect(quote?.speakerName == "Michael Dell")
    #expect(quote?.date == "last week")
    let tweet = "“We need much tougher leadership!” Trump said on Twitter."
    #expect(extractor.quotes(in: tweet).first?.channel == "on Twitter")
  }

  @Test func quoteParagraphWithoutSpeakerGoesOnFromTheSpeakerBefore() {
    let text = """
      Aminata Diop said the students would stay in the square.

      “We have nowhere else to go and nothing left to lose.”
      """
    let quotes = extractor.quotes(in: text)
    #expect(quotes.count == 2)
    #expect(quotes[1].kind == .direct)
    #expect(quotes[1].speakerRange == nil)
    #expect(quotes[1].speakerName == "Aminata Diop")
  }

  @Test func showTitleAsChannel() {
    let text = "Graham said on CNN’s “State of the Union” that the party was split."
    let quote = try! #require(extractor.quotes(in: text).first)
    #expect(quote.channel == "on CNN’s “State of the Union”")
    #expect(slice(text, quote.range) == "that the party was split")
    #expect(quote.kind == .indirect)
  }
}
