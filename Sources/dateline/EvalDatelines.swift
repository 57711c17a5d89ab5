import ArgumentParser
import DatelineEval

/// `dateline eval datelines DIR`: dateline place and date accuracy on Reuters-21578.
struct EvalDatelines: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "datelines",
    abstract: "Dateline place and date accuracy on Reuters-21578 (<DATELINE>/<DATE> gold).")

  @Argument(help: "The folder holding reut2-*.sgm.")
  var folder: String

  @Option(help: "List up to this many errors of each kind.")
  var errors = 0

  func run() throws {
    let stories = try ReutersCorpus.stories(in: folder)
    let result = DatelineEvaluation().run(stories)
    print(result)
    for error in result.placeErrors.prefix(errors) {
      print("place: gold \(error.gold) | found \(error.found ?? "-")")
    }
    for error in result.dateErrors.prefix(errors) {
      print("date: \(error.dateline) | gold \(error.gold) | found \(error.found ?? "-")")
    }
  }
}
