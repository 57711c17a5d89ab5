import DatelineKit
import Testing

@testable import DatelineStore

/// Rewrites: the same event told by two agencies in their own words (too few shared shingles
/// for MinHash), and stories on the same subject in the same days that report another event.
/// All written for these tests, in the agencies' styles.
@Suite struct StoryMatchTests {
  static func draft(_ input: String, _ source: String, _ published: String, _ title: String, _ text: [String])
    -> Draft
  {
    Draft(
      input: input, format: .text, source: source, published: published, title: title,
      blocks: text.map { Draft.Block($0) })
  }

  // Kazakhstan, January: the storming of the mayor's office, by Reuters and by TASS a day later.
  static let reutersAlmaty = draft(
    "reuters-almaty.txt", "Reuters", "2022-01-05",
    "Kazakh police fire tear gas as protesters storm Almaty mayor's office",
    [
      "ALMATY, Jan 5 (Reuters) - Kazakh police fired tear gas and stun grenades at thousands of protesters who stormed the mayor's office in Almaty on Wednesday, as anger over a sharp rise in fuel prices spread across the country.",
      "President Kassym-Jomart Tokayev declared a state of emergency in Almaty and in the western Mangistau region until Jan. 19 and accepted the resignation of the government.",
      "The interior ministry said 95 police officers had been injured and that more than 200 protesters had been detained.",
      "The protests began on Sunday in the oil town of Zhanaozen after the price of liquefied gas, which many drivers use as fuel, nearly doubled.",
    ])
  static let tassAlmaty = draft(
    "tass-almaty.txt", "TASS", "2022-01-06",
    "Law enforcers use tear gas against rioters who seized Almaty city hall",
    [
      "ALMATY, January 6. /TASS/. Law enforcement officers used tear gas against participants of unauthorized rallies who seized the building of the city administration in Almaty, the press service of the Kazakh Interior Ministry reported.",
      "Kazakhstan's President Kassym-Jomart Tokayev introduced a state of emergency in Almaty and the Mangistau Region until January 19, and the Cabinet of Ministers stepped down.",
      "According to the ministry, 95 police officers were injured in the clashes, while more than 200 rioters have been detained.",
      "Mass protests against the increase in liquefied gas prices started in Zhanaozen on January 2.",
    ])
  // The same country, president and city two days later: another event.
  static let reutersTroops = draft(
    "reuters-troops.txt", "Reuters", "2022-01-07",
    "Russian-led troops arrive in Kazakhstan at Tokayev's request",
    [
      "ALMATY, Jan 7 (Reuters) - Paratroopers from a Russian-led military alliance landed in Kazakhstan on Friday after President Kassym-Jomart Tokayev asked the bloc for help, saying his country faced a threat from foreign-trained bands.",
      "The Collective Security Treaty Organisation said the force of about 2,500 troops would guard state buildings and the airport in Almaty for several days.",
      "Western governments urged restraint and asked Moscow to explain the mission.",
    ])

  // Japan, March: the central bank's decision, by AFP and Reuters; and its governor's hearing.
  static let afpBank = draft(
    "afp-boj.txt", "AFP", "2023-03-10", "Bank of Japan keeps ultra-low rates in Kuroda's last meeting",
    [
      "TOKYO, March 10 (AFP) - The Bank of Japan kept its negative interest rate of minus 0.1 percent on Friday at the final policy meeting chaired by governor Haruhiko Kuroda, defying bets on a change before he steps down.",
      "The central bank also left unchanged its cap of 0.5 percent on the yield of ten-year government bonds, sending the yen down against the dollar.",
      "Economists expect Kazuo Ueda, who takes over on April 8, to review the policy later in the year.",
    ])
  static let reutersBank = draft(
    "reuters-boj.txt", "Reuters", "2023-03-10", "BOJ holds policy steady as Kuroda bows out",
    [
      "TOKYO, March 10 (Reuters) - The Bank of Japan held interest rates at minus 0.1 percent at outgoing governor Haruhiko Kuroda's final meeting, leaving any shift in its stimulus to his successor Kazuo Ueda.",
      "The bank kept its band of 0.5 percent either side of zero for the ten-year bond yield, and the yen weakened after the decision.",
      "Ueda, an academic, starts his five-year term on April 8.",
    ])
  static let reutersHearing = draft(
    "reuters-ueda.txt", "Reuters", "2023-03-08", "Japan's upper house approves Ueda as central bank governor",
    [
      "TOKYO, March 8 (Reuters) - Japan's upper house of parliament approved Kazuo Ueda as the next Bank of Japan governor on Friday, clearing the last hurdle for the academic to succeed Haruhiko Kuroda.",
      "Ueda told lawmakers last month that the bank's easing was appropriate for now, but that its side effects on markets deserved attention.",
      "The vote passed by 146 votes to 88 after a debate that lasted three hours.",
    ])

  @Test func rewritesScoreAboveTheThresholdAndOtherEventsBelow() {
    let minHash = MinHash()
    let match = StoryMatch()
    func record(_ draft: Draft) -> ArticleRecord { Fixtures.record(draft) }
    func compare(_ a: Draft, _ b: Draft, among window: [Draft]) -> (
      score: Double, same: Bool, minHash: Double
    ) {
      let a = record(a)
      let b = record(b)
      let all = window.map(record)
      func frequency(_ term: String) -> Int { all.filter { $0.storyTerms.contains(term) }.count }
      let score = match.score(a.storyTerms, b.storyTerms, frequency: frequency, window: all.count)
      return (
        score, match.isSameStory(a.storyTerms, b.storyTerms, score: score, frequency: frequency),
        minHash.similarity(a.signature!, b.signature!)
      )
    }
    let kazakhstan = [Self.reutersAlmaty, Self.tassAlmaty, Self.reutersTroops]
    let almaty = compare(Self.tassAlmaty, Self.reutersAlmaty, among: kazakhstan)
    #expect(almaty.minHash < MinHash().threshold)
    #expect(almaty.same, "\(almaty)")
    let troops = compare(Self.reutersTroops, Self.reutersAlmaty, among: kazakhstan)
    #expect(!troops.same, "\(troops)")
    let troopsTASS = compare(Self.reutersTroops, Self.tassAlmaty, among: kazakhstan)
    #expect(!troopsTASS.same, "\(troopsTASS)")
    let japan = [Self.afpBank, Self.reutersBank, Self.reutersHearing]
    let bank = compare(Self.reutersBank, Self.afpBank, among: japan)
    #expect(bank.minHash < MinHash().threshold)
    #expect(bank.same, "\(bank)")
    let hearing = compare(Self.reutersHearing, Self.afpBank, among: japan)
    #expect(!hearing.same, "\(hearing)")
    let hearingReuters = compare(Self.reutersHearing, Self.reutersBank, among: japan)
    #expect(!hearingReuters.same, "\(hearingReuters)")
  }

  @Test func termsAreFactsAndSalientWords() {
    let terms = Fixtures.record(Self.tassAlmaty).storyTerms
    #expect(terms.contains("n:95"))
    #expect(terms.contains("n:200"))
    #expect(!terms.contains("n:2022"))
    #expect(terms.contains { $0.hasPrefix("w:") })
    #expect(terms.contains { $0.hasPrefix("e:") })
    #expect(!terms.contains("w:said"))
  }

  @Test(arguments: Backend.all)
  func storesClusterRewritesNotOtherEvents(_ backend: Backend) async throws {
    let store = try await backend.open()
    let summary = try await store.write(
      [
        Self.reutersAlmaty, Self.reutersHearing, Self.tassAlmaty, Self.reutersTroops, Self.afpBank,
        Self.reutersBank,
      ]
      .map(Fixtures.record))
    #expect(summary.inserted == 6)
    #expect(summary.clustered == 2)
    let articles = try await store.query(ArticleQuery())
    func cluster(_ input: String) -> String? { articles.first { $0.input == input }?.cluster }
    #expect(cluster("tass-almaty.txt") == cluster("reuters-almaty.txt"))
    #expect(cluster("reuters-troops.txt") != cluster("reuters-almaty.txt"))
    #expect(cluster("reuters-boj.txt") == cluster("afp-boj.txt"))
    #expect(cluster("reuters-ueda.txt") != cluster("afp-boj.txt"))
    let tass = try #require(articles.first { $0.input == "tass-almaty.txt" })
    #expect(tass.numArticles == 2 && tass.numSources == 2)

    try await store.close()

    // Published a week apart, the same facts are another story.
    let apart = try await backend.open()
    var late = Self.reutersAlmaty
    late.published = "2022-01-12"
    _ = try await apart.write([Fixtures.record(Self.tassAlmaty), Fixtures.record(late)])
    #expect(try await apart.query(ArticleQuery()).allSatisfy { $0.numArticles == 1 })
    try await apart.close()
  }

  // Kenya, March: police and protesters, by Reuters and by TASS the next day.
  static let reutersNairobi = draft(
    "reuters-nairobi.txt", "Reuters", "2022-03-03", "Kenyan police fire tear gas at maize flour protesters",
    [
      "NAIROBI, March 3 (Reuters) - Kenyan police fired tear gas at protesters in Nairobi on Thursday as demonstrations over the price of maize flour spread to a third city.",
      "The interior ministry said officers had arrested 43 people and that 12 officers were hurt when crowds threw stones near the central market.",
      "Traders said they had shut their stalls for the day and feared losses if the unrest dragged on.",
    ])
  static let tassNairobi = draft(
    "tass-nairobi.txt", "TASS", "2022-03-04",
    "Police in Kenya's capital disperse rally against rising food prices",
    [
      "NAIROBI, March 4. /TASS/. Kenyan police fired tear gas at protesters in the capital, local media reported on Friday.",
      "The demonstrators demanded lower prices for maize flour, a staple food in the East African country.",
      "According to Kenya's Interior Ministry, 43 people were detained and 12 law enforcement officers sustained injuries.",
    ])

  @Test(arguments: Backend.all)
  func gdeltCountsTheStorysArticlesAndSources(_ backend: Backend) async throws {
    let store = try await backend.open()
    let summary = try await store.write(
      [Self.reutersNairobi, Self.tassNairobi, Self.reutersAlmaty, Self.tassAlmaty].map(Fixtures.record))
    #expect(summary.clustered == 2)
    var lines: [String] = []
    _ = try await GDELTExport(dateAdded: "20260101000000").run(store, ArticleQuery()) { lines.append($0) }
    try await store.close()
    let reuters = Fixtures.record(Self.reutersNairobi)
    let tass = Fixtures.record(Self.tassNairobi)
    #expect(MinHash().similarity(reuters.signature!, tass.signature!) < MinHash().threshold)
    func key(_ event: StageRows.Event) -> String {
      "\(event.code)|\(event.sourceCode)|\(event.targetCode ?? "")"
    }
    let shared = Set(reuters.stages.events.map(key)).intersection(tass.stages.events.map(key))
    try #require(!shared.isEmpty, "the two reports code a common event")
    for line in lines {
      let event = [
        GDELTExportTests.column(line, "EventCode"), GDELTExportTests.column(line, "Actor1Code"),
        GDELTExportTests.column(line, "Actor2Code"),
      ].joined(separator: "|")
      let url = GDELTExportTests.column(line, "SOURCEURL")
      if shared.contains(event) {
        // One record for the two reports of the event, counting both agencies.
        #expect(GDELTExportTests.column(line, "NumArticles") == "2", "\(event)")
        #expect(GDELTExportTests.column(line, "NumSources") == "2", "\(event)")
        let mentions =
          reuters.stages.events.filter { key($0) == event }.count
          + tass.stages.events.filter { key($0) == event }.count
        #expect(GDELTExportTests.column(line, "NumMentions") == String(mentions), "\(event)")
        #expect(url == "reuters-nairobi.txt")
      } else if url.contains("nairobi") {
        #expect(GDELTExportTests.column(line, "NumArticles") == "1", "\(event) \(url)")
      }
    }
    #expect(lines.filter { shared.contains(Self.eventKey($0)) }.count == shared.count)
  }

  static func eventKey(_ line: String) -> String {
    [
      GDELTExportTests.column(line, "EventCode"), GDELTExportTests.column(line, "Actor1Code"),
      GDELTExportTests.column(line, "Actor2Code"),
    ].joined(separator: "|")
  }
}
