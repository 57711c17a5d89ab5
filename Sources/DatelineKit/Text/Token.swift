/// A token: a byte range in UTF-8 text and what kind of token it is.
///
/// Tokens hold offsets, not strings, so tokenizing allocates nothing per token.
public struct Token: Sendable, Hashable {
  /// What a token is made of.
  public enum Kind: UInt8, Sendable, Hashable {
    /// Letters, maybe with digits, inner hyphens, apostrophes or periods (`Nur-Sultan`, `U.S.`).
    case word
    /// Starts with a digit: `2022`, `5.93`, `1,750`, `3-2`, `10th`.
    case number
    /// Sentence-ending punctuation: `.`, `!`, `?`, `…`, `...`.
    case terminal
    /// An opening or closing quote mark or bracket.
    case quote
    /// Any other punctuation or symbol.
    case punctuation
  }

  /// Facts about a token the sentence splitter and later stages use.
  public struct Flags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// The first letter is upper case.
    public static let capitalized = Flags(rawValue: 1)
    /// A period belongs to the token (`Jan.`, `U.S.`, `J.`).
    public static let abbreviation = Flags(rawValue: 2)
    /// An abbreviation that never ends a sentence (`Mr.`, `Gen.`, `Jan.`, an initial).
    public static let nonFinal = Flags(rawValue: 4)
    /// Opens rather than closes (quote or bracket).
    public static let opening = Flags(rawValue: 8)
    /// Every letter is upper case.
    public static let allCaps = Flags(rawValue: 16)
  }

  /// Byte offsets into the UTF-8 text.
  public var start: Int32
  public var end: Int32
  public var kind: Kind
  public var flags: Flags

  public init(start: Int32, end: Int32, kind: Kind, flags: Flags = []) {
    self.start = start
    self.end = end
    self.kind = kind
    self.flags = flags
  }
}
