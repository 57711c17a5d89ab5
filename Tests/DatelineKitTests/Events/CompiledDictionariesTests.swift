import Testing

@testable import DatelineKit

/// The compiled dictionaries find what the string-based readers find.
@Suite struct CompiledDictionariesTests {
  static func dictionaries() throws -> (ActorDictionary, VerbDictionary) {
    var actors = ActorDictionary()
    try actors.readActors(text: EventFixtures.actors, file: "fixture.actors")
    try actors.readAgents(text: EventFixtures.agents, file: "fixture.agents")
    var verbs = VerbDictionary()
    try verbs.read(text: EventFixtures.verbs, file: "fixture.verbs")
    return (actors, verbs)
  }

  static let sentences = [
    "The Valdorian cabinet condemned Kestrelia's blockade of the northern coast.",
    "Quill police and rights activists in North Tallis met the Tempest League envoy.",
    "Ferro Bank officials said the Port Luce harbours were closed to Ostravin ships.",
    "Nobody in Hushwood or Stormbridge deplored the Kestrelian fleet.",
  ]

  @Test func mentionsMatchTheDictionaryResolver() throws {
    let (actors, verbs) = try Self.dictionaries()
    let resolver = DictionaryActorResolver(dictionary: actors)
    let compiled = CompiledDictionaries(
      verbs: verbs, actors: resolver, nouns: actors.nouns, adjectives: actors.adjectives)
    var found = 0
    for text in Self.sentences {
      let words = CodingText.sentences(text)[0]
      let matches = SentenceMatches(words, lexicon: compiled.lexicon)
      for i in words.indices {
        let expected = resolver.mention(in: words, at: i, date: 20250101)
        #expect(compiled.mention(in: words, matches, at: i, date: 20250101) == expected, "\(words[i].text)")
        if expected != nil { found += 1 }
      }
    }
    #expect(found >= 10)
  }

  @Test func verbsAndWordClasses() throws {
    let (actors, verbs) = try Self.dictionaries()
    let compiled = CompiledDictionaries(
      verbs: verbs, actors: DictionaryActorResolver(dictionary: actors), nouns: actors.nouns,
      adjectives: actors.adjectives)
    let words = CodingText.sentences("Valdoria strongly condemned the restless harbours")[0]
    let matches = SentenceMatches(words, lexicon: compiled.lexicon)
    let verb = try #require(compiled.verb(in: words, matches, at: 2))
    #expect(verbs.verbs[verb.verb].code?.primary == "122")
    #expect(compiled.verb(in: words, matches, at: 1) == nil)
    #expect(compiled.wordClass(3, matches).contains(.determiner))
    #expect(compiled.wordClass(4, matches).contains(.adjective))
    #expect(compiled.wordClass(5, matches).contains(.noun))
  }

  @Test func patternsCarryTheirRequiredWordsAsBloomBits() throws {
    let (actors, verbs) = try Self.dictionaries()
    let compiled = CompiledDictionaries(
      verbs: verbs, actors: DictionaryActorResolver(dictionary: actors), nouns: [], adjectives: [])
    // SEND's "- * TROOPS_ TO [172]" needs TROOPS and TO after the verb
    let send = try #require(verbs.verbs.first { $0.phrase.first?.description.hasPrefix("SEND") == true })
    let patterns = compiled.patterns[send.block]
    #expect(
      patterns.contains {
        $0.requiredAfter.count == 2 && $0.bloomAfter != .init() && $0.bloomBefore == .init()
      })
    // "- * { ENVOY | DELEGATION } TO [036]": one of ENVOY, DELEGATION after the verb
    #expect(patterns.contains { $0.anyAfter != .init() && $0.anyBefore == .init() })
  }
}
