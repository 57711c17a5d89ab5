/// A JSON value with object keys kept in the order written, so output follows the documented
/// contract field by field.
public indirect enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }
  public func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }

  /// The value as JSON text: one line, or indented by two spaces when `pretty`.
  public func serialized(pretty: Bool = false) -> String {
    var out = ""
    write(to: &out, pretty: pretty, depth: 0)
    return out
  }

  func write(to out: inout String, pretty: Bool, depth: Int) {
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .int(let i): out += String(i)
    case .double(let d): out += d.isFinite ? String(d) : "null"
    case .string(let s): Self.writeString(s, to: &out)
    case .array(let items):
      guard !items.isEmpty else { return out += "[]" }
      // Arrays of small objects (spans) stay on one line each.
      out += "["
      for (index, item) in items.enumerated() {
        if index > 0 { out += "," }
        if pretty { out += "\n" + String(repeating: "  ", count: depth + 1) }
        item.write(to: &out, pretty: pretty && !item.isFlat, depth: depth + 1)
      }
      if pretty { out += "\n" + String(repeating: "  ", count: depth) }
      out += "]"
    case .object(let fields):
      guard !fields.isEmpty else { return out += "{}" }
      out += "{"
      for (index, (key, value)) in fields.enumerated() {
        if index > 0 { out += pretty ? "," : ", " }
        if pretty { out += "\n" + String(repeating: "  ", count: depth + 1) }
        Self.writeString(key, to: &out)
        out += ": "
        value.write(to: &out, pretty: pretty, depth: depth + 1)
      }
      if pretty { out += "\n" + String(repeating: "  ", count: depth) }
      out += "}"
    }
  }

  private var isFlat: Bool {
    if case .object(let fields) = self {
      return fields.allSatisfy {
        switch $0.1 {
        case .array, .object: false
        default: true
        }
      } && fields.count <= 4
    }
    return false
  }

  static func writeString(_ s: String, to out: inout String) {
    out += "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{2028}": out += "\\u2028"
      case "\u{2029}": out += "\\u2029"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }
}

extension JSONValue {
  init(_ string: String?) { self = string.map { .string($0) } ?? .null }
  init(_ range: TextRange) { self = .object([("start", .int(range.start)), ("end", .int(range.end))]) }
}
