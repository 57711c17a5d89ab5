/// Ties the stages together once each has run: quote speakers and event actors to the story's
/// entities, events to the dates and places their sentences name.
extension Pipeline {
  func link(_ article: inout Article) {
    let mentions = article.entities.flatMap { entity in
      entity.mentions.map { (range: $0.range, id: entity.id) }
    }
    // Nationalities and other names do not speak: "the Kazakh leader" is not "Kazakh".
    let speakers = article.entities.filter { [.person, .organization, .geopolitical].contains($0.kind) }
      .flatMap { entity in entity.mentions.map { (range: $0.range, id: entity.id) } }
    SpeakerResolution.assign(&article.quotes, mentions: speakers)
    guard !article.events.isEmpty else { return }
    let scalars = Array(article.text.unicodeScalars)
    for index in article.events.indices {
      var event = article.events[index]
      Self.link(&event.source, entities: article.entities, mentions: mentions)
      if var target = event.target {
        Self.link(&target, entities: article.entities, mentions: mentions)
        event.target = target
      }
      if article.sentences.indices.contains(event.sentence) {
        let sentence = article.sentences[event.sentence]
        if let day = Self.date(in: sentence, times: article.times) { event.date = day }
        event.location = Self.place(in: sentence, entities: article.entities, scalars: scalars)
      }
      event.location = event.location ?? article.dateline?.place
      article.events[index] = event
    }
  }

  /// CAMEO role codes an actor has when the dictionaries found only its role (`President` → GOV).
  static let roleCodes: Set<String> = [
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "MED", "CVL", "EDU", "REF", "BUS", "SPY",
  ]

  /// Ties an actor to the entity its words mention. An actor the coder knew only by its role takes
  /// its country from the story: the leader named right after it (`President Kassym-Jomart Tokayev`
  /// → KAZGOV) or the country or nationality right before it (`Kazakh President` → KAZGOV).
  static func link(
    _ actor: inout ArticleEvent.Actor, entities: [Entity], mentions: [(range: TextRange, id: String)]
  ) {
    actor.entity = entity(covering: actor.range, in: mentions)
    guard let range = actor.range, roleCodes.contains(actor.code) else { return }
    for entity in entities where entity.kind == .person {
      guard let code = entity.code else { continue }
      if entity.mentions.contains(where: { $0.range.start > range.end && $0.range.start <= range.end + 1 }) {
        actor.code = code
        actor.entity = entity.id
        return
      }
    }
    for entity in entities where entity.kind == .geopolitical || entity.kind == .nationality {
      guard let code = entity.code, code.utf8.count == 3 else { continue }
      if entity.mentions.contains(where: { $0.range.end < range.start && $0.range.end + 3 >= range.start }) {
        actor.code = code + actor.code
        return
      }
    }
  }

  /// The entity whose mention overlaps `range` most.
  static func entity(covering range: TextRange?, in mentions: [(range: TextRange, id: String)]) -> String? {
    guard let range else { return nil }
    var best: (overlap: Int, id: String)?
    for mention in mentions {
      let overlap = min(mention.range.end, range.end) - max(mention.range.start, range.start)
      if overlap > 0, overlap > best?.overlap ?? 0 { best = (overlap, mention.id) }
    }
    return best?.id
  }

  /// The value of the first DATE in the sentence that names a day, month or year (`2022-01-02`),
  /// not a vague reference (`PAST_REF`) or an unanchored one (`XXXX-01-02`).
  static func date(in sentence: TextRange, times: [TimeExpression]) -> String? {
    times.first { time in
      time.type == .date && time.range.start >= sentence.start && time.range.end <= sentence.end
        && time.value.utf8.first.map { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } == true
    }?.value
  }

  /// A place the sentence puts the event in: a country, city or region mention right after
  /// `in`, `at` or `near`.
  static func place(in sentence: TextRange, entities: [Entity], scalars: [Unicode.Scalar]) -> String? {
    var best: (start: Int, name: String)?
    for entity in entities where entity.kind == .geopolitical || entity.kind == .location {
      for mention in entity.mentions
      where mention.range.start >= sentence.start && mention.range.end <= sentence.end {
        guard Self.follows(["in", "at", "near"], before: mention.range.start, in: scalars) else { continue }
        if best == nil || mention.range.start < best!.start { best = (mention.range.start, entity.name) }
      }
    }
    return best?.name
  }

  /// Whether one of `words` (lower case) stands just before offset `start`.
  static func follows(_ words: [String], before start: Int, in scalars: [Unicode.Scalar]) -> Bool {
    var end = start
    while end > 0, scalars[end - 1] == " " { end -= 1 }
    var begin = end
    while begin > 0, scalars[begin - 1].properties.isAlphabetic { begin -= 1 }
    guard begin < end, end - begin <= 4 else { return false }
    let word = String(String.UnicodeScalarView(scalars[begin..<end])).lowercased()
    return words.contains(word)
  }
}
