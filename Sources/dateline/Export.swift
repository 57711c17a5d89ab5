import ArgumentParser
import DatelineStore
import Foundation

/// `dateline export`: writes stored articles out in full.
struct Export: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write stored articles out: JSON Lines (as `dateline analyze` prints them) or CSV.",
    discussion: "Takes the same filters as `dateline query`; exports everything by default.")

  /// Export formats; later stages add theirs (GDELT events, TimeML).
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case jsonl, csv
  }

  @OptionGroup var database: DatabaseOption
  @OptionGroup var filters: QueryFilters

  @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
  var format: Format = .jsonl

  func run() async throws {
    let store = try await openStore(database)
    let query = try filters.query()
    do {
      switch format {
      case .jsonl: try await store.forEach(query) { print($0.json) }
      case .csv:
        print(ArticleRow.csvHeader(withText: true))
        try await store.forEach(query) { print(ArticleRow.csv($0, withText: true)) }
      }
      try await store.close()
    } catch let error as StoreError {
      try? await store.close()
      Diagnostics.note("error: \(error)")
      throw ExitCode(2)
    }
  }
}
