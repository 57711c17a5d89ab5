import DatelineKit

/// Reads JSON text into a ``JSONValue``, keeping object keys in their written order, so stored
/// articles are shown with their fields in the stages' order.
///
/// ```swift
/// let value = try JSONParser.parse(#"{"text": "BRUSSELS (Reuters) - …", "entities": []}"#)
/// ```
enum JSONParser {
  struct Failure: Error, CustomStringConvertible {
    var offset: Int
    var description: String { "invalid JSON at byte \(offset)" }
  }

  /// How deep arrays and objects may nest: deeper input is refused rather than overflowing the stack.
  static let maximumDepth = 256

  static func parse(_ text: String) throws(Failure) -> JSONValue {
    var text = text
    let result = text.withUTF8 { bytes in
      Result { () throws(Failure) -> JSONValue in
        var reader = Reader(bytes: bytes)
        let value = try reader.value(depth: 0)
        reader.skipSpace()
        guard reader.position == bytes.count else { throw Failure(offset: reader.position) }
        return value
      }
    }
    return try result.get()
  }

  struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func skipSpace() {
      while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
    }

    func failure() -> Failure { Failure(offset: position) }

    mutating func expect(_ literal: StaticString) throws(Failure) {
      let count = literal.utf8CodeUnitCount
      guard position + count <= bytes.count else { throw failure() }
      for index in 0..<count where bytes[position + index] != literal.utf8Start[index] { throw failure() }
      position += count
    }

    mutating func value(depth: Int) throws(Failure) -> JSONValue {
      guard depth < JSONParser.maximumDepth else { throw failure() }
      skipSpace()
      guard position < bytes.count else { throw failure() }
      switch bytes[position] {
      case UInt8(ascii: "{"):
        position += 1
        var fields: [(String, JSONValue)] = []
        skipSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
          position += 1
          return .object(fields)
        }
        while true {
          skipSpace()
          guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw failure() }
          let key = try string()
          skipSpace()
          try expect(":")
          fields.append((key, try value(depth: depth + 1)))
          skipSpace()
          guard position < bytes.count else { throw failure() }
          if bytes[position] == UInt8(ascii: ",") {
            position += 1
          } else if bytes[position] == UInt8(ascii: "}") {
            position += 1
            return .object(fields)
          } else {
            throw failure()
          }
        }
      case UInt8(ascii: "["):
        position += 1
        var items: [JSONValue] = []
        skipSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
          position += 1
          return .array(items)
        }
        while true {
          items.append(try value(depth: depth + 1))
          skipSpace()
          guard position < bytes.count else { throw failure() }
          if bytes[position] == UInt8(ascii: ",") {
            position += 1
          } else if bytes[position] == UInt8(ascii: "]") {
            position += 1
            return .array(items)
          } else {
            throw failure()
          }
        }
      case UInt8(ascii: "\""): return .string(try string())
      case UInt8(ascii: "t"):
        try expect("true")
        return .bool(true)
      case UInt8(ascii: "f"):
        try expect("false")
        return .bool(false)
      case UInt8(ascii: "n"):
        try expect("null")
        return .null
      default: return try number()
      }
    }

    mutating func number() throws(Failure) -> JSONValue {
      let start = position
      var isInteger = true
      while position < bytes.count, Self.isNumberByte(bytes[position]) {
        let byte = bytes[position]
        if !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) && byte != UInt8(ascii: "-") {
          isInteger = false
        }
        position += 1
      }
      guard position > start else { throw failure() }
      let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
      if isInteger, let int = Int(text) { return .int(int) }
      guard let double = Double(text) else { throw Failure(offset: start) }
      return .double(double)
    }

    static func isNumberByte(_ byte: UInt8) -> Bool {
      (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
        || byte == UInt8(ascii: "+")
        || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
    }

    mutating func string() throws(Failure) -> String {
      position += 1  // the opening quote
      var out = String.UnicodeScalarView()
      var runStart = position
      func flush(_ end: Int) {
        out.append(
          contentsOf: String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<end]), as: UTF8.self)
            .unicodeScalars)
      }
      while position < bytes.count {
        let byte = bytes[position]
        if byte == UInt8(ascii: "\"") {
          flush(position)
          position += 1
          return String(out)
        }
        guard byte >= 0x20 else { throw failure() }
        if byte != UInt8(ascii: "\\") {
          position += 1
          continue
        }
        flush(position)
        position += 1
        guard position < bytes.count else { throw failure() }
        let escape = bytes[position]
        position += 1
        switch escape {
        case UInt8(ascii: "\""): out.append("\"")
        case UInt8(ascii: "\\"): out.append("\\")
        case UInt8(ascii: "/"): out.append("/")
        case UInt8(ascii: "b"): out.append("\u{08}")
        case UInt8(ascii: "f"): out.append("\u{0C}")
        case UInt8(ascii: "n"): out.append("\n")
        case UInt8(ascii: "r"): out.append("\r")
        case UInt8(ascii: "t"): out.append("\t")
        case UInt8(ascii: "u"):
          var code = try hex4()
          if (0xD800..<0xDC00).contains(code), position + 6 <= bytes.count,
            bytes[position] == UInt8(ascii: "\\"),
            bytes[position + 1] == UInt8(ascii: "u")
          {
            position += 2
            let low = try hex4()
            guard (0xDC00..<0xE000).contains(low) else { throw failure() }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
          }
          out.append(Unicode.Scalar(code) ?? "\u{FFFD}")
        default: throw failure()
        }
        runStart = position
      }
      throw failure()
    }

    mutating func hex4() throws(Failure) -> UInt32 {
      guard position + 4 <= bytes.count else { throw failure() }
      var code: UInt32 = 0
      for _ in 0..<4 {
        let byte = bytes[position]
        let digit: UInt8
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
        default: throw failure()
        }
        code = code << 4 | UInt32(digit)
        position += 1
      }
      return code
    }
  }
}

extension JSONValue {
  /// The value of an object's field, or nil.
  subscript(key: String) -> JSONValue? {
    guard case .object(let fields) = self else { return nil }
    return fields.first { $0.0 == key }?.1
  }

  var stringValue: String? {
    if case .string(let string) = self { return string }
    return nil
  }

  var intValue: Int? {
    if case .int(let int) = self { return int }
    return nil
  }

  var arrayValue: [JSONValue]? {
    if case .array(let items) = self { return items }
    return nil
  }

  var objectFields: [(String, JSONValue)]? {
    if case .object(let fields) = self { return fields }
    return nil
  }

  /// A string, number or boolean as text; nil for null, arrays and objects.
  var scalarText: String? {
    switch self {
    case .string(let string): string
    case .int(let int): String(int)
    case .double(let double): String(double)
    case .bool(let bool): bool ? "true" : "false"
    default: nil
    }
  }
}
