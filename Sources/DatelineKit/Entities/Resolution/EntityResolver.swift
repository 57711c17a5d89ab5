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
        let roles =
          Self.roles(before: mention, finder: finder, titles: lexicon.titles)
          + Self.roles(after: mention, finder: finder, titles: lexicon.titles)
        for role in roles where !entities[index].roles.contains(role) {
          entities[index].roles.append(role)
        }
      }
    }
    attachReferences(&entities, anchors: anchors, finder: finder)
    return entities.map { link($0, on: date) }
  }

  /// Takes titles out of names the tagger ran together: "European Council President" → "European
  /// Council" (the title becomes a role of the person after it), and "European Council President
  /// Charles" + "Michel" → "European Council" and the person "Charles Michel".
  func trimmingTitles(_ found: [MentionFinder.Found], _ finder: MentionFinder) -> [MentionFinder.Found] {
    var out: [MentionFinder.Found] = []
    func isTitle(_ k: Int) -> Bool { lexicon.titles.contains(finder.word(k).lowercased()) }
    func mention(_ tokens: Range<Int>, _ type: MentionType, _ sentence: Int) -> MentionFinder.Found {
      let (range, text) = finder.span(tokens)
      return MentionFinder.Found(type: type, tokens: tokens, range: range, text: text, sentence: sentence)
    }
    var k = 0
    while k < found.count {
      let m = found[k]
      k += 1
      guard m.type == .organization || m.type == .miscellaneous, m.tokens.count >= 2,
        let title = m.tokens.dropFirst().first(where: isTitle)
      else {
        out.append(m)
        continue
      }
      out.append(mention(m.tokens.lowerBound..<title, m.type, m.sentence))
      var end = title
      while end < m.tokens.upperBound, isTitle(end) { end += 1 }
      guard end < m.tokens.upperBound else { continue }
      // The rest is a person's name, with the person mention that follows it, if adjacent.
      var person = end..<m.tokens.upperBound
      if k < found.count, found[k].type == .person, found[k].tokens.lowerBound == person.upperBound {
        person = person.lowerBound..<found[k].tokens.upperBound
        k += 1
      } else {
        // A surname the tagger left out ("… President Charles" "Michel").
        var extra = 0
        while extra < 2, person.upperBound < finder.tokens.count,
          finder.tokenSentence[person.upperBound] == m.sentence,
          finder.tokens[person.upperBound].kind == .word,
          finder.word(person.upperBound).first?.isUppercase == true,
          k >= found.count || found[k].tokens.lowerBound > person.upperBound
        {
          person = person.lowerBound..<person.upperBound + 1
          extra += 1
        }
      }
      out.append(mention(person, .person, m.sentence))
    }
    return out
  }

  /// GPE for places the lexicon knows, NORP for demonyms, else the tagger's type.
  func kind(of mention: MentionFinder.Found) -> Entity.Kind {
    switch mention.type {
    case .person: return .person
    case .organization: return .organization
    case .location: return places.place(named: mention.text) == nil ? .location : .geopolitical
    case .miscellaneous:
      return lexicon.demonyms[mention.text.lowercased()] == nil ? .miscellaneous : .nationality
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
    let words = name.split(whereSeparator: { $0 == " " || $0 == "-" }).filter {
      $0.first?.isUppercase == true
    }
    guard words.count >= 3 else { return nil }
    return String(words.compactMap(\.first)).lowercased()
  }

  /// Titles that name a role by another person's: "his Turkish counterpart" is the office the
  /// referent of "his" holds, in Turkey.
  static let relativeTitles: Set<String> = ["counterpart", "counterparts"]

  /// Whether a folded word is a title: "president", "vice-president", "counterpart".
  static func isTitle(_ folded: String, _ titles: Set<String>) -> Bool {
    titles.contains(folded) || relativeTitles.contains(folded)
      || titles.contains(String(folded.split(separator: "-").last ?? ""))
  }

  /// Titles right before a person's name in the same sentence: "Kazakh President", "European
  /// Council President", "Foreign Minister", "his Turkish counterpart, …". The word next to the
  /// name must be a title.
  static func roles(before mention: MentionFinder.Found, finder: MentionFinder, titles: Set<String>)
    -> [String]
  {
    // "his Turkish counterpart, Recep Tayyip Erdogan": a relative title may stand before a comma.
    var next = mention.tokens.lowerBound
    if next >= 2, finder.word(next - 1) == ",", finder.tokenSentence[next - 2] == mention.sentence,
      relativeTitles.contains(finder.word(next - 2).lowercased())
    {
      next -= 1
    }
    var k = next - 1
    var first = next
    let stops: Set<String> = [
      "the", "a", "an", "his", "her", "its", "their", "said", "says", "by", "and", "of",
    ]
    while k >= 0, finder.tokenSentence[k] == mention.sentence, next - k <= 5 {
      let word = finder.word(k)
      let folded = word.lowercased()
      guard finder.tokens[k].kind == .word, !stops.contains(folded) else { break }
      let isTitle = Self.isTitle(folded, titles)
      guard isTitle || word.first?.isUppercase == true else { break }
      if first == next, !isTitle { return [] }
      // Only a relative title stands before a comma.
      if next < mention.tokens.lowerBound, first == next, !relativeTitles.contains(folded) { return [] }
      first = k
      k -= 1
    }
    guard first < next else { return [] }
    let start = Int(finder.tokens[first].start)
    let end = Int(finder.tokens[next - 1].end)
    return [String(decoding: finder.bytes[start..<end], as: UTF8.self)]
  }

  /// A title in apposition after a person's name: "Nikol Pashinyan, the Armenian prime minister,"
  /// or "Charles Michel, president of the European Council,". The phrase must end at a comma or
  /// the end of the sentence.
  static func roles(after mention: MentionFinder.Found, finder: MentionFinder, titles: Set<String>)
    -> [String]
  {
    var k = mention.tokens.upperBound
    let n = finder.tokens.count
    guard k + 1 < n, finder.word(k) == ",", finder.tokenSentence[k + 1] == mention.sentence else { return [] }
    k += 1
    if ["the", "a", "an", "his", "her", "their"].contains(finder.word(k).lowercased()) { k += 1 }
    let first = k
    var titleEnd = -1
    while k < n, k - first < 6, finder.tokenSentence[k] == mention.sentence, finder.tokens[k].kind == .word {
      let folded = finder.word(k).lowercased()
      if Self.isTitle(folded, titles) {
        titleEnd = k + 1
        // "president of the European Council"
        if k + 1 < n, finder.word(k + 1) == "of" {
          var j = k + 2
          if j < n, finder.word(j).lowercased() == "the" { j += 1 }
          while j < n, finder.tokenSentence[j] == mention.sentence, finder.word(j).first?.isUppercase == true
          { j += 1 }
          if j > k + 2 { titleEnd = j }
        }
        break
      }
      guard !["who", "which", "said", "says", "and", "was", "is", "has", "had"].contains(folded) else {
        return []
      }
      k += 1
    }
    guard titleEnd > first else { return [] }
    let closes =
      titleEnd == n || finder.tokenSentence[titleEnd] != mention.sentence || finder.word(titleEnd) == ","
      || finder.tokens[titleEnd].kind == .terminal
    guard closes else { return [] }
    let start = Int(finder.tokens[first].start)
    let end = Int(finder.tokens[titleEnd - 1].end)
    return [String(decoding: finder.bytes[start..<end], as: UTF8.self)]
  }
}
