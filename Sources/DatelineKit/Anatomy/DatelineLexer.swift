/// Splits the opening of a paragraph into the small tokens the dateline grammar reads.
///
/// Runs once per article on at most a few hundred scalars, so it favours clarity over speed.
enum DatelineLexer {
  struct Token: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
      case word
      case number(Int)
      case punctuation(Character)
      /// `-`, `--`, `–`, `—` standing apart from words.
      case dash
    }
    var kind: Kind
    var text: String
    /// Scalar offsets in the paragraph.
    var start: Int
    var end: Int
    var spaceBefore: Bool

    var isAllCaps: Bool {
      !text.unicodeScalars.contains { $0.properties.isLowercase }
    }
  }

  /// The longest dateline the grammar reads, in tokens; lexing stops after it.
  static let maximumTokens = 40

  static func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
    var tokens: [Token] = []
    var i = 0
    var space = false
    let n = scalars.count
    // ASCII first: Unicode property look-ups dominate the cost otherwise.
    func isLetter(_ s: Unicode.Scalar) -> Bool {
      s.isASCII ? (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A : s.properties.isAlphabetic
    }
    func isWordScalar(_ s: Unicode.Scalar) -> Bool {
      s.isASCII
        ? isLetter(s) || (s.value >= 0x30 && s.value <= 0x39) : isLetter(s) || s.properties.numericType != nil
    }
    func text(_ range: Range<Int>) -> String {
      var bytes: [UInt8] = []
      bytes.reserveCapacity(range.count)
      for scalar in scalars[range] {
        if scalar.isASCII {
          bytes.append(UInt8(scalar.value))
        } else {
          UTF8.encode(scalar) { bytes.append($0) }
        }
      }
      return String(decoding: bytes, as: UTF8.self)
    }
    while i < n, tokens.count < maximumTokens {
      let s = scalars[i]
      if s.isASCII ? s == " " || (s.value >= 0x09 && s.value <= 0x0D) : s.properties.isWhitespace {
        space = true
        i += 1
        continue
      }
      let start = i
      if isLetter(s) {
        // Letters with inner hyphens, apostrophes and periods: NUR-SULTAN, N.Y., O'HARE.
        i += 1
        while i < n {
          let c = scalars[i]
          if isWordScalar(c) {
            i += 1
          } else if (c == "-" || c == "'" || c == "\u{2019}" || c == "." || c == "/"), i + 1 < n,
            isLetter(scalars[i + 1])
          {
            i += 1
          } else {
            break
          }
        }
        // `N.Y.`: an inner period makes the final one part of the abbreviation.
        if i < n, scalars[i] == ".", scalars[start..<i].contains(".") { i += 1 }
        tokens.append(Token(kind: .word, text: text(start..<i), start: start, end: i, spaceBefore: space))
      } else if let value = s.properties.numericType != nil ? Int(String(s)) : nil {
        var number = value
        i += 1
        while i < n, let digit = Int(String(scalars[i])), scalars[i].isASCII, number < 100_000 {
          number = number * 10 + digit
          i += 1
        }
        tokens.append(
          Token(kind: .number(number), text: String(number), start: start, end: i, spaceBefore: space))
      } else if s == "-" || s == "\u{2013}" || s == "\u{2014}" || s == "\u{2012}" || s == "\u{2015}" {
        i += 1
        while i < n, scalars[i] == "-" || scalars[i] == "\u{2013}" || scalars[i] == "\u{2014}" { i += 1 }
        tokens.append(Token(kind: .dash, text: text(start..<i), start: start, end: i, spaceBefore: space))
      } else {
        i += 1
        tokens.append(
          Token(kind: .punctuation(Character(s)), text: String(s), start: start, end: i, spaceBefore: space))
      }
      space = false
    }
    return tokens
  }
}
