import ArgumentParser
import DatelineKit
import DatelineStore
import Foundation

/// `dateline export`: writes stored articles out in full.
struct Export: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Write stored articles out: JSON Lines (as `dateline analyze` prints them), CSV, GDELT 2.0 event records or TimeML.",
    discussion: """
      Takes the same filters as `dateline query`; exports everything by default.
      gdelt: one tab-separated GDELT 2.0 Events record (61 columns) per event of a story, on standard output.
      timeml: one TimeML document per article (DCT: the publication day) in the folder given by --out.
      """)

  /// Export formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case jsonl, csv, gdelt, timeml
  }

  @OptionGroup var database: DatabaseOption
  @OptionGroup var filters: QueryFilters

  @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
  var format: Format = .jsonl

  @Option(help: "The folder TimeML documents are written to (--format timeml).")
  var out: String?

  @Flag(help: "Start GDELT output with a row of the column names (GDELT's own files have none).")
  var header = false

  func validate() throws {
    if format == .timeml && out == nil { throw ValidationError("--format timeml needs --out DIR") }
    if format != .timeml && out != nil { throw ValidationError("--out is for --format timeml") }
    if format != .gdelt && header { throw ValidationError("--header is for --format gdelt") }
  }

  func run() async throws {
    let store = try await openStore(database)
    let query = try filters.query()
    var output = BufferedOutput()
    do {
      switch format {
      case .jsonl: try await store.forEach(query) { output.write($0.json) }
      case .csv:
        output.write(ArticleRow.csvHeader(withText: true))
        try await store.forEach(query) { output.write(ArticleRow.csv($0, withText: true)) }
      case .gdelt:
        if header { output.write(GDELTEventColumns.header) }
        let now = Int(Date().timeIntervalSince1970)
        let summary = try await GDELTExport(dateAdded: GDELTEventRow.timestamp(secondsSince1970: now)).run(
          store, query
        ) { output.write($0) }
        Diagnostics.note(
          "\(summary.records) GDELT records from \(summary.events) events of \(summary.articles) articles"
            + (summary.unreadable > 0 ? " (\(summary.unreadable) unreadable, left out)" : ""))
      case .timeml:
        let count = try await TimeMLExport(folder: out ?? ".").run(store, query)
        Diagnostics.note("\(count) TimeML documents in \(out ?? ".")")
      }
      output.flush()
      try await store.close()
    } catch let error as StoreError {
      output.flush()
      try? await store.close()
      Diagnostics.note("error: \(error)")
      throw ExitCode(2)
    } catch let error as InputError {
      output.flush()
      try? await store.close()
      Diagnostics.report(error)
      throw ExitCode(2)
    }
  }
}

/// Lines to standard output, written in blocks rather than one `print` each.
struct BufferedOutput {
  private var buffer: [UInt8] = []

  init() { buffer.reserveCapacity(1 << 16) }

  mutating func write(_ line: String) {
    buffer.append(contentsOf: line.utf8)
    buffer.append(10)
    if buffer.count >= 1 << 16 { flush() }
  }

  mutating func flush() {
    var offset = 0
    while offset < buffer.count {
      let written = buffer[offset...].withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
      if written <= 0 { break }
      offset += written
    }
    buffer.removeAll(keepingCapacity: true)
  }
}
