/// One PLOVER event record: the CAMEO events one verb of a sentence coded, with actor lists.
///
/// CAMEO codes a compound actor as one event per pair ("Kazakhstan and Kyrgyzstan met Russia"
/// gives KAZ→RUS and KGZ→RUS); PLOVER codes one event whose `actor` and `recipient` are lists
/// (PLOVER manual, "actor lists"). Events whose pairs all run both ways — a meeting of a compound,
/// a paired visit/host code — are reciprocal: every member is an `actor` and there is no
/// `recipient`. Field names follow the PLOVER JSON table (`actor`, `recipient`, `event`, `mode`,
/// `context`, `quad_code`, `event_text`, `event_loc`).
///
/// ```swift
/// let records = PloverEvent.records(from: article.events)
/// records[0].actors.map(\.code)   // ["KAZ", "KGZ"]
/// ```
public struct PloverEvent: Sendable, Hashable {
  /// A PLOVER entity: country (or IGO) code, sector and the words that named it.
  public struct Entity: Sendable, Hashable {
    /// The first three letters of the CAMEO code (`KEN` of `KENCOP`).
    public var code: String
    /// The rest of the CAMEO code (`COP`), nil when there is none.
    public var sector: String?
    /// The actor's words in `text`.
    public var text: String
    /// The full CAMEO actor code.
    public var cameo: String
    /// The story entity the words mention (`e3`).
    public var entity: String?
  }

  /// PLOVER event categories (`ASSAULT`), one per distinct category the CAMEO codes map to.
  public var categories: [String]
  public var modes: [String]
  public var contexts: [String]
  /// The CAMEO codes of the events, distinct, in order.
  public var cameo: [String]
  public var actors: [Entity]
  /// Empty when the event is reciprocal.
  public var recipients: [Entity]
  public var quadClass: Int?
  public var date: String?
  public var location: String?
  public var sentence: Int
  /// Indices into the article's `events`.
  public var events: [Int]
  public var start: Int
  public var end: Int

  /// Groups events by sentence and verb (evidence when no verb is known) into PLOVER records;
  /// events whose codes PLOVER does not map (CAMEO roots 01 and 02) give none.
  public static func records(from events: [ArticleEvent]) -> [PloverEvent] {
    struct Key: Hashable {
      var sentence: Int
      var start: Int
      var end: Int
    }
    var order: [Key] = []
    var members: [Key: [Int]] = [:]
    for (index, event) in events.enumerated() where event.plover != nil {
      let key = Key(
        sentence: event.sentence, start: event.verb?.start ?? event.start, end: event.verb?.end ?? event.end)
      if members[key] == nil { order.append(key) }
      members[key, default: []].append(index)
    }
    return order.map { key in record(events, members[key]!) }
  }

  private static func record(_ all: [ArticleEvent], _ indices: [Int]) -> PloverEvent {
    let group = indices.map { all[$0] }
    func distinct<T: Hashable>(_ values: [T]) -> [T] {
      var seen = Set<T>()
      return values.filter { seen.insert($0).inserted }
    }
    func entity(_ actor: ArticleEvent.Actor) -> Entity {
      let sector = actor.code.dropFirst(3)
      return Entity(
        code: String(actor.code.prefix(3)), sector: sector.isEmpty ? nil : String(sector), text: actor.name,
        cameo: actor.code, entity: actor.entity)
    }
    let pairs = Set(group.compactMap { e in e.target.map { [e.source.code, $0.code] } })
    let reciprocal = pairs.count > 1 && pairs.allSatisfy { pairs.contains([$0[1], $0[0]]) }
    var actors = unique(group.map(\.source))
    var recipients = unique(group.compactMap(\.target))
    if reciprocal {
      actors = unique(actors + recipients)
      recipients = []
    }
    let entries = group.compactMap { CAMEOCodebook.shared.entry(for: $0.code) }
    func split(_ values: [String?]) -> [String] {
      distinct(
        values.compactMap { $0 }.flatMap {
          $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        .filter { !$0.isEmpty })
    }
    return PloverEvent(
      categories: distinct(group.compactMap(\.plover)), modes: split(entries.map(\.ploverMode)),
      contexts: split(entries.map(\.ploverContext)), cameo: distinct(group.map(\.code)),
      actors: actors.map(entity), recipients: recipients.map(entity),
      quadClass: group.first?.quadClass, date: group.first?.date, location: group.first?.location,
      sentence: group[0].sentence, events: indices, start: group.map(\.start).min()!,
      end: group.map(\.end).max()!)
  }

  /// Actors by code, first mention kept.
  private static func unique(_ actors: [ArticleEvent.Actor]) -> [ArticleEvent.Actor] {
    var seen = Set<String>()
    return actors.filter { seen.insert($0.code).inserted }
  }
}

extension PloverEvent {
  /// The PLOVER JSON record (docs/output.md): PLOVER's field names plus `cameo`, `events`,
  /// `sentence` and `evidence`.
  public var json: JSONValue {
    var fields: [(String, JSONValue)] = []
    if let date { fields.append(("date", .string(date))) }
    fields.append(("actor", .array(actors.map(\.json))))
    if !recipients.isEmpty { fields.append(("recipient", .array(recipients.map(\.json)))) }
    fields.append(("event", .array(categories.map { .string($0) })))
    if !modes.isEmpty { fields.append(("mode", .array(modes.map { .string($0) }))) }
    if !contexts.isEmpty { fields.append(("context", .array(contexts.map { .string($0) }))) }
    if let quadClass { fields.append(("quad_code", .int(quadClass))) }
    if let location { fields.append(("event_loc", .object([("extracted_place", .string(location))]))) }
    fields += [
      ("cameo", .array(cameo.map { .string($0) })),
      ("events", .array(events.map { .int($0) })),
      ("sentence", .int(sentence)),
      ("evidence", .object([("start", .int(start)), ("end", .int(end))])),
    ]
    return .object(fields)
  }
}

extension PloverEvent.Entity {
  /// `{code, sector?, entity_text, cameo, entity?}`.
  var json: JSONValue {
    var fields: [(String, JSONValue)] = [("code", .string(code))]
    if let sector { fields.append(("sector", .string(sector))) }
    fields += [("entity_text", .string(text)), ("cameo", .string(cameo))]
    if let entity { fields.append(("entity", .string(entity))) }
    return .object(fields)
  }
}
