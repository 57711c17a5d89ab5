import Foundation

/// An error about one line of an event-coding dictionary, options or project file.
///
/// Readers never skip a line they cannot understand: they throw (strict) or collect this error
/// (lenient), naming the file and the 1-based line.
///
/// ```swift
/// // Validate.agents: line 3: agent code must start or end with "~" [malformed-code]
/// ```
public struct DictionaryError: Error, Sendable, Hashable, CustomStringConvertible {
  /// A stable, machine-readable kind of dictionary error.
  public struct Code: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    /// The file cannot be read.
    public static let unreadable = Code("unreadable")
    /// A `[...]` code block is missing, empty or unbalanced.
    public static let malformedCode = Code("malformed-code")
    /// A date restriction is not `<date`, `>date` or `date-date` with YYMMDD or YYYYMMDD dates.
    public static let malformedDate = Code("malformed-date")
    /// A line has no phrase, or a phrase has an unbalanced `{`/`}` or a stray symbol.
    public static let malformedPhrase = Code("malformed-phrase")
    /// A line continues an entry (`+synonym`, date line, pattern) but no entry is open.
    public static let orphanLine = Code("orphan-line")
    /// A pattern names a synset that is not defined before it.
    public static let unknownSynset = Code("unknown-synset")
    /// An options or project command is not understood.
    public static let unknownCommand = Code("unknown-command")
  }

  public var code: Code
  public var message: String
  /// The file's name or path.
  public var file: String
  /// The 1-based line, when the error concerns one line.
  public var line: Int?

  public init(_ code: Code, _ message: String, file: String, line: Int?) {
    self.code = code
    self.message = message
    self.file = file
    self.line = line
  }

  public var description: String {
    "\(file)\(line.map { ": line \($0)" } ?? ""): \(message) [\(code)]"
  }
}

/// How a reader treats a malformed line.
public enum DictionaryStrictness: Sendable {
  /// Throw the first error.
  case strict
  /// Keep reading; every malformed line is reported in the result's `issues`.
  case lenient
}

/// Line-oriented reading shared by the dictionary readers.
struct DictionaryLines {
  let file: String
  let strictness: DictionaryStrictness
  var issues: [DictionaryError] = []

  mutating func report(_ code: DictionaryError.Code, _ message: String, line: Int) throws {
    let error = DictionaryError(code, message, file: file, line: line)
    if strictness == .strict { throw error }
    issues.append(error)
  }

  /// The text of a file with CR LF normalised, or an `unreadable` error.
  static func contents(of path: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw DictionaryError(.unreadable, "cannot read file", file: path, line: nil)
    }
    return String(decoding: data, as: UTF8.self)
  }

  /// The file's lines, split on bytes (dictionaries are large; Character splitting is slow).
  static func lines(_ text: String) -> [Substring] {
    text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
  }

  /// The lines that carry entries, numbered from 1: `\r` dropped, comments removed (whole `#`
  /// lines and `;`/`#` tails), blank lines skipped. A `~~` line ends the dictionary, or with
  /// `stoppingAtTildes: false` is only skipped.
  static func entries(_ text: String, stoppingAtTildes: Bool = true) -> [(number: Int, line: Substring)] {
    var entries: [(number: Int, line: Substring)] = []
    for (index, rawLine) in lines(text).enumerated() {
      let raw = rawLine.last == "\r" ? rawLine.dropLast() : rawLine
      if raw.hasPrefix("~~") {
        if stoppingAtTildes { break }
        continue
      }
      if raw.hasPrefix("#") { continue }
      let line = stripComment(raw)
      if line.trimmedBlanks.isEmpty { continue }
      entries.append((index + 1, line))
    }
    return entries
  }

  /// The line without its comment: `;` (TABARI) or `#` (PETRARCH) outside `[...]`.
  static func stripComment(_ line: Substring) -> Substring {
    var depth = 0
    var index = line.utf8.startIndex
    while index < line.utf8.endIndex {
      switch line.utf8[index] {
      case UInt8(ascii: "["): depth += 1
      case UInt8(ascii: "]"): depth = max(0, depth - 1)
      case UInt8(ascii: ";") where depth == 0, UInt8(ascii: "#") where depth == 0: return line[..<index]
      default: break
      }
      index = line.utf8.index(after: index)
    }
    return line
  }
}

extension Substring {
  /// The text without leading and trailing blanks, tabs and carriage returns (byte-level).
  var trimmedBlanks: Substring {
    let utf8 = self.utf8
    var start = utf8.startIndex
    var end = utf8.endIndex
    func blank(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 13 || b == 10 }
    while start < end, blank(utf8[start]) { start = utf8.index(after: start) }
    while end > start, blank(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
    return self[start..<end]
  }
}
