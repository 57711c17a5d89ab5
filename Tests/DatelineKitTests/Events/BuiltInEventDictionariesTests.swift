import Testing

@testable import DatelineKit

@Suite struct BuiltInEventDictionariesTests {
  func triples(_ text: String) -> [String] {
    var context = CodingContext()
    return CodingText.sentences(text).flatMap {
      BuiltInEventDictionaries.coder.code($0, date: nil, context: &context).events
    }
    .map { "\($0.source.code)/\($0.target.code)/\($0.code)" }.sorted()
  }

  @Test func builtInTextsAreWellFormed() throws {
    var actors = ActorDictionary()
    try actors.readActors(
      text: BuiltInEventDictionaries.countryActors() + BuiltInEventDictionaries.organisations, file: "actors")
    try actors.readAgents(text: BuiltInEventDictionaries.agents, file: "agents")
    var verbs = VerbDictionary()
    try verbs.read(text: BuiltInEventDictionaries.verbs, file: "verbs")
    #expect(actors.actors.count > 200)
    // every verb code is a CAMEO code, and every root category has a verb
    var roots = Set<String>()
    for code in verbs.verbs.compactMap(\.code) + verbs.blocks.flatMap { $0.map(\.code) } where !code.isNull {
      #expect(CAMEOCodebook.shared.entries[code.primary] != nil, "\(code)")
      roots.insert(String(code.primary.prefix(2)))
    }
    #expect(roots.count == 20)
  }

  @Test func codesNewsSentences() {
    #expect(
      triples("Kenyan police fired tear gas at protesters in Nairobi on Tuesday.") == ["KENCOP/OPP/175"])
    #expect(
      triples(
        "Tokayev's government said the European Union should not interfere, and Russia condemned the United States."
      )
      .contains("RUS/USA/111"))
    #expect(
      triples("The United Nations called on Kazakhstan to respect the right to peaceful protest.") == [
        "IGOUNO/KAZ/024"
      ])
  }
}
