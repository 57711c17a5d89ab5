import ArgumentParser
import DatelineEval
import Foundation

/// `dateline eval extraction DIR`: main-text extraction against trafilatura's benchmark data.
struct EvalExtraction: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extraction",
    abstract: "Measure HTML main-text extraction against a trafilatura-style gold set (evaldata.json)."
  )

  @Argument(help: "The directory with evaldata.json and html/cache, html/eval (gzip files).")
  var directory: String

  @Flag(name: .shortAndLong, help: "List the missed and leaked segments of every imperfect page.")
  var verbose = false

  @Option(
    name: .long, help: "Only print the text extracted from this gold file (with --verbose, its metadata too)."
  )
  var show: String?

  func run() throws {
    if let show {
      let draft = try ExtractionEvaluation.draft(file: show, in: URL(fileURLWithPath: directory))
      if verbose {
        for (name, value) in [
          ("title", draft.title), ("published", draft.published), ("author", draft.author),
          ("source", draft.source), ("url", draft.url), ("summary", draft.summary),
        ] {
          print("# \(name): \(value ?? "-")")
        }
      }
      print(ExtractionEvaluation.comparedText(draft))
      return
    }
    let start = Date()
    let outcomes = try ExtractionEvaluation.run(directory: URL(fileURLWithPath: directory))
    let seconds = Date().timeIntervalSince(start)
    if verbose { printMisses(outcomes) }
    let total = ExtractionEvaluation.total(outcomes)
    let failed = outcomes.filter { $0.error != nil }.count
    let reading = outcomes.reduce(Duration.zero) { $0 + $1.duration }
    let perPage = Double(reading.components.seconds) * 1000 + Double(reading.components.attoseconds) / 1e15
    let milliseconds = outcomes.isEmpty ? 0 : perPage / Double(outcomes.count)
    func f(_ x: Double) -> String { String(format: "%.3f", x) }
    print(
      "extraction: \(outcomes.count) pages, P \(f(total.precision)) R \(f(total.recall)) "
        + "accuracy \(f(total.accuracy)) F1 \(f(total.f1)) "
        + "(tp \(total.truePositives) fp \(total.falsePositives) fn \(total.falseNegatives) tn \(total.trueNegatives)), "
        + "\(failed) unreadable, \(String(format: "%.1f", milliseconds)) ms/page to read, "
        + "\(String(format: "%.1f", seconds)) s in all")
  }

  private func printMisses(_ outcomes: [ExtractionEvaluation.Outcome]) {
    let imperfect = outcomes.filter { !$0.missed.isEmpty || !$0.leaked.isEmpty || $0.error != nil }
    for outcome in imperfect.sorted(by: {
      ($0.missed.count + $0.leaked.count) > ($1.missed.count + $1.leaked.count)
    }) {
      print("\(outcome.page.file)  \(outcome.page.url)")
      if let error = outcome.error { print("  error: \(error)") }
      for segment in outcome.missed { print("  - missed: \(segment)") }
      for segment in outcome.leaked { print("  + leaked: \(segment)") }
    }
  }
}
