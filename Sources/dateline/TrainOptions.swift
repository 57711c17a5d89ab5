import ArgumentParser
import DatelineKit
import Foundation

/// The options every `dateline train` command shares: where the model goes and how the averaged
/// perceptron is trained. Each command has its own defaults (shown in its help).
struct TrainOptions: ParsableArguments {
  @Option(help: "Where to write the model.")
  var out: String

  @Option(help: "Training epochs (default: the command's).")
  var epochs: Int?

  @Option(help: "log2 of the number of hashed feature rows (default: the command's).")
  var rowBits: Int?

  @Option(help: "Seed of the shuffling.")
  var seed: UInt64 = 2003

  /// These options over a command's defaults.
  func training(_ defaults: TrainingOptions, prune: Float? = nil) -> TrainingOptions {
    TrainingOptions(
      epochs: epochs ?? defaults.epochs, rowBits: rowBits ?? defaults.rowBits, seed: seed,
      prune: prune ?? defaults.prune)
  }

  /// Writes the model and says how long training took.
  func write(_ bytes: [UInt8], startedAt started: ContinuousClock.Instant) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: out))
    print("model: \(out), \(bytes.count) bytes; training took \(ContinuousClock.now - started)")
  }

  /// A progress line with the time since `started`.
  static func progress(_ line: String, since started: ContinuousClock.Instant) {
    print("\(line)  [\(ContinuousClock.now - started)]")
  }
}
