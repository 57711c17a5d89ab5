import ArgumentParser
import DatelineStore
import Foundation

/// `dateline query`: searches the stored articles.
struct Query: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Search stored articles by words, source, country, date range, story or JSON field.",
    discussion: """
      Prints a table on a terminal, JSON Lines when piped (or --format csv). Each row carries \
      its story cluster and the cluster's NumArticles and NumSources. --has filters on the \
      arrays the stages add to each article's JSON, e.g. --has entities.name=Tokayev, \
      --has events.code=042, --has events.source.code=KAZ (a path into nested objects) or \
      --has quotes.speakerName=Tokayev.

      Example: dateline query EU Kazakhstan --from 2022-01-01 --to 2022-01-31
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, jsonl, csv
  }

  @OptionGroup var database: DatabaseOption
  @OptionGroup var filters: QueryFilters

  @Option(help: "Output format: table, jsonl or csv. Default: table on a terminal, else jsonl.")
  var format: Format?

  @Option(help: "At most this many articles, newest first (0 for all).")
  var limit = 20

  func run() async throws {
    let store = try await openStore(database)
    let format = format ?? (isatty(STDOUT_FILENO) == 1 ? .table : .jsonl)
    var query = try filters.query()
    query.limit = limit > 0 ? limit : nil
    do {
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

/// Opens the `--db` store, reporting a store error as a message and exit code 2.
func openStore(_ database: DatabaseOption) async throws -> any ArticleStore {
  do {
    return try await database.location().open()
  } catch let error as StoreError {
    Diagnostics.note("error: \(error)")
    throw ExitCode(2)
  }
}

/// The filters `query` and `export` share.
struct QueryFilters: ParsableArguments {
  @Argument(help: "Words that must all occur in the headline or text.")
  var words: [String] = []

  @Option(
    help:
      "The source an article is counted under: its agency, else its outlet, else its URL host (case-insensitive)."
  )
  var source: String?

  @Option(help: "The dateline's country.")
  var country: String?

  @Option(help: "The first publication day included (YYYY-MM-DD).")
  var from: String?

  @Option(help: "The last publication day included (YYYY-MM-DD).")
  var to: String?

  @Option(help: "Only the articles of this story cluster.")
  var cluster: String?

  @Option(help: "ARRAY.FIELD=VALUE: an element of a JSON array of the article has this field (repeatable).")
  var has: [String] = []

  func query() throws -> ArticleQuery {
    var matches: [ArticleQuery.ArrayMatch] = []
    for text in has {
      guard let match = ArticleQuery.ArrayMatch(text) else {
        throw ValidationError("--has: expected ARRAY.FIELD=VALUE, got \(text)")
      }
      matches.append(match)
    }
    for (name, value) in [("--from", from), ("--to", to)] {
      if let value, !Self.isDay(value) { throw ValidationError("\(name): expected YYYY-MM-DD, got \(value)") }
    }
    return ArticleQuery(
      text: words.isEmpty ? nil : words.joined(separator: " "), source: source, country: country, from: from,
      to: to,
      cluster: cluster, matches: matches)
  }

  static func isDay(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
      return false
    }
    return bytes.enumerated().allSatisfy {
      $0.offset == 4 || $0.offset == 7 || (0x30...0x39).contains($0.element)
    }
  }
}
