/// An event of an analysed article, as `dateline analyze` prints it (docs/output.md).
public struct ArticleEvent: Sendable, Hashable {
  /// An actor: its words in the text and its CAMEO code.
  public struct Actor: Sendable, Hashable {
    public var name: String
    public var code: String
    /// The actor's words in `text`, when the coder found them there.
    public var range: TextRange?
    /// The story entity the actor's words mention (`e3`), once entities are linked.
    public var entity: String?
  }

  /// The CAMEO event code, e.g. `175`.
  public var code: String
  /// The CAMEO root (first two digits), QuadClass, Goldstein score and PLOVER event type, when
  /// the codebook knows the code.
  public var root: String
  public var quadClass: Int?
  public var goldstein: Double?
  public var plover: String?
  /// The CAMEO name of the code ("Discuss by telephone"), when the codebook knows it.
  public var action: String?
  public var source: Actor
  public var target: Actor?
  /// The TIMEX3 value of the date the sentence names, else the story's publication day.
  public var date: String?
  /// Where it happened: a place the sentence puts it in (`in Almaty`), else the dateline's place.
  public var location: String?
  /// The index of the sentence in the article's `sentences`.
  public var sentence: Int
  /// Unicode-scalar span in `text` from the first to the last word of source, verb and target.
  public var start: Int
  public var end: Int
  /// Unicode-scalar span of the verb phrase that set the code: the events one verb coded share it.
  public var verb: TextRange? = nil
}

extension Pipeline {
  /// Codes the events of an article's sentences with the built-in dictionaries.
  static func events(in article: Article) -> [ArticleEvent] {
    let coder = BuiltInEventDictionaries.coder
    let scalars = Array(article.text.unicodeScalars)
    func slice(_ start: Int?, _ end: Int?) -> String? {
      guard let start, let end, start >= 0, end <= scalars.count, start < end else { return nil }
      return String(String.UnicodeScalarView(scalars[start..<end]))
    }
    func span(_ start: Int?, _ end: Int?) -> TextRange? {
      guard let start, let end, start < end else { return nil }
      return TextRange(start: start, end: end)
    }
    var events: [ArticleEvent] = []
    var context = CodingContext()
    // names (not pronouns or nominals) of people and organisations with an actor code; places
    // are left to the dictionaries, where a city is no actor ("protesters in Nairobi")
    for entity in article.entities {
      guard let code = entity.code, !code.isEmpty, [.person, .organization].contains(entity.kind) else {
        continue
      }
      for mention in entity.mentions {
        guard mention.range.start >= 0, mention.range.start < scalars.count,
          scalars[mention.range.start].properties.isUppercase
        else { continue }
        context.entities[mention.range.start] = .init(end: mention.range.end, code: code, id: entity.id)
      }
    }
    for (index, range) in article.sentences.enumerated() {
      guard range.start >= 0, range.end <= scalars.count, range.start < range.end else { continue }
      let sentence = String(String.UnicodeScalarView(scalars[range.start..<range.end]))
      for words in CodingText.sentences(sentence, offset: range.start) {
        for event in coder.code(words, date: nil, context: &context).events {
          let entry = CAMEOCodebook.shared.entry(for: event.code)
          // a source the story gave (a passive's, from an earlier sentence) is no evidence here
          let inSentence = { (value: Int?) in
            value.flatMap { range.start <= $0 && $0 <= range.end ? $0 : nil }
          }
          let bounds = [event.source.start, event.target.start, event.verbStart].compactMap(inSentence)
          let ends = [event.source.end, event.target.end, event.verbEnd].compactMap(inSentence)
          events.append(
            ArticleEvent(
              code: event.code, root: String(event.code.prefix(2)), quadClass: entry?.quadClass,
              goldstein: entry?.goldstein, plover: entry?.ploverEvent, action: entry?.name,
              source: .init(
                name: slice(event.source.start, event.source.end) ?? "", code: event.source.code,
                range: span(event.source.start, event.source.end)),
              target: .init(
                name: slice(event.target.start, event.target.end) ?? "", code: event.target.code,
                range: span(event.target.start, event.target.end)),
              date: article.published?.iso, location: nil, sentence: index,
              start: bounds.min() ?? event.verbStart,
              end: ends.max() ?? event.verbEnd, verb: span(event.verbStart, event.verbEnd)))
        }
      }
    }
    return events
  }
}

extension ArticleEvent {
  /// The event object of the output contract.
  public var json: JSONValue {
    var fields: [(String, JSONValue)] = [
      ("code", .string(code)),
      ("root", .string(root)),
      ("quadClass", quadClass.map { .int($0) } ?? .null),
      ("goldstein", goldstein.map { .double($0) } ?? .null),
      ("plover", plover.map { .string($0) } ?? .null),
      ("action", action.map { .string($0) } ?? .null),
      ("source", source.json),
    ]
    if let target { fields.append(("target", target.json)) }
    if let date { fields.append(("date", .string(date))) }
    if let location { fields.append(("location", .string(location))) }
    fields += [
      ("sentence", .int(sentence)),
      ("evidence", .object([("start", .int(start)), ("end", .int(end))])),
    ]
    if let verb { fields.append(("verb", .object([("start", .int(verb.start)), ("end", .int(verb.end))]))) }
    return .object(fields)
  }
}

extension ArticleEvent.Actor {
  /// `{entity?, name, code}`.
  var json: JSONValue {
    var fields: [(String, JSONValue)] = []
    if let entity { fields.append(("entity", .string(entity))) }
    fields += [("name", .string(name)), ("code", .string(code))]
    return .object(fields)
  }
}

extension Article {
  /// The events as PLOVER records with actor lists, one per coded verb (``PloverEvent``).
  public var ploverEvents: [PloverEvent] { PloverEvent.records(from: events) }
}
