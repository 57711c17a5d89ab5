/// The kind of input a file holds, which decides the reader.
enum InputFormat: Sendable, Hashable {
  case text, html, feed, jsonLines

  /// The format a file name's extension names (case-insensitive), if it names one.
  init?(path: String) {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    switch path[path.index(after: dot)...].lowercased() {
    case "txt", "text": self = .text
    case "html", "htm", "xhtml": self = .html
    case "xml", "rss", "atom": self = .feed
    case "jsonl", "ndjson": self = .jsonLines
    default: return nil
    }
  }

  /// Guesses the format from the first bytes of an input whose name does not say.
  ///
  /// A feed starts with `<rss`, `<feed` or `<rdf:RDF` (after an XML declaration and comments),
  /// a page with `<!doctype html` or `<html`, JSON Lines with `{`; anything else is text.
  static func sniff(_ prefix: [UInt8]) -> InputFormat {
    var head = Array(prefix.prefix(4096))
    if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
    let body = head.drop(while: XMLTokenizer.isSpace)
    if body.first == UInt8(ascii: "{") { return .jsonLines }
    guard body.first == UInt8(ascii: "<") else { return .text }
    let lowered = body.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    if let root = firstElementName(lowered) {
      if root == "rss" || root == "feed" || root == "rdf:rdf" { return .feed }
      if root == "html" { return .html }
    }
    return lowered.starts(with: Array("<!doctype html".utf8)) ? .html : .text
  }

  /// The name of the first element, skipping the XML declaration, comments and DOCTYPE.
  private static func firstElementName(_ bytes: [UInt8]) -> String? {
    var k = 0
    while let lt = bytes[k...].firstIndex(of: UInt8(ascii: "<")), lt + 1 < bytes.count {
      let next = bytes[lt + 1]
      if next == UInt8(ascii: "?") || next == UInt8(ascii: "!") {
        guard let gt = bytes[lt...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
        k = gt + 1
        continue
      }
      let name = bytes[(lt + 1)...].prefix {
        !XMLTokenizer.isSpace($0) && $0 != UInt8(ascii: ">") && $0 != UInt8(ascii: "/")
      }
      return String(decoding: name, as: UTF8.self)
    }
    return nil
  }
}
