import Testing

@testable import DatelineKit

@Suite struct DatelineParserTests {
  let parser = DatelineParser()

  struct Case: Sendable, CustomTestStringConvertible {
    var paragraph: String
    var text: String
    var place: String
    var country: String?
    var month: Int?
    var day: Int?
    var agency: String?
    var region: String? = nil
    var testDescription: String { text }
  }

  static let agencyStyles: [Case] = [
    Case(
      paragraph: "NUR-SULTAN, January 10. /TASS/. Kazakh President Kassym-Jomart Tokayev said on Monday.",
      text: "NUR-SULTAN, January 10. /TASS/.", place: "Nur-Sultan", country: "KAZ", month: 1, day: 10,
      agency: "TASS"),
    Case(
      paragraph: "BRUSSELS (Reuters) - The European Union called on Monday for restraint.",
      text: "BRUSSELS (Reuters) -", place: "Brussels", country: "BEL", agency: "Reuters"),
    Case(
      paragraph: "SALVADOR, Feb 26 - Showers continued throughout the week in the Bahia cocoa zone.",
      text: "SALVADOR, Feb 26 -", place: "Salvador", country: "BRA", month: 2, day: 26),
    Case(
      paragraph: "NAIROBI, Kenya (AP) — Kenyan police fired tear gas at protesters on Tuesday.",
      text: "NAIROBI, Kenya (AP) —", place: "Nairobi", country: "KEN", agency: "AP", region: "Kenya"),
    Case(
      paragraph: "Dakar (AFP) - Senegal's opposition called for new protests on Friday.",
      text: "Dakar (AFP) -", place: "Dakar", country: "SEN", agency: "AFP"),
    Case(
      paragraph: "BEIJING, March 28 (Xinhua) -- China will further open its financial sector.",
      text: "BEIJING, March 28 (Xinhua) --", place: "Beijing", country: "CHN", month: 3, day: 28,
      agency: "Xinhua"),
    Case(
      paragraph: "WASHINGTON, Jan. 10 (UPI) -- The Senate voted on Monday to confirm the nominee.",
      text: "WASHINGTON, Jan. 10 (UPI) --", place: "Washington", country: "USA", month: 1, day: 10,
      agency: "UPI"),
    Case(
      paragraph: "Berlin (dpa) - Germany's government wants to speed up approvals.",
      text: "Berlin (dpa) -", place: "Berlin", country: "DEU", agency: "dpa"),
    Case(
      paragraph: "ANKARA (AA) - Türkiye's foreign minister met his Azerbaijani counterpart on Monday.",
      text: "ANKARA (AA) -", place: "Ankara", country: "TUR", agency: "Anadolu"),
    Case(
      paragraph:
        "MOSCOW. Jan 10 (Interfax) - The Russian Foreign Ministry said on Monday that talks would go on.",
      text: "MOSCOW. Jan 10 (Interfax) -", place: "Moscow", country: "RUS", month: 1, day: 10,
      agency: "Interfax"),
    Case(
      paragraph: "TOKYO, Jan. 10 Kyodo - Japan's government plans to extend the measures.",
      text: "TOKYO, Jan. 10 Kyodo -", place: "Tokyo", country: "JPN", month: 1, day: 10, agency: "Kyodo"),
    Case(
      paragraph: "New Delhi, Jan 10 (PTI) The Centre on Monday asked states to ramp up testing.",
      text: "New Delhi, Jan 10 (PTI)", place: "New Delhi", country: "IND", month: 1, day: 10, agency: "PTI"),
    Case(
      paragraph: "Mumbai, Jan 10 (IANS) Shares rose in early trade on Monday.",
      text: "Mumbai, Jan 10 (IANS)", place: "Mumbai", country: "IND", month: 1, day: 10, agency: "IANS"),
    Case(
      paragraph: "PORTLAND, Ore., Feb 26 - Precision Castparts Corp said it acquired a company.",
      text: "PORTLAND, Ore., Feb 26 -", place: "Portland", country: "USA", month: 2, day: 26, region: "Oregon"
    ),
    Case(
      paragraph: "ST. PETERSBURG, June 3. /TASS/. The forum opened on Thursday.",
      text: "ST. PETERSBURG, June 3. /TASS/.", place: "St. Petersburg", country: "RUS", month: 6, day: 3,
      agency: "TASS"),
    Case(
      paragraph: "RIO DE JANEIRO, Feb 26 - Brazil's coffee exports rose.",
      text: "RIO DE JANEIRO, Feb 26 -", place: "Rio de Janeiro", country: "BRA", month: 2, day: 26),
    Case(
      paragraph: "MINSK, November 8 (BelTA) - Belarusian President Aleksandr Lukashenko met the governor.",
      text: "MINSK, November 8 (BelTA) -", place: "Minsk", country: "BLR", month: 11, day: 8, agency: "BelTA"),
  ]

  @Test(arguments: agencyStyles) func readsAgencyStyle(_ c: Case) throws {
    let match = try #require(parser.parse(c.paragraph))
    #expect(match.dateline.text == c.text)
    #expect(match.dateline.place == c.place)
    #expect(match.dateline.country == c.country)
    #expect(match.dateline.month == c.month)
    #expect(match.dateline.day == c.day)
    #expect(match.dateline.agency == c.agency)
    #expect(match.dateline.region == c.region)
    let body = String(c.paragraph.unicodeScalars.dropFirst(match.length))
    #expect(body.first?.isWhitespace == false)
  }

  @Test func readsDatelineAloneOnItsLine() throws {
    let match = try #require(parser.parse("NUR-SULTAN, January 10. /TASS/."))
    #expect(match.length == "NUR-SULTAN, January 10. /TASS/.".unicodeScalars.count)
  }

  @Test func readsWrittenYear() throws {
    let match = try #require(parser.parse("GENEVA, Jan 10, 2022 (Reuters) - Talks began."))
    #expect(match.dateline.year == 2022)
    #expect(match.dateline.date == CalendarDate(year: 2022, month: 1, day: 10))
  }

  @Test(arguments: [
    "The European Union said on Monday it would act.",
    "Kazakhstan, January 10 was a day of mourning in the country.",
    "Washington is a city.",
    "New York",
    "Protests erupted on January 2 in Zhanaozen.",
    "All news",
    "February 30 - nothing",
  ])
  func refusesOrdinarySentences(_ paragraph: String) {
    #expect(parser.parse(paragraph) == nil)
  }

  @Test func keepsPlaceButNotAnImpossibleDay() throws {
    let parsed = parser.parse("MOSCOW, February 30 - Text.")
    let match = try #require(parsed)
    #expect(match.dateline.place == "Moscow")
    #expect(match.dateline.month == 2)
    #expect(match.dateline.day == nil)
    #expect(match.dateline.date == nil)
  }

  static let hurriedCopy: [Case] = [
    Case(
      paragraph: "DENVER, Narch 2 - The company said.", text: "DENVER, Narch 2 -", place: "Denver",
      country: "USA", month: 3, day: 2),
    Case(
      paragraph: "TULSA, Okla., Macrh 31 - Output rose.", text: "TULSA, Okla., Macrh 31 -", place: "Tulsa",
      country: "USA", month: 3, day: 31, region: "Oklahoma"),
    Case(
      paragraph: "OMAHA, Jne 19 - Hogs fell.", text: "OMAHA, Jne 19 -", place: "Omaha", country: "USA",
      month: 6, day: 19),
    Case(
      paragraph: "LIMA, Juen 19 - Copper rose.", text: "LIMA, Juen 19 -", place: "Lima", country: "PER",
      month: 6, day: 19),
    Case(
      paragraph: "MONTEVIDEO, ABR 7 - Wool prices held.", text: "MONTEVIDEO, ABR 7 -", place: "Montevideo",
      country: "URY", month: 4, day: 7),
    Case(
      paragraph: "st paul, april 7 - barrow prices rose.", text: "st paul, april 7 -", place: "Saint Paul",
      country: "USA", month: 4, day: 7),
    Case(
      paragraph: "dodge city, april 7 - cattle fell.", text: "dodge city, april 7 -", place: "Dodge City",
      country: "USA", month: 4, day: 7),
    Case(
      paragraph: "UTRECHT, the Netherlands, March 31 - The bank said.",
      text: "UTRECHT, the Netherlands, March 31 -", place: "Utrecht", country: "NLD", month: 3, day: 31,
      region: "Netherlands"),
    Case(
      paragraph: "BOISE, Idaho, Calif., March 20 - The firm said.", text: "BOISE, Idaho, Calif., March 20 -",
      place: "Boise", country: "USA", month: 3, day: 20, region: "Idaho"),
    Case(
      paragraph: "MAYAGUEZ, Puerto rico, April 9 - Rum sales rose.", text: "MAYAGUEZ, Puerto rico, April 9 -",
      place: "Mayaguez", country: "PRI", month: 4, day: 9, region: "Puerto Rico"),
    Case(
      paragraph: "TOLEDO, Ohio, April, 13 - The firm said.", text: "TOLEDO, Ohio, April, 13 -",
      place: "Toledo", country: "USA", month: 4, day: 13, region: "Ohio"),
    Case(
      paragraph: "HARTFORD Conn., March 9 - The insurer said.", text: "HARTFORD Conn., March 9 -",
      place: "Hartford", country: "USA", month: 3, day: 9, region: "Connecticut"),
    Case(
      paragraph: "BOSTON, March 187 - The bank said.", text: "BOSTON, March 187 -", place: "Boston",
      country: "USA", month: 3),
    Case(
      paragraph: "BELGRADE, March 2O - Talks began.", text: "BELGRADE, March 2O -", place: "Belgrade",
      country: "SRB", month: 3),
    Case(
      paragraph: "MILAN, Italy, April l - Shares fell.", text: "MILAN, Italy, April l -", place: "Milan",
      country: "ITA", month: 4, region: "Italy"),
  ]

  @Test(arguments: hurriedCopy) func readsHurriedCopy(_ c: Case) throws {
    let parsed = parser.parse(c.paragraph)
    let match = try #require(parsed)
    #expect(match.dateline.text == c.text)
    #expect(match.dateline.place == c.place)
    #expect(match.dateline.country == c.country)
    #expect(match.dateline.month == c.month)
    #expect(match.dateline.day == c.day)
    #expect(match.dateline.region == c.region)
  }

  @Test(arguments: [
    "Marc 5 people were hurt, police said.",
    "st paul is a city in Minnesota, april 7 is a date.",
    "Many 5-year-olds were there.",
  ])
  func refusesLookalikes(_ paragraph: String) {
    #expect(parser.parse(paragraph) == nil)
  }
}
