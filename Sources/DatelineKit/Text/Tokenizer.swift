/// Splits UTF-8 text into tokens, byte by byte, without allocating per token.
///
/// Words keep inner hyphens (`Russia-led`), apostrophes (`O'Brien`) and the periods of
/// abbreviations (`U.S.`, `Gen.`, `J.`); the possessive `'s` is a token of its own, as in the
/// Penn Treebank and CoNLL. Numbers keep their separators (`1,750`, `5.93`, `2022-01-10`, `3-2`).
/// Non-ASCII letters are word characters; Unicode spaces, quotes, dashes and ellipses are
/// recognised.
///
/// ```swift
/// var tokens: [Token] = []
/// var tokenizer = Tokenizer()
/// Array("Gen. Smith met U.S. envoys.".utf8).withUnsafeBufferPointer { tokenizer.tokenize($0, into: &tokens) }
/// // Gen. | Smith | met | U.S. | envoys | .
/// ```
public struct Tokenizer: Sendable {
  public init() {}

  /// Appends the tokens of `text` to `tokens` (which the caller may reuse between calls).
  public func tokenize(_ text: UnsafeBufferPointer<UInt8>, into tokens: inout [Token]) {
    let n = text.count
    var i = 0
    while i < n {
      let b = text[i]
      if b < 0x80 {
        if b <= 0x20 || b == 0x7F {
          i += 1
          continue
        }
        if Self.isASCIILetter(b) {
          i = word(text, from: i, into: &tokens)
        } else if b &- 0x30 < 10 {
          i = number(text, from: i, into: &tokens)
        } else {
          i = punctuation(text, from: i, byte: b, into: &tokens)
        }
        continue
      }
      let (scalar, length) = Self.decode(text, at: i)
      if scalar == 0x2019, i > 0, text[i - 1] > 0x20, Self.isPossessive(text, at: i + length) {
        // The possessive ’s, like 's, is a word token.
        tokens.append(Token(start: Int32(i), end: Int32(i + length + 1), kind: .word))
        i += length + 1
        continue
      }
      switch Self.classify(scalar) {
      case .space:
        i += length
      case .letter:
        i = word(text, from: i, into: &tokens)
      case .quote(let opening):
        tokens.append(
          Token(start: Int32(i), end: Int32(i + length), kind: .quote, flags: opening ? .opening : []))
        i += length
      case .terminal:
        tokens.append(Token(start: Int32(i), end: Int32(i + length), kind: .terminal))
        i += length
      case .punctuation:
        tokens.append(Token(start: Int32(i), end: Int32(i + length), kind: .punctuation))
        i += length
      }
    }
  }

  // MARK: Token kinds

  private func word(_ text: UnsafeBufferPointer<UInt8>, from start: Int, into tokens: inout [Token]) -> Int {
    let n = text.count
    var i = start
    var segmentStart = start
    var innerPeriod = false
    var upper = 0
    var lower = 0
    while i < n {
      let b = text[i]
      if b < 0x80 {
        if Self.isASCIILetter(b) {
          if b < 0x5B { upper += 1 } else { lower += 1 }
          i += 1
        } else if b &- 0x30 < 10 {
          i += 1
        } else if b == 0x2D || b == 0x26 {  // - &
          guard i + 1 < n, Self.startsWord(text, at: i + 1) else { break }
          i += 1
          segmentStart = i
        } else if b == 0x27 {  // '
          guard i + 1 < n, Self.startsWord(text, at: i + 1), !Self.isPossessive(text, at: i + 1) else {
            break
          }
          i += 1
        } else if b == 0x2E {  // .
          // U.S, N.Y, e.g: short segments joined by periods.
          guard i + 1 < n, i - segmentStart <= 2, Self.isASCIILetter(text[i + 1]) else { break }
          innerPeriod = true
          i += 1
          segmentStart = i
        } else {
          break
        }
      } else {
        let (scalar, length) = Self.decode(text, at: i)
        if scalar == 0x2019 {  // ’ as an apostrophe
          guard i + length < n, Self.startsWord(text, at: i + length),
            !Self.isPossessive(text, at: i + length)
          else {
            break
          }
          i += length
          continue
        }
        guard case .letter = Self.classify(scalar) else { break }
        i += length
        lower += 1
      }
    }
    var flags: Token.Flags = []
    let first = text[start]
    if first &- 0x41 < 26 || (first >= 0x80 && upper > 0) { flags.insert(.capitalized) }
    if upper > 0 && lower == 0 { flags.insert(.allCaps) }
    if i < n, text[i] == 0x2E {
      // A final period belongs to abbreviations and initials.
      let length = i - start
      if innerPeriod {
        flags.formUnion([.abbreviation])
        i += 1
      } else if length == 1 && first &- 0x41 < 26 {
        flags.formUnion([.abbreviation, .nonFinal])
        i += 1
      } else if length <= 7 {
        let h = Abbreviations.hash(text, start, i)
        if Abbreviations.nonFinal.contains(h) {
          flags.formUnion([.abbreviation, .nonFinal])
          i += 1
        } else if Abbreviations.possiblyFinal.contains(h) {
          flags.insert(.abbreviation)
          i += 1
        }
      }
    }
    tokens.append(Token(start: Int32(start), end: Int32(i), kind: .word, flags: flags))
    return i
  }

  private func number(_ text: UnsafeBufferPointer<UInt8>, from start: Int, into tokens: inout [Token]) -> Int
  {
    let n = text.count
    var i = start + 1
    while i < n {
      let b = text[i]
      if b &- 0x30 < 10 || Self.isASCIILetter(b) {
        i += 1
      } else if (b == 0x2C || b == 0x2E || b == 0x3A || b == 0x2F || b == 0x2D), i + 1 < n,
        text[i + 1] &- 0x30 < 10
      {
        i += 2
      } else {
        break
      }
    }
    tokens.append(Token(start: Int32(start), end: Int32(i), kind: .number))
    return i
  }

  private func punctuation(
    _ text: UnsafeBufferPointer<UInt8>, from start: Int, byte b: UInt8, into tokens: inout [Token]
  ) -> Int {
    let n = text.count
    switch b {
    case 0x2E, 0x21, 0x3F:  // . ! ?  (runs such as `...` and `?!` are one token)
      var i = start + 1
      while i < n, text[i] == 0x2E || text[i] == 0x21 || text[i] == 0x3F { i += 1 }
      tokens.append(Token(start: Int32(start), end: Int32(i), kind: .terminal))
      return i
    case 0x2D:  // `--`
      var i = start + 1
      while i < n, text[i] == 0x2D { i += 1 }
      tokens.append(Token(start: Int32(start), end: Int32(i), kind: .punctuation))
      return i
    case 0x22, 0x27, 0x60:  // " ' `: opening when nothing but space or an opener precedes
      let opening =
        start == 0 || text[start - 1] <= 0x20 || text[start - 1] == 0x28 || text[start - 1] == 0x5B
      if b == 0x27, !opening, Self.isPossessive(text, at: start + 1) {
        // The possessive 's is a word token.
        let end = start + 2
        tokens.append(Token(start: Int32(start), end: Int32(end), kind: .word))
        return end
      }
      tokens.append(
        Token(start: Int32(start), end: Int32(start + 1), kind: .quote, flags: opening ? .opening : []))
      return start + 1
    case 0x28, 0x5B, 0x7B:
      tokens.append(Token(start: Int32(start), end: Int32(start + 1), kind: .quote, flags: .opening))
      return start + 1
    case 0x29, 0x5D, 0x7D:
      tokens.append(Token(start: Int32(start), end: Int32(start + 1), kind: .quote))
      return start + 1
    default:
      tokens.append(Token(start: Int32(start), end: Int32(start + 1), kind: .punctuation))
      return start + 1
    }
  }

  // MARK: Bytes and scalars

  @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }

  /// `'s` or `’s` followed by a non-letter.
  @inline(__always) static func isPossessive(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    guard i < text.count, text[i] | 0x20 == 0x73 else { return false }
    return i + 1 == text.count || !startsWord(text, at: i + 1)
  }

  @inline(__always) static func startsWord(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    let b = text[i]
    if b < 0x80 { return isASCIILetter(b) || b &- 0x30 < 10 }
    if case .letter = classify(decode(text, at: i).scalar) { return true }
    return false
  }

  /// Decodes the scalar at `i` (the text is valid UTF-8; a stray byte decodes as itself).
  @inline(__always)
  static func decode(_ text: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: UInt32, length: Int) {
    let b = text[i]
    let n = text.count
    if b < 0xE0 {
      guard i + 1 < n, b >= 0xC0 else { return (UInt32(b), 1) }
      return (UInt32(b & 0x1F) << 6 | UInt32(text[i + 1] & 0x3F), 2)
    }
    if b < 0xF0 {
      guard i + 2 < n else { return (UInt32(b), 1) }
      return (UInt32(b & 0x0F) << 12 | UInt32(text[i + 1] & 0x3F) << 6 | UInt32(text[i + 2] & 0x3F), 3)
    }
    guard i + 3 < n else { return (UInt32(b), 1) }
    return (
      UInt32(b & 0x07) << 18 | UInt32(text[i + 1] & 0x3F) << 12 | UInt32(text[i + 2] & 0x3F) << 6
        | UInt32(text[i + 3] & 0x3F), 4
    )
  }

  enum ScalarClass { case space, letter, quote(opening: Bool), terminal, punctuation }

  /// Classes for non-ASCII scalars; anything not listed counts as a letter.
  static func classify(_ s: UInt32) -> ScalarClass {
    switch s {
    case 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return .space
    case 0x2018, 0x201C, 0x201E, 0x201A, 0xAB, 0x2039, 0x300C, 0x300E: return .quote(opening: true)
    case 0x2019, 0x201D, 0xBB, 0x203A, 0x300D, 0x300F: return .quote(opening: false)
    case 0x2026, 0x3002, 0xFF01, 0xFF1F, 0x203C, 0x2047...0x2049: return .terminal
    case 0x80...0x9F, 0xA1...0xA9, 0xAC...0xB1, 0xB4, 0xB6...0xB8, 0xBC...0xBF, 0xD7, 0xF7:
      return .punctuation
    case 0x2010...0x2017, 0x201F...0x2027, 0x2030...0x205E, 0x20A0...0x20CF, 0x2100...0x2BFF:
      return .punctuation
    case 0x3001, 0x3003...0x300B, 0x3010...0x303F, 0xFF00...0xFF0F, 0xFF1A...0xFF20, 0xFE30...0xFE4F:
      return .punctuation
    case 0x1F000...0x1FAFF, 0xE000...0xF8FF, 0xFFF0...0xFFFF: return .punctuation
    default: return .letter
    }
  }
}
