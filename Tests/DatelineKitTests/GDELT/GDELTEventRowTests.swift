import Testing

@testable import DatelineKit

@Suite struct GDELTEventRowTests {
  static let pipeline = Pipeline(options: .init(referenceDate: CalendarDate(year: 2026, month: 11, day: 24)!))

  static func analyze(_ text: String, input: String = "story.txt") throws -> Article {
    pipeline.analyze(try PlainTextReader.draft(bytes: Array(text.utf8), input: input))
  }

  /// Every record of an article, as a column name → value dictionary.
  static func records(_ article: Article, hash: String = "0123456789abcdef") -> [[String: String]] {
    article.events.indices.map { index in
      let fields = GDELTEventRow.fields(
        for: article.events[index], at: index, in: article, contentHash: hash,
        counts: .init(mentions: 2, sources: 1, articles: 1), dateAdded: "20260101120000")
      return Dictionary(uniqueKeysWithValues: zip(GDELTEventColumns.all.map(\.name), fields))
    }
  }

  static var tass: Article {
    get throws {
      let sample = try #require(BundledSamples.all.first { $0.name == "samples/tass-kazakhstan.txt" })
      return try analyze(sample.content, input: sample.name)
    }
  }

  @Test func sixtyOneColumns() throws {
    #expect(GDELTEventColumns.all.count == 61)
    #expect(GDELTEventColumns.index(of: "GLOBALEVENTID") == 0)
    #expect(GDELTEventColumns.index(of: "EventCode") == 26)
    #expect(GDELTEventColumns.index(of: "ActionGeo_FeatureID") == 58)
    #expect(GDELTEventColumns.index(of: "SOURCEURL") == 60)
    for record in Self.records(try Self.tass) { #expect(record.count == 61) }
  }

  @Test func tassTelephoneCallBetweenTokayevAndCouncil() throws {
    let records = Self.records(try Self.tass)
    let call = try #require(records.first { $0["Actor1Code"] == "KAZGOV" && $0["EventCode"] == "041" })
    #expect(call["SQLDATE"] == "20220110")
    #expect(call["MonthYear"] == "202201")
    #expect(call["Year"] == "2022")
    #expect(call["FractionDate"] == "2022.1096")  // 2022 + (1 × 30 + 10) / 365
    #expect(call["Actor1Name"] == "KASSYM-JOMART TOKAYEV")
    #expect(call["Actor1CountryCode"] == "KAZ")
    #expect(call["Actor1Type1Code"] == "GOV")
    #expect(call["Actor2Code"] == "IGOEUREECGOV")
    #expect(call["Actor2CountryCode"] == "EUR")
    #expect(call["Actor2KnownGroupCode"] == "EEC")
    #expect(call["Actor2Type1Code"] == "IGO")
    #expect(call["Actor2Type2Code"] == "GOV")
    #expect(call["Actor2Type3Code"] == "")
    #expect(call["EventBaseCode"] == "041")
    #expect(call["EventRootCode"] == "04")
    #expect(call["QuadClass"] == "1")
    #expect(call["GoldsteinScale"] == "1")
    #expect(call["IsRootEvent"] == "1")
    #expect(call["NumMentions"] == "2")
    #expect(call["AvgTone"] == "")
    // FIPS 10-4, not ISO: Kazakhstan is KZ in both, the capital's coordinates come from the lexicon.
    #expect(call["Actor1Geo_Type"] == "1")
    #expect(call["Actor1Geo_CountryCode"] == "KZ")
    #expect(call["Actor1Geo_Lat"] == "")
    #expect(call["ActionGeo_Type"] == "4")
    #expect(call["ActionGeo_FullName"] == "Astana, Kazakhstan")
    #expect(call["Actor1Geo_FullName"] == "Kazakhstan")
    #expect(call["ActionGeo_Lat"].flatMap(Double.init).map { abs($0 - 51.18) < 0.01 } == true)
    #expect(call["ActionGeo_FeatureID"].flatMap(Int.init) != nil)
    #expect(call["DATEADDED"] == "20260101120000")
    #expect(call["SOURCEURL"] == "samples/tass-kazakhstan.txt")
  }

  @Test func policeOfANamedCountry() throws {
    let article = try Self.analyze(
      """
      Police fire tear gas at protesters in Berlin

      BERLIN, March 3 (Reuters) - German police fired tear gas at protesters in Berlin on Thursday, witnesses said.
      """)
    let record = try #require(Self.records(article).first { $0["EventCode"] == "175" })
    #expect(record["Actor1Code"] == "DEUCOP")
    #expect(record["Actor1Name"] == "POLICE")
    #expect(record["Actor1CountryCode"] == "DEU")
    #expect(record["Actor1Type1Code"] == "COP")
    // Germany is GM in FIPS 10-4.
    #expect(record["Actor1Geo_CountryCode"] == "GM")
    #expect(record["ActionGeo_FullName"] == "Berlin, Germany")
    #expect(record["ActionGeo_CountryCode"] == "GM")
    #expect(record["SQLDATE"]?.hasSuffix("0303") == true)
  }

  @Test func leadEventsAreRootEventsLaterOnesNot() throws {
    let article = try Self.analyze(
      """
      Talks stall in capital

      BERLIN, March 3 (Reuters) - The weather was cold on Thursday and streets were quiet.

      Much later in the day German police fired tear gas at protesters in Berlin, witnesses said.
      """)
    let record = try #require(Self.records(article).first { $0["EventCode"] == "175" })
    #expect(record["IsRootEvent"] == "0")
  }

  @Test func eventIDIsStableAndFitsFiftyThreeBits() {
    let a = GDELTEventRow.globalEventID(contentHash: "87bb208eaa801f2c", index: 0)
    #expect(a == GDELTEventRow.globalEventID(contentHash: "87bb208eaa801f2c", index: 0))
    #expect(a != GDELTEventRow.globalEventID(contentHash: "87bb208eaa801f2c", index: 1))
    #expect(a > 0 && a < 1 << 53)
  }

  @Test func datesInGDELTForms() {
    #expect(GDELTEventRow.timestamp(secondsSince1970: 0) == "19700101000000")
    #expect(GDELTEventRow.timestamp(secondsSince1970: 1_641_819_845) == "20220110130405")
    #expect(GDELTEventRow.fractionDate(CalendarDate(year: 2015, month: 2, day: 1)!) == "2015.1671")
    #expect(GDELTEventRow.fullDay("2022-01-02") == CalendarDate(year: 2022, month: 1, day: 2))
    #expect(GDELTEventRow.fullDay("2022-01") == nil)
    #expect(GDELTEventRow.fullDay("2022-W02") == nil)
  }

  @Test func tabsAndLineBreaksBecomeSpaces() {
    #expect(GDELTEventRow.clean("a\tb\nc\r") == "a b c ")
    #expect(GDELTEventRow.clean("plain") == "plain")
  }
}

@Suite struct GDELTGeographyTests {
  @Test func countriesByFIPSWithTheirFullName() throws {
    let britain = try #require(GDELTGeography.country("GBR"))
    #expect(britain.type == 1)
    #expect(britain.countryCode == "UK")
    #expect(britain.fullName == "United Kingdom")
    #expect(britain.featureID == "UK")
    #expect(britain.latitude == nil)
  }

  @Test func citiesAndStates() throws {
    let chicago = try #require(GDELTGeography.place(named: "Chicago"))
    #expect(chicago.type == 3)
    #expect(chicago.fullName == "Chicago, United States")
    #expect(chicago.countryCode == "US")
    #expect(Int(chicago.featureID) != nil)
    let paris = try #require(GDELTGeography.place(named: "Paris", in: "FRA"))
    #expect(paris.type == 4)
    #expect(paris.countryCode == "FR")
    let oregon = try #require(GDELTGeography.place(named: "Oregon"))
    #expect(oregon.type == 2)
  }

  @Test func aGeographicNameOutsideTheLexiconIsNotACity() {
    let asia = Entity(id: "e1", kind: .location, name: "Asia", mentions: [])
    #expect(GDELTGeography.place(asia) == nil)
  }
}
