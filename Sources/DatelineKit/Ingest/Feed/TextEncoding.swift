/// How a feed's bytes become UTF-8: as they are, by a byte table, or through iconv.
///
/// Latin-1 and windows-1252 are decoded by table inside the tokenizer, so that line and byte
/// positions in errors stay those of the file; other charsets are converted to UTF-8 first.
enum TextEncoding: Sendable, Hashable {
  case utf8
  /// windows-1252, also used for ISO-8859-1 and ASCII as browsers do: its C1 range holds the
  /// curly quotes and dashes that mislabelled "Latin-1" feeds really contain.
  case windows1252
  /// Any other charset, by its iconv name.
  case iconv(String)

  /// The encoding named by an XML declaration's `encoding` (case-insensitive).
  init(label: String) {
    switch label.lowercased() {
    case "utf-8", "utf8", "unicode-1-1-utf-8": self = .utf8
    case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii",
      "windows-1252", "cp1252", "x-cp1252":
      self = .windows1252
    default: self = .iconv(label)
    }
  }

  /// Finds the encoding from a byte order mark or the XML declaration at the start of a feed.
  ///
  /// - Returns: The encoding and the length of the byte order mark to skip.
  static func detect(_ prefix: [UInt8]) -> (encoding: TextEncoding, bomLength: Int) {
    if prefix.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
    if prefix.starts(with: [0xFF, 0xFE]) { return (.iconv("UTF-16LE"), 2) }
    if prefix.starts(with: [0xFE, 0xFF]) { return (.iconv("UTF-16BE"), 2) }
    guard let label = declaredEncoding(prefix) else { return (.utf8, 0) }
    return (TextEncoding(label: label), 0)
  }

  /// The `encoding` pseudo-attribute of a leading `<?xml …?>`, if any.
  static func declaredEncoding(_ prefix: [UInt8]) -> String? {
    guard prefix.starts(with: Array("<?xml".utf8)),
      let close = prefix.firstIndex(of: UInt8(ascii: ">"))
    else { return nil }
    let declaration = Array(prefix[..<close])
    let key = Array("encoding".utf8)
    guard let keyStart = declaration.firstRange(of: key)?.upperBound else { return nil }
    var i = keyStart
    while i < declaration.count, declaration[i] == UInt8(ascii: " ") || declaration[i] == UInt8(ascii: "=") {
      i += 1
    }
    guard i < declaration.count, declaration[i] == UInt8(ascii: "\"") || declaration[i] == UInt8(ascii: "'")
    else { return nil }
    let quote = declaration[i]
    guard let end = declaration[(i + 1)...].firstIndex(of: quote) else { return nil }
    let label = String(decoding: declaration[(i + 1)..<end], as: UTF8.self)
    return label.isEmpty ? nil : label
  }

  /// The Unicode scalars of windows-1252 bytes 0x80–0x9F (five undefined ones map to themselves).
  static let windows1252High: [UInt16] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
  ]

  /// Appends windows-1252 bytes to `output` as UTF-8.
  static func appendWindows1252(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    output.reserveCapacity(output.count + bytes.count)
    for byte in bytes {
      if byte < 0x80 {
        output.append(byte)
        continue
      }
      let value = byte < 0xA0 ? UInt32(windows1252High[Int(byte - 0x80)]) : UInt32(byte)
      if let scalar = Unicode.Scalar(value) { XMLEntities.appendUTF8(scalar, to: &output) }
    }
  }
}
