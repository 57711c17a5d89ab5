/// A token as the time rules see it: its bytes, its lexicon class and, for numbers, their value.
///
/// Hyphenated words are split (`third-quarter` → `third` `-` `quarter`) so rules match the
/// written-apart and hyphenated forms alike.
struct TimeToken {
  var start: Int32
  var end: Int32
  var kind: Token.Kind
  /// Hash of the lower-cased bytes without a final period (`Jan.` → `jan`).
  var hash: UInt64
  var lexicon: TimeLexicon.Entry
  var capitalized: Bool
  /// A number of digits only: its value; otherwise -1.
  var value: Int = -1
  var digits: Int = 0
  /// `1990s` (a decade) or `10th` (an ordinal).
  var suffix: Suffix = .none

  enum Suffix: UInt8 { case none, decades, ordinal, other }

  var isNumber: Bool { kind == .number }
  var isPlainNumber: Bool { kind == .number && suffix == .none && value >= 0 }

  /// Builds the time tokens of `bytes` into `tokens`, reusing `scratch` for the raw tokens.
  static func tokenize(
    _ bytes: UnsafeBufferPointer<UInt8>, scratch: inout [Token], into tokens: inout [TimeToken]
  ) {
    scratch.removeAll(keepingCapacity: true)
    tokens.removeAll(keepingCapacity: true)
    Tokenizer().tokenize(bytes, into: &scratch)
    for token in scratch {
      guard token.kind == .word else {
        tokens.append(make(bytes, token.start, token.end, token.kind, token.flags.contains(.capitalized)))
        continue
      }
      // Split at inner hyphens.
      var partStart = Int(token.start)
      var i = partStart
      let end = Int(token.end)
      while i < end {
        if bytes[i] == 0x2D, i > partStart {
          tokens.append(part(bytes, partStart, i))
          tokens.append(make(bytes, Int32(i), Int32(i + 1), .punctuation, false))
          partStart = i + 1
        }
        i += 1
      }
      if partStart < end {
        tokens.append(part(bytes, partStart, end))
      }
    }
  }

  private static func part(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> TimeToken {
    let first = bytes[start]
    let kind: Token.Kind = first &- 0x30 < 10 ? .number : .word
    return make(bytes, Int32(start), Int32(end), kind, first &- 0x41 < 26)
  }

  private static func make(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int32, _ end: Int32, _ kind: Token.Kind, _ capitalized: Bool
  ) -> TimeToken {
    var hashEnd = Int(end)
    if kind == .word, hashEnd - Int(start) > 1, bytes[hashEnd - 1] == 0x2E { hashEnd -= 1 }
    let hash = Abbreviations.hash(bytes, Int(start), hashEnd)
    var token = TimeToken(
      start: start, end: end, kind: kind, hash: hash,
      lexicon: TimeLexicon.entries[hash] ?? TimeLexicon.Entry(kind: .none, n: 0), capitalized: capitalized)
    if kind == .number {
      var i = Int(start)
      var value = 0
      while i < Int(end), bytes[i] &- 0x30 < 10, i - Int(start) < 12 {
        value = value * 10 + Int(bytes[i] &- 0x30)
        i += 1
      }
      token.digits = i - Int(start)
      if i == Int(end) {
        token.value = value
      } else {
        let rest = Int(end) - i
        let a = bytes[i] | 0x20
        let b: UInt8 = rest > 1 ? bytes[i + 1] | 0x20 : 0
        if rest == 1, a == 0x73 {
          token.suffix = .decades
          token.value = value
        } else if rest == 2,
          (a == 0x73 && b == 0x74) || (a == 0x6E && b == 0x64) || (a == 0x72 && b == 0x64)
            || (a == 0x74 && b == 0x68)
        {
          token.suffix = .ordinal
          token.value = value
        } else {
          token.suffix = .other
        }
      }
    }
    return token
  }
}
