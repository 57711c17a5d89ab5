/// Turns what a person types into a full-text query that cannot be a syntax error: its words,
/// all required.
enum FullTextPattern {
  /// The words of a text: runs of letters and digits.
  static func words(_ text: String) -> [String] {
    text.split { !($0.isLetter || $0.isNumber) }.map(String.init)
  }

  /// An FTS5 pattern: each word quoted, implicitly AND-ed (`"eu" "kazakhstan"`).
  static func fts5(_ text: String) -> String {
    let words = words(text)
    return words.isEmpty ? "\"\"" : words.map { "\"\($0)\"" }.joined(separator: " ")
  }
}
