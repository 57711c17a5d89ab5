extension Quote {
  /// The quote object of the output contract (docs/output.md): fields without a value are left
  /// out.
  public func json(in text: [Unicode.Scalar]) -> JSONValue {
    var fields: [(String, JSONValue)] = [
      ("start", .int(range.start)),
      ("end", .int(range.end)),
      ("text", .string(Self.slice(text, range))),
      ("kind", .string(kind.rawValue)),
    ]
    if parts.count > 1 { fields.append(("parts", .array(parts.map(JSONValue.init)))) }
    if let speaker { fields.append(("speaker", .string(speaker))) }
    if let speakerName { fields.append(("speakerName", .string(speakerName))) }
    if let speakerRange { fields.append(("speakerSpan", JSONValue(speakerRange))) }
    if let cue { fields.append(("cue", .string(cue))) }
    if let cueRange { fields.append(("cueSpan", JSONValue(cueRange))) }
    if let channel { fields.append(("channel", .string(channel))) }
    if let channelRange { fields.append(("channelSpan", JSONValue(channelRange))) }
    if let addressee { fields.append(("addressee", .string(addressee))) }
    if let addresseeRange { fields.append(("addresseeSpan", JSONValue(addresseeRange))) }
    if let date { fields.append(("date", .string(date))) }
    if let dateRange { fields.append(("dateSpan", JSONValue(dateRange))) }
    return .object(fields)
  }

  static func slice(_ text: [Unicode.Scalar], _ range: TextRange) -> String {
    guard range.start >= 0, range.start <= range.end, range.end <= text.count else { return "" }
    var out = String.UnicodeScalarView()
    out.append(contentsOf: text[range.start..<range.end])
    return String(out)
  }
}

extension Article {
  /// The `quotes` array of the output contract.
  var quotesJSON: JSONValue {
    guard !quotes.isEmpty else { return .array([]) }
    let scalars = Array(text.unicodeScalars)
    return .array(quotes.map { $0.json(in: scalars) })
  }
}
