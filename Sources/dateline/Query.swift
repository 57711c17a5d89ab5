import ArgumentParser
import DatelineStore
import Foundation

/// `dateline query`: searches the stored articles.
struct Query: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Search stored articles, events or quotes by words, source, country, dates, story, entity, actor, event code or speaker.",
    discussion: """
      Prints a table on a terminal, JSON Lines when piped (or --format csv). Each article row \
      carries its story cluster and the cluster's NumArticles and NumSources. --events lists \
      event rows and --quotes quote rows instead of articles. --entity, --actor, --event-code and \
      --speaker filter on the stages' tables; --from/--to bound the events' dates when the query \
      is about events, the publication day otherwise. --has filters on the arrays of each \
      article's JSON, e.g. --has events.source.code=KAZ (a path into nested objects).

      Examples:
        dateline query EU Kazakhstan --from 2022-01-01 --to 2022-01-31
        dateline query --quotes --speaker EU --entity Kazakhstan --from 2022-01-01 --to 2022-01-31
        dateline query --events --actor BLR --actor POL --from 2021-11-01 --limit 0
        dateline query --quotes --speaker Tokayev --limit 0
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, jsonl, csv
  }

  @OptionGroup var database: DatabaseOption
  @OptionGroup var filters: QueryFilters

  @Option(help: "Output format: table, jsonl or csv. Default: table on a terminal, else jsonl.")
  var format: Format?

  @Option(help: "At most this many rows, newest first (0 for all).")
  var limit = 20

  @Flag(help: "List the matching events (latest event date first) rather than articles.")
  var events = false

  @Flag(help: "List the matching quotes (newest article first) rather than articles.")
  var quotes = false

  func validate() throws {
    if events && quotes { throw ValidationError("--events and --quotes: choose one") }
  }

  func run() async throws {
    let store = try await openStore(database)
    let format = format ?? (isatty(STDOUT_FILENO) == 1 ? .table : .jsonl)
    var query = try filters.query()
    query.limit = limit > 0 ? limit : nil
    do {
      if events {
        try await StageRowOutput.events(store, query, format: format)
        try await store.close()
        return
      }
      if quotes {
        try await StageRowOutput.quotes(store, query, format: format)
        try await store.close()
        return
      }
      switch format {
      case .table:
        let articles = try await store.query(query)
        print(ArticleTable.render(articles))
      case .jsonl:
        try await store.forEach(query) { print(ArticleRow.json($0)) }
      case .csv:
        print(ArticleRow.csvHeader(withText: false))
        try await store.forEach(query) { print(ArticleRow.csv($0, withText: false)) }
      }
      try await store.close()
    } catch let error as StoreError {
      try? await store.close()
      Diagnostics.note("error: \(error)")
      throw ExitCode(2)
    }
  }
}

/// Opens the `--db` store, reporting a store error as a message and exit code 2.
func openStore(_ database: DatabaseOption) async throws -> any ArticleStore {
  do {
    return try await database.location().open()
  } catch let error as StoreError {
    Diagnostics.note("error: \(error)")
    throw ExitCode(2)
  }
}
