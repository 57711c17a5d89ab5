import DatelineKit

// Lets the OpenAPI document and the API replies be written as literals.
extension JSONValue: ExpressibleByStringLiteral, ExpressibleByArrayLiteral {
  public init(stringLiteral value: String) { self = .string(value) }
  public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
}

extension JSONValue {
  /// A string, or null.
  static func optional(_ string: String?) -> JSONValue { string.map { .string($0) } ?? .null }
}
