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

  static func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
    var tokens: [Token] = []
    var i = 0
    var space = false
    let n = scalars.count
    func isWordScalar(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || s.properties.numericType != nil }
    while i < n {
      let s = scalars[i]
      if s.properties.isWhitespace {
        space = true
        i += 1
        continue
      }
      let start = i
      if s.properties.isAlphabetic {
        // Letters with inner hyphens, apostrophes and periods: NUR-SULTAN, N.Y., O'HARE.
        i += 1
        while i < n {
          let c = scalars[i]
          if isWordScalar(c) {
            i += 1
          } else if (c == "-" || c == "'" || c == "\u{2019}" || c == "." || c == "/"), i + 1 < n,
            scalars[i + 1].properties.isAlphabetic
          {
            i += 1
          } else {
            break
          }
        }
        // `N.Y.`: an inner period makes the final one part of the abbreviation.
        if i < n, scalars[i] == ".", scalars[start..<i].contains(".") { i += 1 }
        tokens.append(Token(kind: .word, text: String(String.UnicodeScalarView(scalars[start..<i])), start: start, end: i, spaceBefore: space))
      } else if let value = s.properties.numericType != nil ? Int(String(s)) : nil {
        var number = value
        i += 1
        while i < n, let digit = Int(String(scalars[i])), scalars[i].isASCII, number < 100_000 {
          number = number * 10 + digit
          i += 1
        }
        tokens.append(Token(kind: .number(number), text: String(number), start: start, end: i, spaceBefore: space))
      } else if s == "-" || s == "\u{2013}" || s == "\u{2014}" || s == "\u{2012}" || s == "\u{2015}" {
        i += 1
        while i < n, scalars[i] == "-" || scalars[i] == "\u{2013}" || scalars[i] == "\u{2014}" { i += 1 }
        tokens.append(Token(kind: .dash, text: String(String.UnicodeScalarView(scalars[start..<i])), start: start, end: i, spaceBefore: space))
      } else {
        i += 1
        tokens.append(Token(kind: .punctuation(Character(s)), text: String(s), start: start, end: i, spaceBefore: space))
      }
      space = false
    }
    return tokens
  }
}
