extension EntityResolver {
  /// Where a named mention of an entity sits in the story's tokens.
  struct Anchor {
    var tokens: Range<Int>
    var sentence: Int
    var entity: Int
  }

  /// Personal pronouns that refer to a person.
  static let personPronouns: Set<String> = ["he", "she", "him", "his", "her", "hers", "himself", "herself"]
  /// Heads of definite nominals for organisations, and the name words that license them.
  static let organizationNouns: [String: [String]] = [
    "bloc": [], "alliance": [], "organisation": [], "organization": [], "union": ["union"],
    "ministry": ["ministry"], "company": [], "group": [], "party": ["party"], "agency": ["agency"],
    "council": ["council"], "commission": ["commission"], "bank": ["bank"], "court": ["court"],
  ]
  /// Heads of definite nominals for countries.
  static let countryNouns: Set<String> = ["country", "nation", "republic"]

  /// Attaches pronouns and definite nominals to the entity they most likely refer to:
  /// - `he`, `she`, `his`, `her`… → the last person named in this or the previous sentence;
  /// - `it`, `its` → an organisation named earlier in the same sentence with no other
  ///   organisation or place between ("the European Union said it was watching");
  /// - `the bloc`, `the Russia-led bloc`, `the ministry` → the last organisation named whose name
  ///   holds the noun where the noun asks for it (`ministry`), else the one named most often;
  /// - `the country` → the last country named.
  func attachReferences(_ entities: inout [Entity], anchors: [Anchor], finder: MentionFinder) {
    guard !anchors.isEmpty else { return }
    var next = 0  // anchors before token k: anchors[..<next]
    var k = 0
    while k < finder.tokens.count {
      while next < anchors.count, anchors[next].tokens.upperBound <= k { next += 1 }
      // Skip tokens inside named mentions.
      if next < anchors.count, anchors[next].tokens.contains(k) {
        k = anchors[next].tokens.upperBound
        continue
      }
      let word = finder.word(k).lowercased()
      let sentence = finder.tokenSentence[k]
      // Look back over the last few dozen names only, so long stories stay linear.
      let earlier = anchors[max(0, next - 48)..<next]
      var reference: (entity: Int, tokens: Range<Int>)?
      if Self.personPronouns.contains(word) {
        if let anchor = earlier.last(where: {
          entities[$0.entity].kind == .person && $0.sentence >= sentence - 1
        }) {
          reference = (anchor.entity, k..<k + 1)
        }
      } else if word == "it" || word == "its" {
        if let anchor = earlier.last(where: {
          $0.sentence == sentence && [.organization, .geopolitical].contains(entities[$0.entity].kind)
        }),
          entities[anchor.entity].kind == .organization
        {
          reference = (anchor.entity, k..<k + 1)
        }
      } else if word == "the" {
        // the [Modifier-led | Capitalised]* noun
        var h = k + 1
        while h < finder.tokens.count, h - k <= 3, finder.tokenSentence[h] == sentence {
          let head = finder.word(h).lowercased()
          if let required = Self.organizationNouns[head] {
            let candidates = earlier.filter { anchor in
              let entity = entities[anchor.entity]
              guard entity.kind == .organization else { return false }
              return required.allSatisfy { entity.name.lowercased().contains($0) }
            }
            // A noun the name holds ("the ministry") takes the latest; a generic one ("the bloc")
            // the organisation named most often so far, the latest on a tie.
            var counts: [Int: Int] = [:]
            for anchor in candidates { counts[anchor.entity, default: 0] += 1 }
            let match =
              required.isEmpty
              ? candidates.reversed().max { counts[$0.entity]! < counts[$1.entity]! } : candidates.last
            if let match { reference = (match.entity, k..<h + 1) }
            break
          }
          if Self.countryNouns.contains(head) {
            let match = earlier.last { anchor in
              entities[anchor.entity].kind == .geopolitical
                && places.place(named: entities[anchor.entity].name)?.kind == .country
            }
            if let match { reference = (match.entity, k..<h + 1) }
            break
          }
          guard head.hasSuffix("-led") || head.hasSuffix("-based") || head.hasSuffix("-backed") else { break }
          h += 1
        }
      }
      if let reference {
        let (range, text) = finder.span(reference.tokens)
        entities[reference.entity].mentions.append(Entity.Mention(range: range, text: text))
        k = reference.tokens.upperBound
        continue
      }
      k += 1
    }
    for index in entities.indices { entities[index].mentions.sort { $0.range.start < $1.range.start } }
  }
}
