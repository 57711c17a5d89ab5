import Foundation

extension Article {
  /// Reads an article back from the JSON `dateline analyze` printed and a store keeps, for
  /// exports that work from stored articles (GDELT events, TimeML).
  ///
  /// Reads the fields exports use: ids, source, headline, standfirst, publication day, text,
  /// spans, paragraphs, sentences, entities, times and events. The dateline and quotes are not
  /// read back (`dateline` and `quotes` stay empty); a missing stage's array is empty.
  ///
  /// ```swift
  /// let article = try Article(json: stored.json, input: stored.input)
  /// ```
  /// - Throws: ``InputError`` (`malformed`) when the text is not an article object.
  public init(json: String, input: String) throws {
    guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
      let id = object["id"] as? String, let text = object["text"] as? String
    else { throw InputError(.malformed, "not an article object of `dateline analyze`", input: input) }
    let source = object["source"] as? [String: Any]
    self.init(
      id: id, input: object["input"] as? String ?? input,
      source: Source(
        agency: source?["agency"] as? String, outlet: source?["outlet"] as? String,
        url: source?["url"] as? String),
      headline: object["headline"] as? String, standfirst: object["standfirst"] as? String, dateline: nil,
      published: (object["published"] as? String).flatMap(GDELTEventRow.fullDay),
      author: object["author"] as? String, text: text,
      headlineRange: Self.range(object["headlineSpan"]),
      standfirstRange: Self.range(object["standfirstSpan"]),
      paragraphs: Self.objects(object["paragraphs"]).compactMap(Self.range),
      sentences: Self.objects(object["sentences"]).compactMap(Self.range))
    entities = Self.objects(object["entities"]).compactMap(Self.entity)
    times = Self.objects(object["times"]).compactMap(Self.time)
    events = Self.objects(object["events"]).compactMap(Self.event)
  }

  private static func objects(_ value: Any?) -> [[String: Any]] { value as? [[String: Any]] ?? [] }

  private static func int(_ value: Any?) -> Int? { (value as? NSNumber)?.intValue }

  private static func range(_ value: Any?) -> TextRange? {
    guard let object = value as? [String: Any], let start = int(object["start"]), let end = int(object["end"])
    else {
      return nil
    }
    return TextRange(start: start, end: end)
  }

  private static func entity(_ object: [String: Any]) -> Entity? {
    guard let id = object["id"] as? String, let kind = (object["type"] as? String).flatMap(Entity.Kind.init),
      let name = object["name"] as? String
    else { return nil }
    var entity = Entity(
      id: id, kind: kind, name: name,
      mentions: objects(object["mentions"]).compactMap { mention in
        range(mention).map { Entity.Mention(range: $0, text: mention["text"] as? String ?? "") }
      },
      roles: object["roles"] as? [String] ?? [], country: object["country"] as? String,
      code: object["code"] as? String, wikidata: object["wikidata"] as? String)
    if let geo = object["geo"] as? [String: Any], let lat = (geo["lat"] as? NSNumber)?.doubleValue,
      let lon = (geo["lon"] as? NSNumber)?.doubleValue
    {
      entity.geo = (lat, lon)
    }
    return entity
  }

  private static func time(_ object: [String: Any]) -> TimeExpression? {
    guard let range = range(object), let type = (object["type"] as? String).flatMap(TimeExpression.Kind.init),
      let value = object["value"] as? String
    else { return nil }
    return TimeExpression(
      range: range, text: object["text"] as? String ?? "", type: type, value: value,
      mod: object["mod"] as? String,
      anchor: object["anchor"] as? String, quant: object["quant"] as? String, freq: object["freq"] as? String)
  }

  private static func actor(_ value: Any?) -> ArticleEvent.Actor? {
    guard let object = value as? [String: Any], let code = object["code"] as? String else { return nil }
    return ArticleEvent.Actor(
      name: object["name"] as? String ?? "", code: code, range: nil, entity: object["entity"] as? String)
  }

  private static func event(_ object: [String: Any]) -> ArticleEvent? {
    guard let code = object["code"] as? String, let source = actor(object["source"]),
      let sentence = int(object["sentence"])
    else { return nil }
    let evidence = range(object["evidence"])
    return ArticleEvent(
      code: code, root: object["root"] as? String ?? String(code.prefix(2)),
      quadClass: int(object["quadClass"]),
      goldstein: (object["goldstein"] as? NSNumber)?.doubleValue, plover: object["plover"] as? String,
      action: object["action"] as? String, source: source, target: actor(object["target"]),
      date: object["date"] as? String, location: object["location"] as? String, sentence: sentence,
      start: evidence?.start ?? 0, end: evidence?.end ?? 0, verb: range(object["verb"]))
  }
}
