extension Article {
  /// The article as the JSON object `dateline analyze` prints (docs/output.md).
  public var json: JSONValue {
    var fields: [(String, JSONValue)] = [
      ("id", .string(id)),
      ("input", .string(input)),
      (
        "source",
        .object([
          ("agency", JSONValue(source.agency)), ("outlet", JSONValue(source.outlet)),
          ("url", JSONValue(source.url)),
        ])
      ),
      ("headline", JSONValue(headline)),
      ("standfirst", JSONValue(standfirst)),
      ("dateline", dateline.map(\.json) ?? .null),
      ("published", JSONValue(published?.iso)),
    ]
    if let author { fields.append(("author", .string(author))) }
    fields += [
      ("text", .string(text)),
      ("headlineSpan", headlineRange.map(JSONValue.init) ?? .null),
      ("standfirstSpan", standfirstRange.map(JSONValue.init) ?? .null),
      ("paragraphs", .array(paragraphs.map(JSONValue.init))),
      ("sentences", .array(sentences.map(JSONValue.init))),
      ("entities", .array(entities.map(\.json))),
      ("times", .array(times.map(\.json))),
      ("quotes", quotesJSON),
      ("events", .array(events.map(\.json))),
      ("ploverEvents", .array(ploverEvents.map(\.json))),
    ]
    return .object(fields)
  }
}

extension Dateline {
  /// The dateline object of the output contract.
  public var json: JSONValue {
    var date: JSONValue = .null
    if let full = self.date {
      date = .string(full.iso)
    } else if let month, let day {
      // Month and day without a year: the ISO 8601 `--MM-DD` form.
      date = .string(
        "--" + (month < 10 ? "0" : "") + String(month) + "-" + (day < 10 ? "0" : "") + String(day))
    }
    return .object([
      ("text", .string(text)),
      ("start", range.map { .int($0.start) } ?? .null),
      ("end", range.map { .int($0.end) } ?? .null),
      ("place", .string(place)),
      ("placeAsWritten", .string(placeAsWritten)),
      ("region", JSONValue(region)),
      ("country", JSONValue(country)),
      ("date", date),
      ("yearInferred", .bool(yearInferred)),
      ("agency", JSONValue(agency)),
    ])
  }
}
