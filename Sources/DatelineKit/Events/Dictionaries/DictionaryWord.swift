/// One word of a dictionary phrase or pattern, with how it may end in text.
///
/// TABARI and PETRARCH mark the ending of a word: a bare word is a stem (`RESTOR` matches
/// "restored"), a word closed with `_` takes only the regular endings of its kind (`DEPLORE_`
/// matches "deplores" but not "deplorez"; in patterns it must match exactly), a word closed
/// with `=` matches only itself, and `~` marks an explicit stem inside a connected phrase.
public struct DictionaryWord: Hashable, Sendable, CustomStringConvertible {
  /// How the word may end in text.
  public enum Ending: Hashable, Sendable {
    /// Any text word that starts with the word.
    case stem
    /// The word or the word with a regular ending (nouns: `S`, `ES`, `'S`; verbs: `S`, `ED`, `ING`).
    case regular
    /// Only the word itself.
    case exact
  }

  /// The upper-case word.
  public var text: String
  public var ending: Ending

  public init(_ text: String, ending: Ending) {
    self.text = text
    self.ending = ending
  }

  public var description: String {
    switch ending {
    case .stem: text
    case .regular: text + "_"
    case .exact: text + "="
    }
  }

  /// Which regular endings apply.
  enum Kind { case noun, verb, any }

  /// Whether the upper-case text word `word` is this dictionary word.
  func matches(_ word: String, kind: Kind = .any) -> Bool {
    // byte comparisons: the words are upper-cased the same way on both sides
    switch ending {
    case .exact: return word == text
    case .stem: return word.utf8.starts(with: text.utf8)
    case .regular:
      guard word.utf8.starts(with: text.utf8) else { return false }
      let extra = word.utf8.count - text.utf8.count
      if extra == 0 { return true }
      guard extra <= 3 else { return false }
      let rest = String(Substring(word.utf8.dropFirst(text.utf8.count)))
      if kind != .verb, Self.nounEndings.contains(rest) { return true }
      if kind != .noun, Self.verbEndings.contains(rest) { return true }
      if kind != .noun, rest == "D", text.utf8.last == UInt8(ascii: "E") { return true }
      return false
    }
  }

  /// Whether `word` is this word's stem without a final `E` plus `ING` or `ED` ("DEPLORING").
  func matchesDroppedE(_ word: String) -> Bool {
    guard ending == .regular, text.hasSuffix("E") else { return false }
    let root = text.dropLast()
    return word == root + "ING"
  }

  static let nounEndings: Set<String> = ["S", "ES", "'S", "S'", "'"]
  static let verbEndings: Set<String> = ["S", "ES", "ED", "ING", "EN"]
}
