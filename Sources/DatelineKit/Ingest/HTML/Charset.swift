#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds an HTML page's character encoding and decodes its bytes to a `String`, as browsers do.
///
/// Order: byte-order mark, then the transport's charset, then a `<meta>` (or XML declaration)
/// prescan of the page's start. Without a declaration the page is UTF-8 when it is valid
/// UTF-8 and windows-1252 otherwise. Legacy encodings are converted with `iconv`.
enum Charset {
  /// How many leading bytes the `<meta>` prescan looks at. The HTML standard prescans 1024 bytes
  /// but lets the parser switch encodings on a later `<meta>`; archives and CMSs often put
  /// scripts first, so this looks further.
  static let prescanLimit = 8192

  /// Decodes `bytes` to a string, without any byte-order mark.
  static func decode(_ bytes: [UInt8], declared: String? = nil) -> String {
    if let (encoding, bomLength) = byteOrderMark(bytes) {
      return convert(bytes[bomLength...], from: encoding)
        ?? String(decoding: bytes[bomLength...], as: UTF8.self)
    }
    let label = declared.flatMap(normalizedLabel) ?? prescan(bytes).flatMap(normalizedLabel)
    if let label, label != "UTF-8", let text = convert(bytes[...], from: label) {
      return text
    }
    // Declared UTF-8, no declaration, or a charset iconv does not know: fall back like browsers.
    if label == "UTF-8" || ByteChecks.firstInvalidUTF8(bytes) == nil {
      return String(decoding: bytes, as: UTF8.self)
    }
    return convert(bytes[...], from: "WINDOWS-1252") ?? String(decoding: bytes, as: UTF8.self)
  }

  /// The encoding named by a byte-order mark, and the mark's length.
  static func byteOrderMark(_ bytes: [UInt8]) -> (String, Int)? {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", 3) }
    if bytes.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", 2) }
    if bytes.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", 2) }
    return nil
  }

  /// The charset named by the first `<meta charset>`, `<meta http-equiv … content="…charset=…">`
  /// or `<?xml … encoding="…"?>` in the first ``prescanLimit`` bytes.
  static func prescan(_ bytes: [UInt8]) -> String? {
    let head = Array(bytes.prefix(prescanLimit)).map(asciiLowercase)
    var index = 0
    while let start = find(Array("<meta".utf8), in: head, from: index)
      ?? find(Array("<?xml".utf8), in: head, from: index)
    {
      let end = head[start...].firstIndex(of: UInt8(ascii: ">")) ?? head.count
      let tag = Array(head[start..<end])
      let key = Array((tag.starts(with: Array("<?xml".utf8)) ? "encoding" : "charset").utf8)
      if let value = value(after: key, in: tag) { return value }
      index = end
    }
    return nil
  }

  /// Maps a charset label to the name iconv should get, following the WHATWG aliases that
  /// matter: Latin-1 and ASCII labels mean windows-1252, and a `<meta>` naming UTF-16 means UTF-8.
  static func normalizedLabel(_ label: String) -> String? {
    let trimmed = String(
      label.unicodeScalars.filter { $0.isASCII && $0.value > 0x20 && $0 != "\"" && $0 != "'" }
    )
    .uppercased()
    guard !trimmed.isEmpty else { return nil }
    switch trimmed {
    case "UTF-8", "UTF8", "UNICODE-1-1-UTF-8", "UTF-16", "UTF-16LE", "UTF-16BE", "UNICODE":
      return "UTF-8"
    case "ISO-8859-1", "ISO8859-1", "LATIN1", "L1", "US-ASCII", "ASCII", "CP1252", "WINDOWS-1252",
      "ISO_8859-1", "X-CP1252", "CP819", "IBM819", "ISO-IR-100", "ANSI_X3.4-1968":
      return "WINDOWS-1252"
    case "ISO-8859-9", "LATIN5", "ISO8859-9": return "WINDOWS-1254"
    case "ISO-8859-11", "TIS-620": return "WINDOWS-874"
    case "GB2312", "GBK", "X-GBK": return "GB18030"
    case "KS_C_5601-1987", "EUC-KR": return "CP949"
    case "SHIFT_JIS", "SJIS", "X-SJIS", "MS_KANJI": return "CP932"
    default: return trimmed
    }
  }

  /// Converts `bytes` from `encoding` to a string with iconv; `nil` when iconv does not know the
  /// encoding. Invalid sequences become U+FFFD.
  static func convert(_ bytes: ArraySlice<UInt8>, from encoding: String) -> String? {
    if encoding == "UTF-8" { return String(decoding: bytes, as: UTF8.self) }
    guard let transcoder = Transcoder(charset: encoding, startOffset: 0) else { return nil }
    return String(decoding: transcoder.convert(Array(bytes), final: true), as: UTF8.self)
  }

  // MARK: Byte helpers

  private static func asciiLowercase(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
  }

  private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else {
      return nil
    }
    var index = start
    while index <= haystack.count - needle.count {
      if haystack[index] == needle[0] && haystack[index..<(index + needle.count)].elementsEqual(needle) {
        return index
      }
      index += 1
    }
    return nil
  }

  /// The token after `key`, optional spaces, `=`, optional spaces and an optional quote.
  private static func value(after key: [UInt8], in tag: [UInt8]) -> String? {
    var searchFrom = 0
    while let keyStart = find(key, in: tag, from: searchFrom) {
      var index = keyStart + key.count
      searchFrom = index
      while index < tag.count && (tag[index] == 0x20 || tag[index] == 0x09) { index += 1 }
      guard index < tag.count, tag[index] == UInt8(ascii: "=") else { continue }
      index += 1
      while index < tag.count
        && (tag[index] == 0x20 || tag[index] == 0x09 || tag[index] == 0x22 || tag[index] == 0x27)
      {
        index += 1
      }
      let start = index
      while index < tag.count, isLabelByte(tag[index]) { index += 1 }
      if index > start { return String(decoding: tag[start..<index], as: UTF8.self) }
    }
    return nil
  }

  private static func isLabelByte(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
      || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
      || byte == UInt8(ascii: ".")
  }
}
