extension Entity {
  /// The entity object of the output contract (docs/output.md); codes appear only when linked.
  public var json: JSONValue {
    var fields: [(String, JSONValue)] = [
      ("id", .string(id)),
      ("type", .string(kind.rawValue)),
      ("name", .string(name)),
      (
        "mentions",
        .array(
          mentions.map {
            .object([
              ("start", .int($0.range.start)), ("end", .int($0.range.end)), ("text", .string($0.text)),
            ])
          })
      ),
      ("roles", .array(roles.map(JSONValue.string))),
    ]
    if let country { fields.append(("country", .string(country))) }
    if let code { fields.append(("code", .string(code))) }
    if let wikidata { fields.append(("wikidata", .string(wikidata))) }
    if let geo {
      fields.append(("geo", .object([("lat", .double(geo.latitude)), ("lon", .double(geo.longitude))])))
    }
    return .object(fields)
  }
}
