import Testing

@testable import DatelineKit

@Suite struct DictionaryReaderTests {
  @Test func readsActorsSynonymsAndDatedCodes() throws {
    var dictionary = ActorDictionary()
    try dictionary.readActors(text: EventFixtures.actors, file: "fixture.actors")
    #expect(dictionary.actors.count == 11)
    #expect(dictionary.nouns == ["HARBOURS"])
    #expect(dictionary.adjectives == ["RESTLESS"])
    let marento = try #require(dictionary.actors.first { $0.codes.first?.code == "MAR" })
    #expect(marento.phrases.count == 2)
    let quill = try #require(dictionary.actors.first { $0.codes.contains { $0.code == "QLLGOV" } })
    #expect(DatedCode.resolve(quill.codes, on: 19991231) == "QLL")
    #expect(DatedCode.resolve(quill.codes, on: 20210601) == "QLLGOV")
    #expect(DatedCode.resolve(quill.codes, on: 20240101) == "QLLREB")
  }

  @Test func readsIndentedDateLinesAndTwoDigitYears() throws {
    var dictionary = ActorDictionary()
    try dictionary.readActors(
      text: "LARKSPUR  ; a leader\n\t[LRKGOV 990101-050630]\n\t[LRKELI]\n", file: "t.actors")
    let codes = dictionary.actors[0].codes
    #expect(codes[0].restriction == .between(19990101, 20050630))
    #expect(DatedCode.resolve(codes, on: 20100101) == "LRKELI")
    // with no date the present is meant: an open-ended code wins
    let dated = [DatedCode("OLD", .before(19911216)), DatedCode("NEW", .after(19911221))]
    #expect(DatedCode.resolve(dated, on: nil) == "NEW")
    #expect(DatedCode.resolve(dated, on: 19800101) == "OLD")
  }

  @Test func readsAgentsWithPlacementAndMacros() throws {
    var dictionary = ActorDictionary()
    try dictionary.readAgents(
      text: "!PERSON! = MAN, WOMAN\nFISHER!PERSON! [~FSH]\nRIGHTS_GROUP_ {RIGHTS_GROUPS_} [NGO~]\n",
      file: "t.agents")
    #expect(dictionary.agents.count == 3)
    #expect(dictionary.agents[0].code == "FSH" && !dictionary.agents[0].prefixes)
    #expect(dictionary.agents[2].prefixes && dictionary.agents[2].phrases.count == 2)
  }

  @Test func readsVerbsPatternsAndSynsets() throws {
    var verbs = VerbDictionary()
    try verbs.read(text: EventFixtures.verbs, file: "fixture.verbs")
    #expect(verbs.synsets["AIDTYPE"]?.count == 3)
    #expect(verbs.timeShifts.count == 1)
    let send = try #require(verbs.verbs.first { $0.phrase.first?.description == "SEND" })
    #expect(verbs.blocks[send.block].count == 4)
    let meet = try #require(verbs.verbs.first { $0.phrase.first?.description == "MEET" })
    #expect(meet.code == EventCode(primary: "031", reciprocal: "031"))
    let said = try #require(verbs.verbs.first { $0.phrase.first?.description == "SAID" })
    #expect(said.code?.weak == true)
  }

  @Test func readsPetrarchBlocksFormsAndTransformations() throws {
    let text = """
      &HELPER_
      +ASSIST
      ---  SHIELD   [073]  ---
      SHIELD {SHIELDS SHIELDING SHIELDED}
      +PROTECT_FROM
      - * {REFUGEE CAMP}                  [074]   # ours
      - * (FROM ATTACK)                  [073]
      ~ a (a b SHIELD) SAY = a b 074
      """
    var verbs = VerbDictionary()
    try verbs.read(text: text, file: "t.verbs")
    #expect(verbs.verbs.count == 5)
    #expect(Set(verbs.verbs.map(\.block)).count == 1)
    #expect(verbs.blocks[0].count == 2)
    #expect(verbs.transformations.count == 1)
    #expect(verbs.verbs.allSatisfy { $0.code?.primary == "073" })
  }

  @Test func malformedLinesNameFileAndLine() {
    var dictionary = ActorDictionary()
    #expect(throws: DictionaryError(.malformedCode, "unbalanced [", file: "bad.actors", line: 2)) {
      try dictionary.readActors(text: "GOOD [GOD]\nBROKEN [BRK\n", file: "bad.actors")
    }
    #expect(throws: DictionaryError.self) {
      try dictionary.readActors(text: "+ORPHAN\n", file: "bad.actors")
    }
    var verbs = VerbDictionary()
    #expect(
      throws: DictionaryError(.orphanLine, "pattern with no verb before it", file: "bad.verbs", line: 1)
    ) {
      try verbs.read(text: "- * NOTHING [010]\n", file: "bad.verbs")
    }
    #expect(throws: DictionaryError.self) {
      try verbs.read(text: "GO [010]\n- * &MISSING [011]\n", file: "bad.verbs")
    }
    #expect(throws: DictionaryError.self) {
      try verbs.read(text: "GO [010]\n- WITHOUT STAR [011]\n", file: "bad.verbs")
    }
  }

  @Test func lenientReadReportsEveryBadLine() throws {
    var dictionary = ActorDictionary()
    try dictionary.readActors(
      text: "GOOD [GOD]\nBAD [991201-010114]\nWORSE [WRS <19x]\nFINE [FIN]\n", file: "l.actors",
      strictness: .lenient)
    #expect(dictionary.actors.count == 2)
    #expect(dictionary.issues.map(\.line) == [2, 3])
    #expect(dictionary.issues.map(\.code) == [.malformedCode, .malformedDate])
  }

  @Test func optionsCommands() throws {
    var options = CodingOptions()
    #expect(options.apply("COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR") == nil)
    #expect(
      options.maximumVerbs == 5 && options.maximumConjunctions == 4 && options.complexWithoutActorBeforeVerb)
    #expect(options.apply("COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8") == nil)
    #expect(options.comma.internalRange == 4...6 && options.comma.initialRange == 3...8)
    #expect(options.apply("SET: CODE ALL") == nil && options.scope == .all)
    #expect(options.apply("DEFAULT: SOURCE [SRC] PRIOR TARGET [TGT]") == nil)
    #expect(options.defaultSource == "SRC" && options.defaultSourcePrior && !options.defaultTargetAfter)
    #expect(options.apply("FROBNICATE: 3") != nil)
  }
}
