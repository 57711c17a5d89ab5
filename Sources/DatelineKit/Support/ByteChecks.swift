/// Cheap checks on raw input bytes, run before any decoding.
///
/// They let a reader refuse binary data and name the first invalid UTF-8 byte with its line,
/// instead of producing replacement characters deep inside an article.
public enum ByteChecks {
  /// Whether the bytes look like binary data rather than text.
  ///
  /// Looks at the first 8 KiB: a NUL byte, or more than 10% C0 control bytes other than tab,
  /// newline, carriage return and form feed, means binary. UTF-16 text (BOM first) is not binary.
  public static func looksBinary(_ bytes: some Collection<UInt8>) -> Bool {
    var count = 0
    var controls = 0
    var first = true
    for byte in bytes.prefix(8192) {
      if first {
        first = false
        if byte == 0xFF || byte == 0xFE { return false }
      }
      count += 1
      if byte == 0 { return true }
      if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B {
        controls += 1
      }
    }
    return count > 0 && controls * 10 > count
  }

  /// The position of the first byte that breaks UTF-8, or `nil` when all bytes are valid.
  ///
  /// Overlong forms, surrogates and code points above U+10FFFF are invalid, as in Swift's own
  /// decoder. `line` is 1-based and counts `\n`.
  public static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> (byteOffset: Int, line: Int)? {
    var i = 0
    var line = 1
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b < 0x80 {
        if b == 0x0A { line += 1 }
        i += 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch b {
      case 0xC2...0xDF: length = 2
      case 0xE0: length = 3; low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: length = 3; high = 0x9F
      case 0xF0: length = 4; low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4: length = 4; high = 0x8F
      default: return (i, line)
      }
      if i + length > n { return (i, line) }
      let second = bytes[i + 1]
      if second < low || second > high { return (i, line) }
      var k = 2
      while k < length {
        if bytes[i + k] & 0xC0 != 0x80 { return (i, line) }
        k += 1
      }
      i += length
    }
    return nil
  }

  /// The same check over an array.
  public static func firstInvalidUTF8(_ bytes: [UInt8]) -> (byteOffset: Int, line: Int)? {
    bytes.withUnsafeBufferPointer { firstInvalidUTF8($0) }
  }
}
