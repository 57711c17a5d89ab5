import Foundation

/// Reads the Reuters-21578 SGML files: each story's wire date, title, dateline and body.
public struct ReutersCorpus {
  /// One story as the corpus records it.
  public struct Story: Sendable {
    public var newID: String
    /// The `<DATE>` field: `26-FEB-1987 15:01:01.79`.
    public var date: String
    public var title: String?
    /// The `<DATELINE>` field, trimmed: `SALVADOR, Feb 26 -`.
    public var dateline: String?
    public var body: String?

    /// The story as it ran on the wire: title line, then dateline and body.
    public var wireText: String {
      var text = ""
      if let title { text += title + "\n\n" }
      if let dateline { text += dateline + " " }
      text += body ?? ""
      return text
    }
  }

  /// Every story in the `reut2-*.sgm` files of a folder, in file order.
  public static func stories(in folder: String) throws -> [Story] {
    let files = try FileManager.default.contentsOfDirectory(atPath: folder)
      .filter { $0.hasPrefix("reut2-") && $0.hasSuffix(".sgm") }.sorted()
    guard !files.isEmpty else {
      throw EvalError("no reut2-*.sgm files in \(folder)")
    }
    var stories: [Story] = []
    for file in files {
      let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file))
      // The files are Latin-1 with SGML character references.
      let text = String(String.UnicodeScalarView(data.map { Unicode.Scalar($0) }))
      stories += parse(text)
    }
    return stories
  }

  static func parse(_ sgml: String) -> [Story] {
    var stories: [Story] = []
    for chunk in sgml.components(separatedBy: "<REUTERS ").dropFirst() {
      let id = field(chunk, open: "NEWID=\"", close: "\"") ?? ""
      guard let date = field(chunk, open: "<DATE>", close: "</DATE>") else { continue }
      stories.append(
        Story(
          newID: id, date: date.trimmingCharacters(in: .whitespaces),
          title: field(chunk, open: "<TITLE>", close: "</TITLE>").map(unescape),
          dateline: field(chunk, open: "<DATELINE>", close: "</DATELINE>").map {
            unescape($0).trimmingCharacters(in: .whitespacesAndNewlines)
          },
          body: field(chunk, open: "<BODY>", close: "</BODY>").map(unescape)))
    }
    return stories
  }

  static func field(_ text: String, open: String, close: String) -> String? {
    guard let start = text.range(of: open),
      let end = text.range(of: close, range: start.upperBound..<text.endIndex)
    else { return nil }
    return String(text[start.upperBound..<end.lowerBound])
  }

  static func unescape(_ text: String) -> String {
    var result = text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&amp;", with: "&")
    // Control characters written as references (`&#3;` ends a body).
    while let range = result.range(of: "&#"), let end = result[range.upperBound...].firstIndex(of: ";") {
      result.replaceSubrange(range.lowerBound...end, with: "")
    }
    return result.replacingOccurrences(of: " Reuter\n", with: "\n")
  }
}

/// An error of an evaluation run (missing files, bad gold data).
public struct EvalError: Error, CustomStringConvertible {
  public var description: String
  public init(_ description: String) { self.description = description }
}
