import ArgumentParser
import DatelineKit

#if canImport(Glibc)
  import Glibc
#endif

/// `dateline analyze`: reads stories and prints what Dateline finds in them.
struct Analyze: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Analyse news stories: anatomy, dateline, publication date, paragraphs, sentences and entities.",
    discussion: """
      INPUT is a file (plain text, HTML, RSS/Atom feed, JSON Lines), a folder (read recursively) \
      or - for standard input. Prints one JSON object per article (JSON Lines) when the output is \
      piped, a readable summary on a terminal. Bad inputs are reported on standard error and the \
      rest goes on; the exit code is 1 when any input failed.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case jsonl, json, text
  }

  @Option(help: "Output format: jsonl, json (one array) or text. Default: text on a terminal, else jsonl.")
  var format: Format?

  @Option(help: "The publication day of every input (YYYY-MM-DD); overrides metadata and datelines.")
  var published: String?

  @Option(
    help:
      "The day stories are read from (YYYY-MM-DD, default today): a dateline's year is the latest not after it."
  )
  var referenceDate: String?

  @Flag(help: "Analyse the sample stories bundled in the binary.")
  var samples = false

  @Argument(help: "Files, folders, or - for standard input.")
  var inputs: [String] = []

  func validate() throws {
    if inputs.isEmpty && !samples {
      throw ValidationError("Name at least one INPUT (or - for stdin), or use --samples.")
    }
    if let published, MetadataDate.parse(published) == nil {
      throw ValidationError("--published: not a date: \(published)")
    }
    if let referenceDate, MetadataDate.parse(referenceDate) == nil {
      throw ValidationError("--reference-date: not a date: \(referenceDate)")
    }
  }

  func run() throws {
    let pipeline = Pipeline(
      options: .init(
        published: published.flatMap(MetadataDate.parse),
        referenceDate: referenceDate.flatMap(MetadataDate.parse) ?? .today()))
    let format = format ?? (isatty(STDOUT_FILENO) == 1 ? .text : .jsonl)
    var output = ArticleOutput(format: format)
    var failures = 0
    let handle: (Result<Draft, InputError>) -> Void = { result in
      switch result {
      case .success(let draft): output.write(pipeline.analyze(draft))
      case .failure(let error):
        failures += 1
        Diagnostics.report(error)
      }
    }
    if samples {
      for sample in BundledSamples.all { handle(sample.draft) }
    }
    InputReader().read(inputs, handle)
    output.finish()
    if failures > 0 {
      Diagnostics.note("\(output.count) article(s) written, \(failures) input error(s)")
      throw ExitCode(1)
    }
  }
}

/// Writes articles to standard output in the chosen format.
struct ArticleOutput {
  let format: Analyze.Format
  var count = 0

  mutating func write(_ article: Article) {
    switch format {
    case .jsonl: print(article.json.serialized())
    case .json: print((count == 0 ? "[" : ",") + article.json.serialized(pretty: true))
    case .text: print((count == 0 ? "" : "\n") + article.summary)
    }
    count += 1
  }

  func finish() {
    if format == .json { print(count == 0 ? "[]" : "]") }
  }
}

/// Messages for people on standard error.
enum Diagnostics {
  static func report(_ error: InputError) {
    note("error: \(error)")
  }

  static func note(_ message: String) {
    var line = "dateline: " + message + "\n"
    line.withUTF8 { _ = Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
  }
}

extension BundledSamples.Sample {
  /// The sample read as if it were a file.
  var draft: Result<Draft, InputError> {
    Result {
      name.hasSuffix(".html")
        ? try HTMLReader.draft(bytes: Array(content.utf8), input: name)
        : try PlainTextReader.draft(bytes: Array(content.utf8), input: name)
    }.mapError { $0 as? InputError ?? InputError(.malformed, "\($0)", input: name) }
  }
}
