import ArgumentParser
import DatelineEval
import DatelineKit

/// `dateline eval tabari PROJECT_OR_DIR`: the TABARI validation suite.
struct EvalTabari: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tabari",
    abstract: "Run the TABARI validation suite (Validate.project) and report the pass rate by category.")

  @Argument(help: "A TABARI .project file, or the folder holding Validate.project.")
  var project: String

  @Option(help: "List up to this many failing records.")
  var failures = 0

  @Option(help: "Explain how the coder saw the records with this id.")
  var explain: String?

  @Flag(
    help: "Let the part-of-speech tagger veto verb candidates it reads as nouns (CodingOptions.partOfSpeech)."
  )
  var partOfSpeech = false

  @Flag(
    help:
      "Let the syntax layer read verb groups: negation, refusal, passive, coordination (CodingOptions.syntax)."
  )
  var syntax = false

  func run() throws {
    var (validation, records, issues) = try TabariValidation.load(project: project)
    validation.coder.options.partOfSpeech = partOfSpeech
    validation.coder.options.syntax = syntax
    for issue in issues { print("dictionary: \(issue)") }
    if let explain {
      for record in records where record.id == explain {
        for sentence in CodingText.sentences(record.text) {
          print(validation.coder.explain(sentence, date: record.date))
        }
      }
    }
    let report = validation.run(records)
    let scored = Set(report.outcomes.map(\.record.line))
    let unscored = records.filter { !scored.contains($0.line) }
    print(
      "records: \(records.count) read, \(report.outcomes.count) scored, \(unscored.count) not scored: "
        + unscored.map(\.id).joined(separator: " "))
    print(report)
    for outcome in report.outcomes.filter({ !$0.passed }).prefix(failures) {
      print(
        "FAIL \(outcome.record.id) (line \(outcome.record.line)): expected \(outcome.record.expectation!) found \(outcome.found)"
      )
      print("     \(outcome.record.text.prefix(160))")
    }
  }
}
