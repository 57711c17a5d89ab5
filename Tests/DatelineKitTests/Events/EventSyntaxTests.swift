import Testing

@testable import DatelineKit

/// The syntax layer in the built-in coder (`CodingOptions.syntax`): sentences we wrote.
@Suite struct EventSyntaxTests {
  static func events(_ body: String) throws -> [(String, String?, String)] {
    let story = "NAIROBI, March 7 (Wire) - " + body
    let draft = try PlainTextReader.draft(bytes: Array(story.utf8), input: "story.txt")
    let article = Pipeline(options: .init(published: CalendarDate(year: 2023, month: 3, day: 7))).analyze(
      draft)
    return article.events.map { ($0.source.code, $0.target?.code, $0.code) }
  }

  static func coded(_ text: String, syntax: Bool) -> [String] {
    var coder = BuiltInEventDictionaries.coder
    coder.options.syntax = syntax
    var context = CodingContext()
    return CodingText.sentences(text).flatMap { coder.code($0, date: nil, context: &context).events }
      .map { "\($0.source.code)/\($0.target.code)/\($0.code)" }
  }

  @Test func negatedVerbCodesNothing() throws {
    #expect(try Self.events("Kenyan police attacked protesters on Tuesday.").map(\.2) == ["190"])
    #expect(try Self.events("Kenyan police did not attack protesters on Tuesday.").isEmpty)
    // the weak "said" still makes its statement event; the attack is gone
    #expect(try Self.events("Kenyan police never attacked protesters, witnesses said.").map(\.2) == ["010"])
    #expect(try Self.events("Kenyan police didn't attack protesters on Tuesday.").isEmpty)
    // without the syntax layer the negation is not seen
    #expect(
      Self.coded("Kenyan police did not attack protesters on Tuesday.", syntax: false) == ["KENCOP/OPP/190"])
  }

  @Test func refusalCodesTheRejectionOfWhatWasRefused() throws {
    let found = try Self.events("Russia refused to meet Ukraine on Monday.")
    #expect(found.count == 1)
    #expect(found.first?.0 == "RUS" && found.first?.1 == "UKR" && found.first?.2 == "125")
    #expect(Self.coded("Russia refused to meet Ukraine on Monday.", syntax: false) == ["RUS/UKR/120"])
  }

  @Test func passiveWithAgentTakesTheAgentAsSource() throws {
    let found = try Self.events("Protesters were attacked by Kenyan police on Tuesday.")
    #expect(found.count == 1)
    #expect(found.first?.0 == "KENCOP" && found.first?.1 == "OPP" && found.first?.2 == "190")
  }

  @Test func passiveWithoutAgentTakesTheSourceFromTheStory() throws {
    let found = try Self.events(
      "Russia said on Thursday it would stand by its ally. Peacekeepers have been deployed to Kazakhstan, officials said."
    )
    let deployed = try #require(found.first { $0.2 == "074" })
    #expect(deployed.0 == "RUS" && deployed.1 == "KAZ")
    // the evidence stays in the passive's sentence; the source keeps its words from the earlier one
    let story =
      "NAIROBI, March 7 (Wire) - Russia said it would stand by its ally. Peacekeepers have been deployed to Kazakhstan."
    let draft = try PlainTextReader.draft(bytes: Array(story.utf8), input: "story.txt")
    let article = Pipeline().analyze(draft)
    let event = try #require(article.events.first { $0.code == "074" })
    #expect(event.source.name == "Russia")
    #expect(event.start >= article.sentences[event.sentence].start)
    // with no earlier actor there is no source, so no event
    #expect(try Self.events("Peacekeepers have been deployed to Kazakhstan on Friday.").isEmpty)
  }

  @Test func deployedForcesBelongToTheirSource() throws {
    // what is deployed is the theme's own force: the theme acts, the place or the story's actor
    // receives it
    let found = try Self.events("Russian troops have been deployed to Kazakhstan.")
    let deployed = try #require(found.first { $0.2.hasPrefix("074") || $0.2.hasPrefix("15") })
    #expect(deployed.0.hasPrefix("RUS") && deployed.1 == "KAZ")
    let story = try Self.events(
      "Kenya asked the African Union for help. Peacekeepers of the African Union have been deployed to protect the port."
    )
    let help = try #require(story.first { $0.2.hasPrefix("074") })
    #expect(help.0.hasPrefix("IGO") && help.1 == "KEN")
  }

  @Test func entitiesTheStoryResolvedAreActors() throws {
    // "Tokayev" alone is in no dictionary: the story's entity (a leader as of its date) is
    let found = try Self.events(
      "Kenyan President William Ruto spoke on Monday. On Tuesday, Ruto turned to the African Union requesting assistance."
    )
    let appeal = try #require(found.first { $0.2 == "023" })
    #expect(appeal.0 == "KENGOV" && appeal.1 == "IGO")
    // bodies of a family take its code: the EEAS is the EU's
    let called = try Self.events(
      "The European External Action Service called on Kenya to respect the right to protest.")
    #expect(called.contains { $0.0 == "IGOEUREEC" && $0.1 == "KEN" && $0.2 == "024" })
  }

  @Test func coordinatedVerbsShareTheirObject() throws {
    let found = try Self.events("Kenyan police arrested and tortured protesters in Mombasa.")
    #expect(Set(found.map(\.2)) == ["173", "182"])
    #expect(found.allSatisfy { $0.0 == "KENCOP" && $0.1 == "OPP" })
    #expect(
      Self.coded("Kenyan police arrested and tortured protesters in Mombasa.", syntax: false).count == 1)
  }

  @Test func coordinatedActorsGiveOneEventPerPair() throws {
    let found = try Self.events("Kenya and Uganda condemned Russia on Friday.")
    #expect(found.map(\.0) == ["KEN", "UGA"] && found.allSatisfy { $0.1 == "RUS" && $0.2 == "111" })
  }
}
