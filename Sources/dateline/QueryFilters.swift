import ArgumentParser
import DatelineStore
import Foundation

/// The filters `query` and `export` share.
struct QueryFilters: ParsableArguments {
  @Argument(help: "Words that must all occur in the headline or text.")
  var words: [String] = []

  @Option(
    help:
      "The source an article is counted under: its agency, else its outlet, else its URL host (case-insensitive)."
  )
  var source: String?

  @Option(help: "The dateline's country.")
  var country: String?

  @Option(help: "The first publication day included (YYYY-MM-DD).")
  var from: String?

  @Option(help: "The last publication day included (YYYY-MM-DD).")
  var to: String?

  @Option(help: "Only the articles of this story cluster.")
  var cluster: String?

  @Option(help: "ARRAY.FIELD=VALUE: an element of a JSON array of the article has this field (repeatable).")
  var has: [String] = []

  @Option(help: "An entity the article names: an entity's name or a mention's text (case-insensitive).")
  var entity: String?

  @Option(
    help: ArgumentHelp(
      "A CAMEO actor code, matching the codes it starts (KAZ finds KAZGOV): an event's source or target; given twice, an event between the two.",
      valueName: "CODE"))
  var actor: [String] = []

  @Option(
    help: ArgumentHelp(
      "A CAMEO event code, matching the codes it starts; two digits: a root.", valueName: "CODE"))
  var eventCode: String?

  @Option(
    help: "A quote's speaker: its name, or a name or mention of the speaker's entity (case-insensitive).")
  var speaker: String?

  func query() throws -> ArticleQuery {
    var matches: [ArticleQuery.ArrayMatch] = []
    for text in has {
      guard let match = ArticleQuery.ArrayMatch(text) else {
        throw ValidationError("--has: expected ARRAY.FIELD=VALUE, got \(text)")
      }
      matches.append(match)
    }
    for (name, value) in [("--from", from), ("--to", to)] {
      if let value, !Self.isDay(value) { throw ValidationError("\(name): expected YYYY-MM-DD, got \(value)") }
    }
    if actor.count > 2 { throw ValidationError("--actor: give one code, or two for the events between them") }
    for code in actor + (eventCode.map { [$0] } ?? []) where code.isEmpty || !code.allSatisfy(\.isASCII) {
      throw ValidationError("--actor, --event-code: expected a CAMEO code, got \(code)")
    }
    var query = ArticleQuery(
      text: words.isEmpty ? nil : words.joined(separator: " "), source: source, country: country, from: from,
      to: to,
      cluster: cluster, matches: matches)
    query.entity = entity
    query.actors = actor
    query.eventCode = eventCode
    query.speaker = speaker
    return query
  }

  static func isDay(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
      return false
    }
    return bytes.enumerated().allSatisfy {
      $0.offset == 4 || $0.offset == 7 || (0x30...0x39).contains($0.element)
    }
  }
}
