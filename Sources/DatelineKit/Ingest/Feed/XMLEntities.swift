/// Decodes XML character and entity references in UTF-8 bytes.
///
/// Feeds use the five predefined entities and numeric references; anything else (`&nbsp;`
/// without a DTD, a bare `&`) is kept literally rather than refused, since feeds in the wild
/// carry such slips and the text is still readable.
enum XMLEntities {
  /// The longest reference looked for, `&#x10FFFF;` plus slack.
  static let maxReferenceLength = 32

  /// Appends `bytes` to `output` with references decoded.
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
    var i = 0
    let n = bytes.count
    output.reserveCapacity(output.count + n)
    while i < n {
      let b = bytes[i]
      guard b == UInt8(ascii: "&") else {
        output.append(b)
        i += 1
        continue
      }
      if let (length, scalar) = reference(in: bytes, at: i) {
        appendUTF8(scalar, to: &output)
        i += length
      } else {
        output.append(b)
        i += 1
      }
    }
  }

  /// The reference starting at `start` (which holds `&`): its length in bytes and its scalar.
  static func reference(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (Int, Unicode.Scalar)? {
    let limit = min(bytes.count, start + maxReferenceLength)
    var end = start + 1
    while end < limit && bytes[end] != UInt8(ascii: ";") { end += 1 }
    guard end < limit, end > start + 1 else { return nil }
    let body = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<end])
    guard let scalar = body.first == UInt8(ascii: "#") ? numeric(body) : named(body) else { return nil }
    return (end - start + 1, scalar)
  }

  static func named(_ name: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
    switch String(decoding: name, as: UTF8.self) {
    case "lt": "<"
    case "gt": ">"
    case "amp": "&"
    case "quot": "\""
    case "apos": "'"
    default: nil
    }
  }

  /// `#123` or `#x7B`; NUL, surrogates and values above U+10FFFF are not characters.
  static func numeric(_ body: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
    var digits = body.dropFirst()
    var radix: UInt32 = 10
    if let x = digits.first, x == UInt8(ascii: "x") || x == UInt8(ascii: "X") {
      radix = 16
      digits = digits.dropFirst()
    }
    guard !digits.isEmpty, digits.count <= 8 else { return nil }
    var value: UInt32 = 0
    for d in digits {
      guard let digit = hexValue(d), digit < radix else { return nil }
      value = value * radix + digit
    }
    guard value != 0, let scalar = Unicode.Scalar(value) else { return nil }
    return scalar
  }

  static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  static func appendUTF8(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
    if let encoded = UTF8.encode(scalar) { output.append(contentsOf: encoded) }
  }
}
