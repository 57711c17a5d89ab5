import Testing

@testable import DatelineKit

/// One test per coding rule, on sentences written for these tests.
@Suite struct EventCoderTests {
  @Test func defaultCodeSourceBeforeTargetAfter() throws {
    #expect(
      try EventFixtures.triples("Valdoria praised Kestrelia for its handling of the long drought.") == [
        "VAL/KES/051"
      ])
  }

  @Test func stemsAndRegularEndings() throws {
    // KESTRELIA_ takes noun endings, VALDORIA is a stem ("Valdorian")
    #expect(
      try EventFixtures.triples("The Valdorian cabinet condemned Kestrelia's blockade of the northern coast.")
        == ["VAL/KES/122"])
    #expect(
      try EventFixtures.triples("Valdoria condemned Kestreliax over the blockade of the northern coast.")
        == [])
  }

  @Test func connectedWordBeforeVerb() throws {
    #expect(
      try EventFixtures.triples("Valdoria strongly condemned Ostravin over the attack on its border posts.")
        == ["VAL/OST/123"])
    #expect(
      try EventFixtures.triples(
        "Valdoria strongly and loudly condemned Ostravin over the attack on the posts.")
        == ["VAL/OST/122"])
  }

  @Test func alternativesAndLongestPattern() throws {
    #expect(
      try EventFixtures.triples("Valdoria will send an envoy to Marento next week to discuss fishing rights.")
        == ["VAL/MAR/036"])
    #expect(
      try EventFixtures.triples(
        "Valdoria will send a delegation to Marento next week to discuss fishing rights.")
        == ["VAL/MAR/036"])
    #expect(
      try EventFixtures.triples("Valdoria will send its envoy home from Marento next week after the dispute.")
        == ["VAL/MAR/035"])
  }

  @Test func exactPatternWord() throws {
    #expect(
      try EventFixtures.triples("Valdoria will send troops to the border with Marento within the next days.")
        == ["VAL/MAR/172"])
    // TROOPS_ does not match "troopships"; SEND is null, so nothing is coded
    #expect(
      try EventFixtures.triples(
        "Valdoria will send troopships to the border with Marento within the next days.")
        == [])
  }

  @Test func synsetAndTargetMarker() throws {
    #expect(
      try EventFixtures.triples(
        "Valdoria will send grain shipments quickly to Port Luce after the harvest failed.")
        == ["VAL/MAR/071"])
    #expect(
      try EventFixtures.triples("Valdoria will send fresh water to Port Luce after the harvest failed there.")
        == ["VAL/MAR/071"])
  }

  @Test func sourceAndTargetMarkersReverseRoles() throws {
    #expect(
      try EventFixtures.triples(
        "Twelve sailors from Kestrelia were freed by Valdoria on Sunday after long talks.")
        == ["VAL/KES/067"])
  }

  @Test func skipMarkerSkipsAnActor() throws {
    #expect(
      try EventFixtures.triples(
        "Valdoria warned at Ostravin that North Tallis would face new sanctions soon.")
        == ["VAL/NTA/131"])
  }

  @Test func compoundMarkerCodesMembersOnEachOther() throws {
    #expect(
      try EventFixtures.triples(
        "Valdoria and Marento will meet in the capital next week to settle the dispute.")
        == ["MAR/VAL/041", "VAL/MAR/041"])
  }

  @Test func compoundActorsGiveOneEventPerPair() throws {
    #expect(
      try EventFixtures.triples(
        "Valdoria and the restless Marento condemned Ostravin and Kestrelia on Monday.")
        == ["MAR/KES/122", "MAR/OST/122", "VAL/KES/122", "VAL/OST/122"])
  }

  @Test func pairedCodes() throws {
    #expect(
      try EventFixtures.triples("The foreign minister of Valdoria will visit Marento on Friday for two days.")
        == ["MAR/VALGOVFRM/043", "VALGOVFRM/MAR/042"])
  }

  @Test func agentsAttachToActors() throws {
    #expect(
      try EventFixtures.triples(
        "Valdoria police condemned rights activists in Marento over the weekend riots.")
        == ["VALCOP/NGMMAR/122"])
  }

  @Test func datedActorCodes() throws {
    let text = "Quill condemned Valdoria over the arrest of three of its journalists last week."
    #expect(try EventFixtures.triples(text, date: 19950101) == ["QLL/VAL/122"])
    #expect(try EventFixtures.triples(text, date: 20210101) == ["QLLGOV/VAL/122"])
    #expect(try EventFixtures.triples(text, date: 20250101) == ["QLLREB/VAL/122"])
  }

  @Test func passiveVoiceSwapsSourceAndTarget() throws {
    #expect(
      try EventFixtures.triples(
        "Marento was fiercely opposed by Valdoria during the long talks on the treaty.")
        == ["VAL/MAR/112"])
  }

  @Test func weakVerbYieldsToAnother() throws {
    #expect(
      try EventFixtures.triples("Valdoria said it condemned Kestrelia for the raids on the fishing fleet.")
        == ["VAL/KES/122"])
    #expect(
      try EventFixtures.triples("Valdoria said Kestrelia had been slow to answer the letters it sent in May.")
        == ["VAL/KES/010"])
  }

  @Test func discardsAndComplex() throws {
    #expect(
      try EventFixtures.coding("Hushwood praised Valdoria for the new bridge over the river on Friday.")
        == .discarded("discard actor HUSHWOOD"))
    #expect(
      try EventFixtures.coding("Valdoria beat Marento at football in the final of the cup on Friday.")
        == .discarded("discard verb FOOTBALL"))
    #expect(
      try EventFixtures.coding("Valdoria praised Stormbridge for the new bridge over the river on Friday.")
        == .complex("complex actor STORMBRIDGE"))
    #expect(
      try EventFixtures.coding("Valdoria blasted Marento in the final of the cup on Friday evening.")
        == .complex("complex verb or pattern"))
    #expect(
      try EventFixtures.coding("Once in a blue moon Valdoria praised Marento for its fine harbours.")
        == .discarded("discard time phrase"))
  }

  @Test func nullActorIsANoun() throws {
    #expect(
      try EventFixtures.triples(
        "Valdoria praised Nobody in Marento for the rescue of the stranded fishermen.")
        == ["VAL/MAR/051"])
  }

  @Test func determinerAndCapitalTurnVerbsIntoNouns() throws {
    #expect(
      try EventFixtures.triples("Valdoria called the condemn of Marento by Ostravin a mistake in a letter.")
        == [])
    #expect(
      try EventFixtures.triples("Valdoria reads the Praise Gazette and condemned Marento in a long letter.")
        == ["VAL/MAR/122"])
  }

  @Test func commaClausesAreDropped() throws {
    #expect(
      try EventFixtures.triples(
        "Valdoria, still angry at Ostravin over the dam, condemned Marento on Tuesday night.")
        == ["VAL/MAR/122"])
    #expect(
      try EventFixtures.triples("Valdoria praised the new dam on the river, an official of Marento said.")
        == [])
  }

  @Test func clausesAtConjunctionsKeepTheSubject() throws {
    #expect(
      try EventFixtures.triples(
        "Valdoria condemned Marento on Tuesday and praised Ostravin for its restraint.")
        == ["VAL/MAR/122", "VAL/OST/051"])
  }

  @Test func pronounsTakeTheirAntecedent() throws {
    #expect(
      try EventFixtures.triples(
        "Valdoria praised Marento and then it condemned Ostravin for the border raids.")
        == ["VAL/MAR/051", "VAL/OST/122"])
  }

  @Test func complexLimitsAndMinimumWords() throws {
    var options = CodingOptions()
    options.complexWithoutActorBeforeVerb = true
    #expect(
      try EventFixtures.coding(
        "Condemned by everyone, the plan of Marento was withdrawn on Friday.", options: options)
        == .complex("no actor before the verb"))
    options.minimumWords = 20
    #expect(
      try EventFixtures.triples(
        "Valdoria praised Kestrelia for its handling of the long drought.", options: options) == [])
  }

  @Test func evidenceOffsetsCountScalars() throws {
    let text = "Él dijo: Valdoria praised Kestrelia for its handling of the long drought."
    var context = CodingContext()
    let event = try #require(
      try EventFixtures.coder().code(CodingText.sentences(text)[0], date: nil, context: &context).events.first
    )
    let scalars = Array(text.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[event.verbStart..<event.verbEnd])) == "praised")
    #expect(event.source.start == 9)
  }

  @Test func adversarialSentenceStaysBounded() throws {
    // a pattern of many spaced words against a long sentence of near-misses cannot explode:
    // the search stops after a fixed number of steps per pattern
    var verbs = VerbDictionary()
    try verbs.read(
      text: "CONDEMN [122]\n- X X X X X X X X X X X X * Y Y Y Y Y Y Y Y Y Y Y Y Z [999]\n",
      file: "adversarial.verbs")
    var dictionary = ActorDictionary()
    try dictionary.readActors(text: EventFixtures.actors, file: "fixture.actors")
    let coder = EventCoder(verbs: verbs, actors: DictionaryActorResolver(dictionary: dictionary))
    let filler = Array(repeating: "x", count: 400).joined(separator: " ")
    let tail = Array(repeating: "y", count: 400).joined(separator: " ")
    let text = "Valdoria \(filler) condemned Marento \(tail) end."
    var context = CodingContext()
    let events = coder.code(CodingText.sentences(text)[0], date: nil, context: &context).events
    #expect(events.map(\.code) == ["122"])
  }
}

/// The part-of-speech check of verb candidates (CodingOptions.partOfSpeech).
@Suite struct EventCoderPartOfSpeechTests {
  @Test func nounReadingOfADictionaryVerbIsNotCoded() throws {
    var options = CodingOptions()
    options.partOfSpeech = true
    // "praise" is a noun here; without the tagger the coder takes it for the verb
    let text = "Valdoria received warm praise from Kestrelia on Monday."
    #expect(try EventFixtures.triples(text) == ["VAL/KES/051"])
    #expect(try EventFixtures.triples(text, options: options) == [])
    // a verb stays a verb, also in a sentence written in capitals
    #expect(
      try EventFixtures.triples(
        "Valdoria praised Kestrelia for its handling of the long drought.", options: options)
        == ["VAL/KES/051"])
    #expect(
      try EventFixtures.triples(
        "VALDORIA PRAISED KESTRELIA FOR ITS HANDLING OF THE LONG DROUGHT.", options: options)
        == ["VAL/KES/051"])
  }
}
