import ArgumentParser
import DatelineEval
import Foundation

/// `dateline eval timeml GOLD_DIR SYSTEM_DIR`: TempEval-3 Task A scores of TIMEX3 tags.
struct EvalTimeML: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "timeml",
    abstract: "Score TIMEX3 tags of TimeML files against gold files (TempEval-3 Task A measures).",
    discussion: """
      Strict and relaxed extent P/R/F1 over every .tml file of GOLD_DIR and the file of the same \
      name in SYSTEM_DIR; type and value F1 are the relaxed F1 times the attribute's accuracy over \
      relaxed matches.
      """)

  @Argument(help: "The folder of gold .tml files.")
  var gold: String

  @Argument(help: "The folder of system .tml files (same names).")
  var system: String

  @Flag(name: .shortAndLong, help: "List every missed, spurious, mis-valued and mis-bounded expression.")
  var verbose = false

  func run() throws {
    let report = try TimeMLEvaluation.run(
      gold: URL(fileURLWithPath: gold), system: URL(fileURLWithPath: system))
    if verbose {
      for error in report.errors {
        print("\(error.kind)\t\(error.file)\t\(error.gold)\t\(error.system)")
      }
    }
    func p(_ x: Double) -> String { String(format: "%.1f", x * 100) }
    print(
      "documents: \(report.documents)"
        + (report.missing.isEmpty ? "" : ", \(report.missing.count) without a system file"))
    print(
      "strict   P \(p(report.strict.precision)) R \(p(report.strict.recall)) F1 \(p(report.strict.f1))  (tp \(report.strict.truePositives) fp \(report.strict.falsePositives) fn \(report.strict.falseNegatives))"
    )
    print(
      "relaxed  P \(p(report.relaxed.precision)) R \(p(report.relaxed.recall)) F1 \(p(report.relaxed.f1))  (tp \(report.relaxed.truePositives) fp \(report.relaxed.falsePositives) fn \(report.relaxed.falseNegatives))"
    )
    print(
      "type     F1 \(p(report.typeF1))  (accuracy \(p(report.typeAccuracy)) over \(report.matched) matches)")
    print(
      "value    F1 \(p(report.valueF1))  (accuracy \(p(report.valueAccuracy)) over \(report.matched) matches)"
    )
  }
}
