import Testing

@testable import DatelineKit

@Suite struct EntityResolverTests {
  static let story = """
    Kazakh leader asks Russia-led bloc for help as protests spread

    ALMATY, Jan 5 (Reuters) - Kazakh President Kassym-Jomart Tokayev asked the Collective Security Treaty \
    Organization (CSTO) for help on Wednesday after protesters stormed the mayor's office in Almaty.

    Tokayev said the CSTO would send peacekeepers. European Council President Charles Michel urged \
    restraint, and the European Union said it was watching closely.

    Armenian Prime Minister Nikol Pashinyan, who chairs the bloc, said troops would arrive from Russia, \
    Belarus and Tajikistan.
    """

  func analyze(_ text: String, published: CalendarDate? = CalendarDate(year: 2022, month: 1, day: 5)) throws
    -> Article
  {
    let pipeline = Pipeline(
      options: .init(published: published, referenceDate: CalendarDate(year: 2026, month: 1, day: 1)!))
    return pipeline.analyze(try PlainTextReader.draft(bytes: Array(text.utf8), input: "story.txt"))
  }

  func entity(_ article: Article, _ name: String) throws -> Entity {
    try #require(article.entities.first { $0.name == name })
  }

  @Test func resolvesSurnameToFullName() throws {
    let article = try analyze(Self.story)
    let tokayev = try entity(article, "Kassym-Jomart Tokayev")
    #expect(tokayev.kind == .person)
    #expect(tokayev.mentions.map(\.text) == ["Kassym-Jomart Tokayev", "Tokayev"])
    #expect(tokayev.roles.contains("Kazakh President"))
  }

  @Test func resolvesAcronymToExpansion() throws {
    let article = try analyze(Self.story)
    let csto = try entity(article, "Collective Security Treaty Organization")
    // "who chairs the bloc": the organisation named most often.
    #expect(
      csto.mentions.map(\.text) == ["Collective Security Treaty Organization", "CSTO", "CSTO", "the bloc"])
    #expect(csto.wikidata == "Q318693")
  }

  @Test func attachesRolesAndTrimsTitlesFromOrganisations() throws {
    let article = try analyze(Self.story)
    let michel = try entity(article, "Charles Michel")
    #expect(michel.roles == ["European Council President"])
    #expect(article.entities.contains { $0.name == "European Council" && $0.kind == .organization })
  }

  @Test func splitsATitleRunTogetherWithAName() throws {
    // The TASS sample: "… with European Council President Charles Michel on Monday".
    let article = try analyze(BundledSamples.tassKazakhstan, published: nil)
    let michel = try entity(article, "Charles Michel")
    #expect(michel.kind == .person && michel.roles == ["European Council President"])
    #expect(try entity(article, "European Council").kind == .organization)
    #expect(!article.entities.contains { $0.name.contains("President") })
    let tokayev = try entity(article, "Kassym-Jomart Tokayev")
    // The headline's surname comes before the full name; the later "He" and "his" join too.
    #expect(tokayev.mentions.first?.text == "Tokayev" && tokayev.mentions.contains { $0.text == "He" })
  }

  @Test func takesRolesFromAppositions() throws {
    let article = try analyze(
      """
      YEREVAN (Reuters) - Nikol Pashinyan, the Armenian prime minister, met Charles Michel, president of the \
      European Council, on Monday. Ruben Vardanyan, who owns a bank, did not attend.
      """)
    #expect(try entity(article, "Nikol Pashinyan").roles.first == "Armenian prime minister")
    #expect(try entity(article, "Charles Michel").roles == ["president of the European Council"])
    #expect(try entity(article, "Ruben Vardanyan").roles.isEmpty)
  }

  @Test func takesRelativeTitlesBeforeAndAfterNames() throws {
    let article = try analyze(
      """
      ANKARA (Reuters) - Russian President Vladimir Putin met his Turkish counterpart, Recep Tayyip Erdogan, \
      in Sochi on Monday. Sergei Lavrov spoke with Mevlut Cavusoglu, his Turkish counterpart, on Tuesday. \
      Putin said his Azeri counterpart would join them.
      """)
    #expect(try entity(article, "Recep Tayyip Erdogan").roles.contains("Turkish counterpart"))
    #expect(try entity(article, "Mevlut Cavusoglu").roles.contains("Turkish counterpart"))
    // A counterpart without a name is nobody's role.
    #expect(try !entity(article, "Vladimir Putin").roles.contains { $0.contains("counterpart") })
    #expect(try !entity(article, "Sergei Lavrov").roles.contains { $0.contains("counterpart") })
  }

  @Test func linksCountriesNationalitiesAndCities() throws {
    let article = try analyze(Self.story)
    let kazakh = try entity(article, "Kazakh")
    #expect(kazakh.kind == .nationality && kazakh.country == "KAZ")
    let almaty = try entity(article, "Almaty")
    #expect(almaty.kind == .geopolitical && almaty.country == "KAZ" && almaty.geo != nil)
    #expect(try entity(article, "Belarus").code == "BLR")
    #expect(try entity(article, "Russia-led").country == "RUS")
    let eu = try entity(article, "European Union")
    #expect(eu.wikidata == "Q458" && eu.code == "IGOEUREEC")
  }

  @Test func linksLeadersInOfficeOnTheArticleDate() throws {
    let article = try analyze(Self.story)
    let tokayev = try entity(article, "Kassym-Jomart Tokayev")
    #expect(tokayev.country == "KAZ" && tokayev.code == "KAZGOV" && tokayev.wikidata == "Q200881")
    let pashinyan = try entity(article, "Nikol Pashinyan")
    #expect(pashinyan.roles.contains("Prime Minister of Armenia"))
    // Before his presidency the same name is not linked to the office.
    let early = try analyze(Self.story, published: CalendarDate(year: 2015, month: 6, day: 1))
    #expect(try entity(early, "Kassym-Jomart Tokayev").code == nil)
  }

  @Test func mentionOffsetsSliceTheText() throws {
    let article = try analyze(
      "MOSCOW (Reuters) - Sergei Lavrov met Jean-Yves Le Drian in Genève, Aşgabat and Zürich.")
    let scalars = Array(article.text.unicodeScalars)
    #expect(!article.entities.isEmpty)
    for entity in article.entities {
      for mention in entity.mentions {
        #expect(
          String(String.UnicodeScalarView(scalars[mention.range.start..<mention.range.end])) == mention.text)
      }
    }
  }

  @Test func entitiesInJSON() throws {
    let article = try analyze(Self.story)
    let json = article.json.serialized()
    #expect(json.contains(#""entities": [{"id": "e1", "type": "NORP", "name": "Kazakh""#))
    #expect(json.contains(#""code": "KAZGOV""#))
  }
}

@Suite struct EntityReferenceTests {
  func analyze(_ text: String) throws -> Article {
    let pipeline = Pipeline(
      options: .init(
        published: CalendarDate(year: 2022, month: 1, day: 10),
        referenceDate: CalendarDate(year: 2026, month: 1, day: 1)!))
    return pipeline.analyze(try PlainTextReader.draft(bytes: Array(text.utf8), input: "story.txt"))
  }

  @Test func pronounsAndNominalsJoinTheirEntity() throws {
    let article = try analyze(
      """
      NUR-SULTAN, Jan 10 (Reuters) - Kazakh President Kassym-Jomart Tokayev thanked the Collective Security \
      Treaty Organization on Monday. He said the CSTO mission had been a success.

      Tokayev said the Foreign Ministry would brief diplomats and that the ministry expected the bloc to \
      leave within days. The European Union said it welcomed the news.
      """)
    func mentions(_ name: String) throws -> [String] {
      try #require(article.entities.first { $0.name == name }).mentions.map(\.text)
    }
    #expect(try mentions("Kassym-Jomart Tokayev") == ["Kassym-Jomart Tokayev", "He", "Tokayev"])
    #expect(try mentions("Collective Security Treaty Organization").contains("the bloc"))
    #expect(try mentions("Foreign Ministry") == ["Foreign Ministry", "the ministry"])
    #expect(try mentions("European Union") == ["European Union", "it"])
  }

  @Test func longStoryWithManyNamesAndPronouns() throws {
    let paragraph = "Aminata Diop met officials in Dakar and Bamako. She said the ministry would reply. "
    let article = try analyze("DAKAR (Reuters) - " + String(repeating: paragraph, count: 1500))
    let diop = try #require(article.entities.first { $0.name == "Aminata Diop" })
    #expect(diop.mentions.filter { $0.text == "She" }.count == 1500)
  }

  @Test func pronounWithoutAPersonStaysUnresolved() throws {
    let article = try analyze("LONDON (Reuters) - Shares rose on Monday. He said nothing.")
    #expect(!article.entities.contains { $0.mentions.contains { $0.text == "He" } })
  }
}
