extension TimeExpression {
  /// `{"start","end","text","type","value","mod"?,"anchor"?,"quant"?,"freq"?}` (docs/output.md).
  public var json: JSONValue {
    var fields: [(String, JSONValue)] = [
      ("start", .int(range.start)), ("end", .int(range.end)), ("text", .string(text)),
      ("type", .string(type.rawValue)), ("value", .string(value)),
    ]
    if let mod { fields.append(("mod", .string(mod))) }
    if let anchor { fields.append(("anchor", .string(anchor))) }
    if let quant { fields.append(("quant", .string(quant))) }
    if let freq { fields.append(("freq", .string(freq))) }
    return .object(fields)
  }
}
