import DatelineKit
import Foundation

/// One record of a TABARI validation file: a dated story sentence and the coding it expects.
///
/// ```
/// 950101  DEMO-01
/// Arnor is about to restore full diplomatic ties with Gondor …
/// /* [Simple coding]
/// \n{ ARN / GON / 064 } */
/// ```
///
/// Expectations sit in `{ }` inside the `/* */` comment: `{ SRC / TGT / CODE }` events, `{---}` no
/// event, `{+++}` complex, `{###}` discarded, `{ OPTION: … }` an options command. As in TABARI's own
/// validation (manual §10.1), text outside the brackets is ignored, so a `{ }` after the comment's
/// `*/` still counts; `-{ }` is inactive and, after listed events, means "do not check additional
/// records": the listed events must be found, others may be too.
public struct ValidationRecord: Sendable {
  public enum Expectation: Sendable, Hashable {
    case events([Triple])
    case noEvent
    case complex
    case discarded
  }

  /// A (source, target, code) event.
  public struct Triple: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var source: String
    public var target: String
    public var code: String
    public static func < (a: Triple, b: Triple) -> Bool { a.description < b.description }
    public var description: String { "\(source)/\(target)/\(code)" }
  }

  public var id: String
  /// `yyyymmdd`.
  public var date: Int?
  public var text: String
  public var line: Int
  /// Nil when the record states no active expectation.
  public var expectation: Expectation?
  /// `{ OPTION: … }` commands.
  public var options: [String]
  /// Whether events beyond the listed ones are allowed (a `-{ }` after the listed events).
  public var allowsAdditional = false

  /// The category: the id up to its first `-` (`PATTERN-31b` → `PATTERN`).
  public var category: String { String(id.split(separator: "-").first ?? Substring(id)) }
  /// The story: the id without its last `-NNN` part when that part is numeric (`FRWD-001-002`).
  public var story: String {
    let parts = id.split(separator: "-")
    if parts.count >= 3, parts.last!.allSatisfy(\.isNumber) { return parts.dropLast().joined(separator: "-") }
    return id
  }

  /// Reads the records of a validation file; `standardOnly` stops at the `FINAL` record.
  public static func read(path: String, standardOnly: Bool = true) throws -> [ValidationRecord] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw InputError(.unreadable, "cannot read validation file", input: path)
    }
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    var records: [ValidationRecord] = []
    var header: (id: String, date: Int?, line: Int)?
    var body: [Substring] = []
    func finish() {
      guard let header else { return }
      records.append(parse(id: header.id, date: header.date, line: header.line, body: body))
    }
    for (number, line) in lines.enumerated() {
      let tokens = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
      if let first = tokens.first, first.count >= 6, first.allSatisfy(\.isNumber), tokens.count >= 2,
        !line.hasPrefix(" "), let id = tokens.dropFirst().first(where: { !$0.allSatisfy(\.isNumber) })
      {
        finish()
        if standardOnly && id.hasPrefix("FINAL") { header = nil; body = []; break }
        header = (String(id), date(first.prefix(6)), number + 1)
        body = []
        continue
      }
      if line.hasPrefix("#") && header != nil && !body.contains(where: { $0.contains("/*") }) { continue }
      body.append(line)
    }
    if header != nil { finish() }
    return records
  }

  static func date(_ text: Substring) -> Int? {
    guard let value = Int(text) else { return nil }
    let year = value / 10000
    return (year <= 30 ? 2000 + year : 1900 + year) * 10000 + value % 10000
  }

  static func parse(id: String, date: Int?, line: Int, body: [Substring]) -> ValidationRecord {
    let joined = body.joined(separator: "\n")
    let commentStart = joined.range(of: "/*")
    let text = commentStart.map { String(joined[..<$0.lowerBound]) } ?? joined
    // every bracket after the comment opens counts (TABARI ignores the text around them), except
    // on the suite's `#` banner lines
    let comment =
      commentStart.map {
        joined[$0.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
          .filter { !$0.hasPrefix("#") }.joined(separator: "\n")
      } ?? ""
    var allowsAdditional = false
    var triples: [Triple] = []
    var kinds: [Expectation] = []
    var options: [String] = []
    var index = comment.startIndex
    while let open = comment[index...].firstIndex(of: "{") {
      let inactive = open > comment.startIndex && comment[comment.index(before: open)] == "-"
      var close = comment[open...].firstIndex(of: "}") ?? comment.endIndex
      // an unclosed bracket ends at the comment's close
      if let end = comment[open..<close].range(of: "*/") { close = end.lowerBound }
      let inside = comment[comment.index(after: open)..<close].trimmingCharacters(in: .whitespacesAndNewlines)
      index = close < comment.endIndex ? comment.index(after: close) : close
      if inside.uppercased().hasPrefix("OPTION:") {
        options.append(String(inside.dropFirst("OPTION:".count)).trimmingCharacters(in: .whitespaces))
        continue
      }
      if inactive {
        if !triples.isEmpty || !kinds.isEmpty { allowsAdditional = true }
        continue
      }
      switch inside {
      case "---": kinds.append(.noEvent)
      case "+++": kinds.append(.complex)
      case "###": kinds.append(.discarded)
      default:
        let parts = inside.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count == 3 { triples.append(Triple(source: parts[0], target: parts[1], code: parts[2])) }
      }
    }
    let expectation: Expectation? = !triples.isEmpty ? .events(triples.sorted()) : kinds.first
    let clean = text.replacingOccurrences(of: "\\n", with: " ").split(whereSeparator: \.isNewline).joined(
      separator: " ")
    var record = ValidationRecord(
      id: id, date: date, text: clean, line: line, expectation: expectation, options: options)
    record.allowsAdditional = allowsAdditional
    return record
  }
}
