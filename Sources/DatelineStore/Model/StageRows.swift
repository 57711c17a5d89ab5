import DatelineKit

/// The rows an article adds to the typed stage tables (`entities`, `mentions`, `times`, `quotes`,
/// `events`): the columns queries filter on, taken from the ``Article`` when it is written.
///
/// The same rows are derived from a stored article's `json` column by the `v3-stages` migration,
/// so a store written before the tables existed answers the same queries
/// (`Tests/DatelineStoreTests/StageTablesTests.swift` checks the two agree).
///
/// ```swift
/// let rows = StageRows(article)
/// rows.events.first?.sourceCode  // "KAZGOV"
/// ```
public struct StageRows: Sendable, Hashable {
  /// An entity of the story: `e1`, its type, name and linked codes.
  public struct Entity: Sendable, Hashable {
    public var entity: String
    public var type: String
    public var name: String
    public var code: String?
    public var country: String?
    public var wikidata: String?
  }

  /// One mention of an entity; `n` counts the entity's mentions from 0.
  public struct Mention: Sendable, Hashable {
    public var entity: String
    public var n: Int
    public var start: Int
    public var end: Int
    public var text: String
  }

  /// A TIMEX3 time expression; `n` is its index in the article's `times`.
  public struct Time: Sendable, Hashable {
    public var n: Int
    public var start: Int
    public var end: Int
    public var type: String
    public var value: String
    public var mod: String?
  }

  /// A quote; `n` is its index in the article's `quotes`, `speaker` the speaker's entity id.
  public struct Quote: Sendable, Hashable {
    public var n: Int
    public var start: Int
    public var end: Int
    public var kind: String
    public var speaker: String?
    public var speakerName: String?
    public var cue: String?
    public var channel: String?
  }

  /// A coded event; `n` is its index in the article's `events`; `start`/`end` its evidence.
  public struct Event: Sendable, Hashable {
    public var n: Int
    public var code: String
    public var root: String
    public var quadClass: Int?
    public var goldstein: Double?
    public var sourceName: String
    public var sourceCode: String
    public var sourceEntity: String?
    public var targetName: String?
    public var targetCode: String?
    public var targetEntity: String?
    public var date: String?
    public var location: String?
    public var sentence: Int
    public var start: Int
    public var end: Int
  }

  public var entities: [Entity] = []
  public var mentions: [Mention] = []
  public var times: [Time] = []
  public var quotes: [Quote] = []
  public var events: [Event] = []

  public init() {}

  /// The rows of an analysed article.
  public init(_ article: Article) {
    for entity in article.entities {
      entities.append(
        Entity(
          entity: entity.id, type: entity.kind.rawValue, name: entity.name, code: entity.code,
          country: entity.country, wikidata: entity.wikidata))
      for (n, mention) in entity.mentions.enumerated() {
        mentions.append(
          Mention(
            entity: entity.id, n: n, start: mention.range.start, end: mention.range.end, text: mention.text))
      }
    }
    times = article.times.enumerated().map { n, time in
      Time(
        n: n, start: time.range.start, end: time.range.end, type: time.type.rawValue, value: time.value,
        mod: time.mod)
    }
    quotes = article.quotes.enumerated().map { n, quote in
      Quote(
        n: n, start: quote.range.start, end: quote.range.end, kind: quote.kind.rawValue,
        speaker: quote.speaker,
        speakerName: quote.speakerName, cue: quote.cue, channel: quote.channel)
    }
    events = article.events.enumerated().map { n, event in
      Event(
        n: n, code: event.code, root: event.root, quadClass: event.quadClass, goldstein: event.goldstein,
        sourceName: event.source.name, sourceCode: event.source.code, sourceEntity: event.source.entity,
        targetName: event.target?.name, targetCode: event.target?.code, targetEntity: event.target?.entity,
        date: event.date, location: event.location, sentence: event.sentence, start: event.start,
        end: event.end)
    }
  }

  /// How many rows in all.
  public var count: Int { entities.count + mentions.count + times.count + quotes.count + events.count }
}
