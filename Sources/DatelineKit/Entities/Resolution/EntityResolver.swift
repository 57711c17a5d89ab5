/// Groups a story's mentions into entities and links them to the lexicons.
///
/// Resolution within the story:
/// - the same name, folded, is the same entity of the same kind;
/// - a person's surname or a shorter name ending the same way refers to the full name seen
///   before ("Kassym-Jomart Tokayev" … "Tokayev");
/// - an acronym refers to the name it follows in brackets or whose initials it spells
///   ("Collective Security Treaty Organization (CSTO)" … "CSTO");
/// - names the lexicon knows as one organisation ("NATO", "North Atlantic Treaty Organisation").
/// Places split into GPE (in the place lexicon) and LOC; demonyms become NORP with their country.
struct EntityResolver {
  var places: PlaceLexicon = .shared
  var lexicon: EntityLexicon = .shared

  /// Entities from the found mentions of one story, dated `date` (for offices held).
  func resolve(_ found: [MentionFinder.Found], finder: MentionFinder, on date: CalendarDate?) -> [Entity] {
    var entities: [Entity] = []
    var keys: [String: Int] = [:]
    var anchors: [Anchor] = []
    for mention in trimmingTitles(found, finder) {
      let kind = kind(of: mention)
      let folded = mention.text.lowercased()
      var target = keys[kind.rawValue + ":" + folded] ?? keys["acronym:" + folded]
      if target == nil, kind == .person {
        let last = folded.split(separator: " ").last.map(String.init) ?? folded
        target = keys["surname:" + last]
      }
      if target == nil, kind == .organization, let org = lexicon.organizations[folded] {
        target = keys["org:" + org.name.lowercased()]
      }
      let index: Int
      if let target {
        index = target
        entities[index].mentions.append(Entity.Mention(range: mention.range, text: mention.text))
        // The fullest name names the entity.
        if mention.text.count > entities[index].name.count, kind == entities[index].kind {
          entities[index].name = mention.text
        }
      } else {
        index = entities.count
        entities.append(
          Entity(
            id: "e\(index + 1)", kind: kind, name: mention.text,
            mentions: [Entity.Mention(range: mention.range, text: mention.text)]))
      }
      keys[kind.rawValue + ":" + folded] = index
      anchors.append(Anchor(tokens: mention.tokens, sentence: mention.sentence, entity: index))
      if kind == .person, let last = folded.split(separator: " ").last, last.count > 1 {
        keys["surname:" + last] = index
      }
      if kind == .organization {
        if let org = lexicon.organizations[folded] { keys["org:" + org.name.lowercased()] = index }
        if let acronym = Self.initials(mention.text) { keys["acronym:" + acronym] = index }
        if let acronym = bracketed(after: mention, finder) { keys["acronym:" + acronym] = index }
      }
      if kind == .person {
        for role in Self.roles(before: mention, finder: finder, titles: lexicon.titles)
        where !entities[index].roles.contains(role) {
          entities[index].roles.append(role)
        }
      }
    }
    attachReferences(&entities, anchors: anchors, finder: finder)
    return entities.map { link($0, on: date) }
  }

  /// Drops titles the tagger took into a name just before a person: "European Council
  /// President" + "Charles Michel" → "European Council" (the title stays a role of the person).
  func trimmingTitles(_ found: [MentionFinder.Found], _ finder: MentionFinder) -> [MentionFinder.Found] {
    var out = found
    for k in out.indices where out[k].type != .person && out[k].tokens.count >= 2 {
      guard k + 1 < out.count, out[k + 1].type == .person, out[k + 1].tokens.lowerBound == out[k].tokens.upperBound
      else { continue }
      var end = out[k].tokens.upperBound
      while end - 1 > out[k].tokens.lowerBound, lexicon.titles.contains(finder.word(end - 1).lowercased()) { end -= 1 }
      guard end < out[k].tokens.upperBound else { continue }
      let start = Int(finder.tokens[out[k].tokens.lowerBound].start)
      let text = String(decoding: finder.bytes[start..<Int(finder.tokens[end - 1].end)], as: UTF8.self)
      out[k].tokens = out[k].tokens.lowerBound..<end
      out[k].range.end = out[k].range.start + text.unicodeScalars.count
      out[k].text = text
    }
    return out
  }

  /// GPE for places the lexicon knows, NORP for demonyms, else the tagger's type.
  func kind(of mention: MentionFinder.Found) -> Entity.Kind {
    switch mention.type {
    case .person: return .person
    case .organization: return .organization
    case .location: return places.place(named: mention.text) == nil ? .location : .geopolitical
    case .miscellaneous: return lexicon.demonyms[mention.text.lowercased()] == nil ? .miscellaneous : .nationality
    }
  }

  /// The folded acronym in brackets right after a mention: `… Organization (CSTO)`.
  private func bracketed(after mention: MentionFinder.Found, _ finder: MentionFinder) -> String? {
    let k = mention.tokens.upperBound
    guard k + 2 < finder.tokens.count, finder.word(k) == "(", finder.word(k + 2) == ")" else { return nil }
    let word = finder.word(k + 1)
    guard word.count >= 2, word.allSatisfy({ $0.isUppercase || $0 == "." }) else { return nil }
    return word.lowercased()
  }

  /// The folded initials of a name of three or more capitalised words ("csto").
  static func initials(_ name: String) -> String? {
    let words = name.split(whereSeparator: { $0 == " " || $0 == "-" }).filter { $0.first?.isUppercase == true }
    guard words.count >= 3 else { return nil }
    return String(words.compactMap(\.first)).lowercased()
  }

  /// Titles right before a person's name in the same sentence: "Kazakh President", "European
  /// Council President", "Foreign Minister". The word next to the name must be a title.
  static func roles(before mention: MentionFinder.Found, finder: MentionFinder, titles: Set<String>) -> [String] {
    var k = mention.tokens.lowerBound - 1
    var first = mention.tokens.lowerBound
    let stops: Set<String> = ["the", "a", "an", "his", "her", "its", "their", "said", "says", "by", "and", "of"]
    while k >= 0, finder.tokenSentence[k] == mention.sentence, mention.tokens.lowerBound - k <= 5 {
      let word = finder.word(k)
      let folded = word.lowercased()
      guard finder.tokens[k].kind == .word, !stops.contains(folded) else { break }
      let isTitle = titles.contains(folded) || titles.contains(String(folded.split(separator: "-").last ?? ""))
      guard isTitle || word.first?.isUppercase == true else { break }
      if first == mention.tokens.lowerBound, !isTitle { return [] }
      first = k
      k -= 1
    }
    guard first < mention.tokens.lowerBound else { return [] }
    let start = Int(finder.tokens[first].start)
    let end = Int(finder.tokens[mention.tokens.lowerBound - 1].end)
    return [String(decoding: finder.bytes[start..<end], as: UTF8.self)]
  }
}
