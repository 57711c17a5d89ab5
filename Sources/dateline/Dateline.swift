import ArgumentParser

/// The `dateline` command: reads news wire copy and says what is in it.
@main
struct Dateline: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dateline",
    abstract: "Turns news wire copy into structured, queryable knowledge.",
    subcommands: [
      Analyze.self, Ingest.self, Query.self, Export.self, Serve.self, Demo.self, Time.self, Train.self,
      Eval.self,
      Bench.self, StoreBench.self,
    ]
  )
}
