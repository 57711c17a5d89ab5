import ArgumentParser

/// The `dateline` command: reads news wire copy and says what is in it.
@main
struct Dateline: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dateline",
    abstract: "Turns news wire copy into structured, queryable knowledge.",
    subcommands: [Analyze.self, Eval.self, Bench.self, Time.self, Train.self]
  )
}
