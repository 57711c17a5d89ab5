/// Whitespace handling shared by the readers.
enum Whitespace {
  /// Whether a scalar separates words: ASCII and Unicode spaces, including no-break space
  /// (pages use it for layout, and wire text never needs it kept).
  @inline(__always)
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x85, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F,
      0x205F, 0x3000:
      return true
    default:
      return false
    }
  }

  /// `text` with runs of whitespace turned into one space and no space at either end.
  static func collapsed(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      // Soft hyphens and zero-width marks are invisible: keep them from splitting words.
      if scalar.value == 0xAD || scalar.value == 0x200B || scalar.value == 0xFEFF { continue }
      if isSpace(scalar) {
        pendingSpace = !result.isEmpty
      } else {
        if pendingSpace { result.append(" ") }
        pendingSpace = false
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// `text` with runs of whitespace turned into one space, trimmed: for plain text and feed
  /// fields, where invisible marks (soft hyphens, zero-width spaces) are kept as written.
  static func joinedWords(_ text: some StringProtocol) -> String {
    var result = String.UnicodeScalarView()
    var pendingSpace = false
    var changed = false
    for scalar in text.unicodeScalars {
      if isSpace(scalar) {
        if scalar != " " || pendingSpace || result.isEmpty { changed = true }
        pendingSpace = !result.isEmpty
      } else {
        if pendingSpace { result.append(" ") }
        pendingSpace = false
        result.append(scalar)
      }
    }
    if pendingSpace { changed = true }
    // Most lines are already clean: hand back the original storage.
    return changed ? String(result) : String(text)
  }

  /// The number of words: runs of scalars between whitespace.
  static func wordCount(_ text: some StringProtocol) -> Int {
    var count = 0
    var inWord = false
    for scalar in text.unicodeScalars {
      if isSpace(scalar) {
        inWord = false
      } else if !inWord {
        inWord = true
        count += 1
      }
    }
    return count
  }

  /// The number of UTF-8 bytes in `text` that are not ASCII whitespace: a cheap text length.
  static func visibleLength(_ text: String) -> Int {
    var count = 0
    for byte in text.utf8 where byte > 0x20 { count += 1 }
    return count
  }
}
