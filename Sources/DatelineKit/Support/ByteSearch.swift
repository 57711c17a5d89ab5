/// Substring search on UTF-8 bytes: no Foundation, no locale, no `Character` walking, for checks
/// that run on every paragraph or element.
///
/// ```swift
/// ByteSearch.containsAny("we use cookies to improve", ["cookie", "consent"])  // true
/// ```
enum ByteSearch {
  /// Whether `haystack` contains one of `words`, compared byte for byte.
  static func containsAny(_ haystack: String, _ words: [String]) -> Bool {
    var haystack = haystack
    return haystack.withUTF8 { bytes in
      words.contains { word in
        var word = word
        return word.withUTF8 { needle in contains(bytes, needle) }
      }
    }
  }

  /// Whether `haystack` contains `word`, compared byte for byte.
  static func contains(_ haystack: String, _ word: String) -> Bool {
    containsAny(haystack, [word])
  }

  private static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    let n = haystack.count, m = needle.count
    guard m > 0, n >= m, let first = needle.first else { return m == 0 }
    var index = 0
    while index <= n - m {
      if haystack[index] == first {
        var k = 1
        while k < m && haystack[index + k] == needle[k] { k += 1 }
        if k == m { return true }
      }
      index += 1
    }
    return false
  }
}
