/// A word or comma of a sentence being coded, with its place in the text.
public struct CodingWord: Sendable, Hashable {
  /// The upper-case word, or `,`.
  public var text: String
  /// Unicode-scalar offsets into the coded text.
  public var start: Int
  public var end: Int
  /// Written with a capital first letter.
  public var capitalized: Bool

  public var isComma: Bool { text == "," }
}

/// Splits text into sentences of coding words: the shallow layer the coder reads.
///
/// Hyphens and underscores split words (`Al-Gore` → `AL GORE`), apostrophes stay inside them
/// (`GONDOR'S`), periods stay inside abbreviations (`U.S`), commas are kept as words, and other
/// punctuation only separates words.
public enum CodingText {
  public static func sentences(_ text: String, offset: Int = 0) -> [[CodingWord]] {
    var sentences: [[CodingWord]] = []
    var current: [CodingWord] = []
    // the word being read, upper-cased UTF-8
    var word: [UInt8] = []
    word.reserveCapacity(32)
    var start = 0
    var capitalized = false
    let scalars = Array(text.unicodeScalars)

    @inline(__always) func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
      let value = scalar.value
      return value < 128
        ? (value >= 65 && value <= 90) || (value >= 97 && value <= 122) : scalar.properties.isAlphabetic
    }
    @inline(__always) func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
      let value = scalar.value
      return value < 128 ? (value >= 65 && value <= 90) : scalar.properties.isUppercase
    }
    func flush(at end: Int) {
      var last = word.count
      while last > 0, word[last - 1] == UInt8(ascii: "'") || word[last - 1] == UInt8(ascii: ".") { last -= 1 }
      var first = 0
      while first < last, word[first] == UInt8(ascii: "'") { first += 1 }
      if first < last {
        current.append(
          CodingWord(
            text: String(decoding: word[first..<last], as: UTF8.self), start: offset + start,
            end: offset + end,
            capitalized: capitalized))
      }
      word.removeAll(keepingCapacity: true)
    }
    for i in scalars.indices {
      let scalar = scalars[i]
      let value = scalar.value
      let isWordScalar =
        value < 128
        ? (value >= 65 && value <= 90) || (value >= 97 && value <= 122) || (value >= 48 && value <= 57)
        : scalar.properties.isAlphabetic
      if isWordScalar {
        if word.isEmpty {
          start = i
          capitalized = isUppercase(scalar)
        }
        if value < 128 {
          word.append(value >= 97 && value <= 122 ? UInt8(value - 32) : UInt8(value))
        } else {
          word += scalar.properties.uppercaseMapping.utf8
        }
        continue
      }
      if (scalar == "'" || scalar == "’") && !word.isEmpty {
        word.append(UInt8(ascii: "'"))
        continue
      }
      if scalar == ".", !word.isEmpty, i + 1 < scalars.count, isAlphabetic(scalars[i + 1]) {
        word.append(UInt8(ascii: "."))
        continue
      }
      flush(at: i)
      if scalar == "," {
        current.append(CodingWord(text: ",", start: offset + i, end: offset + i + 1, capitalized: false))
      } else if scalar == "." || scalar == "?" || scalar == "!" {
        var j = i + 1
        while j < scalars.count, scalars[j] == " " || scalars[j] == "\"" || scalars[j] == ")" { j += 1 }
        let boundary = j >= scalars.count || scalars[j] == "\n" || isUppercase(scalars[j])
        if boundary || scalar != "." {
          if !current.isEmpty { sentences.append(current) }
          current = []
        }
      }
    }
    flush(at: scalars.count)
    if !current.isEmpty { sentences.append(current) }
    return sentences
  }
}
