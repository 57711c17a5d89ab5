import ArgumentParser

/// `dateline train`: trains a statistical model the product ships.
struct Train: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Train a model the product ships.",
    subcommands: [TrainNER.self, TrainSyntax.self, TrainQuotes.self]
  )
}
