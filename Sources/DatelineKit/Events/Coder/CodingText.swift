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
    var word = String.UnicodeScalarView()
    var start = 0
    var capitalized = false
    let scalars = Array(text.unicodeScalars)

    func flush(at end: Int) {
      while let last = word.last, last == "'" || last == "." { word.removeLast() }
      while let first = word.first, first == "'" { word.removeFirst() }
      if !word.isEmpty {
        current.append(
          CodingWord(
            text: String(word).uppercased(), start: offset + start, end: offset + end,
            capitalized: capitalized))
      }
      word = String.UnicodeScalarView()
    }
    for (i, scalar) in scalars.enumerated() {
      let value = scalar.value
      let isWordScalar =
        value < 128
        ? (value >= 65 && value <= 90) || (value >= 97 && value <= 122) || (value >= 48 && value <= 57)
        : scalar.properties.isAlphabetic
      if isWordScalar {
        if word.isEmpty {
          start = i
          capitalized = value < 128 ? (value >= 65 && value <= 90) : scalar.properties.isUppercase
        }
        word.append(scalar)
        continue
      }
      if (scalar == "'" || scalar == "’") && !word.isEmpty {
        word.append("'")
        continue
      }
      if scalar == ".", !word.isEmpty, i + 1 < scalars.count, scalars[i + 1].properties.isAlphabetic {
        word.append(scalar)
        continue
      }
      flush(at: i)
      if scalar == "," {
        current.append(CodingWord(text: ",", start: offset + i, end: offset + i + 1, capitalized: false))
      } else if scalar == "." || scalar == "?" || scalar == "!" {
        var j = i + 1
        while j < scalars.count, scalars[j] == " " || scalars[j] == "\"" || scalars[j] == ")" { j += 1 }
        let boundary = j >= scalars.count || scalars[j] == "\n" || scalars[j].properties.isUppercase
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
