import DatelineKit

@testable import DatelineStore

/// Stories written for these tests in the agencies' styles: one story told by two agencies
/// (mostly the same sentences, as a reprint), and an unrelated one.
enum Fixtures {
  static let pipeline = Pipeline(options: .init(referenceDate: CalendarDate(year: 2022, month: 12, day: 31)!))

  static let sharedParagraphs = [
    "The operator of the Baltic gas pipeline said on Thursday that it had halted the flow through the eastern branch after engineers found a pressure drop near the coast of the island.",
    "A spokesman for the company said repair crews would reach the site within two days and that supplies to customers in the region were not at risk because storage sites were nearly full.",
    "The energy ministry said it was in close contact with the operator and with neighbouring governments, and that it saw no sign of sabotage so far.",
    "Prices for gas delivered next month rose by four percent in early trading before easing back in the afternoon.",
  ]

  static var reutersPipeline: Draft {
    Draft(
      input: "reuters-pipeline.txt", format: .text, source: "Reuters", published: "2022-03-03",
      title: "Baltic gas pipeline halted after pressure drop",
      blocks: sharedParagraphs.map { Draft.Block($0) })
  }

  static var tassPipeline: Draft {
    var paragraphs = sharedParagraphs
    paragraphs.append(
      "Earlier this week the operator reported routine maintenance on the western branch of the system.")
    return Draft(
      input: "tass-pipeline.txt", format: .text, source: "TASS", published: "2022-03-04",
      title: "Gas flow through Baltic pipeline halted, operator says",
      blocks: paragraphs.map { Draft.Block($0) })
  }

  static var apElection: Draft {
    Draft(
      input: "ap-election.txt", format: .text, source: "AP", published: "2022-02-10",
      title: "Voters in the capital queue for hours in runoff election",
      blocks: [
        Draft.Block(
          "Voters in the capital stood in long lines on Sunday to choose between the two candidates left in the presidential runoff, as officials extended polling hours at dozens of stations."
        ),
        Draft.Block(
          "Election observers from the regional bloc said the vote had been calm, though several polling stations opened late because ballot papers arrived after dawn."
        ),
      ])
  }

  static func record(_ draft: Draft) -> ArticleRecord { ArticleRecord(pipeline.analyze(draft)) }

  static var all: [ArticleRecord] { [record(reutersPipeline), record(tassPipeline), record(apElection)] }

  /// A story of its own for bulk tests: different words, so no two cluster.
  static func numbered(_ n: Int) -> Draft {
    let words = [
      "grain", "copper", "harbour", "railway", "tariff", "drought", "bond", "vaccine", "ferry", "census",
    ]
    let pick = { (k: Int) in words[(n / k) % words.count] }
    return Draft(
      input: "bulk-\(n).txt", format: .text, source: n % 2 == 0 ? "Reuters" : "AFP",
      published: "2022-05-\(10 + n % 18)",
      title: "Report \(n) on \(pick(1)) and \(pick(10))",
      blocks: [
        Draft.Block(
          "Officials said report \(n) covered \(pick(1)), \(pick(10)) and \(pick(100)) in district \(n * 7919 % 1000)."
        )
      ])
  }
}
