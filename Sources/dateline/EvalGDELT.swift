import ArgumentParser
import DatelineEval
import Foundation

/// `dateline eval gdelt FILE`: checks GDELT 2.0 Events records column by column.
struct EvalGDELT: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gdelt",
    abstract: "Check a GDELT 2.0 Events file column by column against the documented format.",
    discussion: """
      Every line must have the 61 columns, each of its documented shape (integers, dates, CAMEO \
      actor and event codes from the CAMEO tables, FIPS 10-4 countries, coordinates) and \
      consistent with the others. A first line of column names (`export --header`) is skipped. \
      Exits 1 when a record is invalid.
      """)

  @Argument(help: "The file (`-` for standard input).")
  var file: String

  @Flag(name: .shortAndLong, help: "List every problem, not only the first ten.")
  var verbose = false

  func run() throws {
    let data: Data
    if file == "-" {
      data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
      guard let read = FileManager.default.contents(atPath: file) else {
        Diagnostics.note("error: \(file): cannot read")
        throw ExitCode(2)
      }
      data = read
    }
    var text = String(decoding: data, as: UTF8.self)
    if text.hasPrefix("GLOBALEVENTID\t"), let end = text.firstIndex(of: "\n") {
      text = String(text[text.index(after: end)...])
    }
    let report = GDELTValidation.validate(text)
    for problem in verbose ? report.problems : Array(report.problems.prefix(10)) { print(problem) }
    let columns = report.problemsByColumn.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }
    print(
      "records: \(report.rows), problems: \(report.problems.count)"
        + (columns.isEmpty ? "" : " (" + columns.joined(separator: ", ") + ")"))
    if !report.problems.isEmpty { throw ExitCode(1) }
  }
}
