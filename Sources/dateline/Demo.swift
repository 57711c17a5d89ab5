import ArgumentParser
import DatelineKit
import DatelineServer
import DatelineStore

/// `dateline demo`: the bundled sample stories, stored and served.
struct Demo: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Store the bundled sample stories in ./dateline.sqlite and serve them on http://127.0.0.1:8080/.",
    discussion: """
      Takes the same options as serve. Samples stored already are skipped (by content hash), so \
      running demo again serves the same database.
      """)

  @OptionGroup var server: ServerOptions

  func run() async throws {
    let location = try server.database.location()
    let store = try await location.open()
    let pipeline = Pipeline(
      options: .init(referenceDate: server.referenceDate.flatMap(MetadataDate.parse) ?? .today()))
    var records: [ArticleRecord] = []
    for sample in BundledSamples.all {
      switch sample.draft {
      case .success(let draft): records.append(ArticleRecord(pipeline.analyze(draft)))
      case .failure(let error): Diagnostics.report(error)
      }
    }
    do {
      let summary = try await store.write(records)
      Diagnostics.note(
        "\(summary.inserted) sample stories stored, \(summary.duplicates) stored already, in \(location.database)"
      )
    } catch {
      try? await store.close()
      throw error
    }
    try await server.serve(store, database: location.database)
  }
}
