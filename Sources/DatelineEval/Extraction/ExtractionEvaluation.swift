import DatelineKit
import Foundation

/// Main-text extraction measured as in trafilatura's benchmark.
///
/// Each gold page lists segments that must appear in the extracted text (`with`) and segments
/// that must not (`without`, boilerplate). A `with` segment found is a true positive, else a
/// false negative; a `without` segment found is a false positive, else a true negative.
public enum ExtractionEvaluation {
  /// One gold page: where it came from, its file, and the segments to find and to miss.
  public struct Page: Sendable, Hashable {
    public var url: String
    public var file: String
    public var expected: [String]
    public var unwanted: [String]
  }

  /// The outcome for one page.
  public struct Outcome: Sendable, Hashable {
    public var page: Page
    public var scores: Scores
    /// Expected segments not found (false negatives).
    public var missed: [String]
    /// Unwanted segments found (false positives).
    public var leaked: [String]
    /// Why the page could not be read, if it could not.
    public var error: String?
    /// How long reading the page took (decompressing excluded).
    public var duration: Duration = .zero
  }

  /// Reads `evaldata.json` in `directory`, pages sorted by file name.
  public static func pages(in directory: URL) throws -> [Page] {
    let data = try Data(contentsOf: directory.appendingPathComponent("evaldata.json"))
    guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw CocoaError(.fileReadCorruptFile)
    }
    var pages: [Page] = []
    for (url, value) in root {
      guard let entry = value as? [String: Any], let file = entry["file"] as? String else { continue }
      pages.append(
        Page(
          url: url, file: file,
          expected: (entry["with"] as? [Any])?.compactMap { $0 as? String } ?? [],
          unwanted: (entry["without"] as? [Any])?.compactMap { $0 as? String } ?? []))
    }
    return pages.sorted { $0.file < $1.file }
  }

  /// The text compared with the gold segments: the draft's blocks joined by line breaks.
  ///
  /// The draft's `title` (metadata) is not added, as trafilatura's default main-text output,
  /// which the benchmark scores, does not include it. A heading inside the chosen container
  /// (often the page's `<h1>`) stays a block: dropping it measured no better on the dev set.
  public static func comparedText(_ draft: Draft) -> String {
    draft.blocks.map(\.text).joined(separator: "\n")
  }

  /// Scores `text` against one page's segments.
  ///
  /// Soft hyphens (U+00AD) are ignored on both sides: they are invisible hints for line breaking,
  /// which some gold segments carry from a browser's copy and pages do not.
  public static func score(_ text: String, page: Page) -> Outcome {
    let text = withoutSoftHyphens(text)
    var scores = Scores()
    var missed: [String] = []
    var leaked: [String] = []
    for segment in page.expected.map(withoutSoftHyphens) {
      if text.contains(segment) {
        scores.truePositives += 1
      } else {
        scores.falseNegatives += 1
        missed.append(segment)
      }
    }
    for segment in page.unwanted.map(withoutSoftHyphens) {
      if text.contains(segment) {
        scores.falsePositives += 1
        leaked.append(segment)
      } else {
        scores.trueNegatives += 1
      }
    }
    return Outcome(page: page, scores: scores, missed: missed, leaked: leaked, error: nil)
  }

  static func withoutSoftHyphens(_ text: String) -> String {
    guard text.unicodeScalars.contains("\u{AD}") else { return text }
    return String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\u{AD}" }))
  }

  /// Extracts and scores one page; a page that cannot be read scores as empty text.
  public static func evaluate(_ page: Page, in directory: URL) -> Outcome {
    do {
      let bytes = try pageBytes(page.file, in: directory)
      let clock = ContinuousClock()
      let start = clock.now
      let draft = try HTMLReader.draft(bytes: bytes, input: page.file)
      var outcome = score(comparedText(draft), page: page)
      outcome.duration = clock.now - start
      return outcome
    } catch {
      var outcome = score("", page: page)
      outcome.error = String(describing: error)
      return outcome
    }
  }

  /// The draft read from one gold file, for error analysis.
  public static func draft(file: String, in directory: URL) throws -> Draft {
    try HTMLReader.draft(bytes: try pageBytes(file, in: directory), input: file)
  }

  /// Evaluates every page in `directory`.
  public static func run(directory: URL) throws -> [Outcome] {
    try pages(in: directory).map { evaluate($0, in: directory) }
  }

  /// The sum of all outcomes' counts.
  public static func total(_ outcomes: [Outcome]) -> Scores {
    var total = Scores()
    for outcome in outcomes { total += outcome.scores }
    return total
  }

  /// The decompressed bytes of `html/cache/<file>.gz` or `html/eval/<file>.gz`.
  static func pageBytes(_ file: String, in directory: URL) throws -> [UInt8] {
    let manager = FileManager.default
    for folder in ["html/cache", "html/eval"] {
      let path = directory.appendingPathComponent(folder).appendingPathComponent(file + ".gz").path
      if manager.fileExists(atPath: path) { return try gunzip(path) }
    }
    throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: file])
  }

  /// Decompresses a gzip file with `/bin/gzip -dc`, which every Linux and macOS system has.
  static func gunzip(_ path: String) throws -> [UInt8] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/gzip")
    process.arguments = ["-dc", path]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    // `waitUntilExit` polls a run loop in 50 ms steps on Linux; a semaphore returns at once.
    let exited = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in exited.signal() }
    try process.run()
    // Read before waiting, so a full pipe cannot block gzip.
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    exited.wait()
    guard process.terminationStatus == 0 else {
      throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: path])
    }
    return [UInt8](data)
  }
}
