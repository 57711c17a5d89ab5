/// Resolves pronoun and nominal speakers to named mentions, and named mentions to entity ids.
///
/// A pronoun (`he said`) resolves to the nearest named speaker or sentence subject before it
/// in its paragraph or the one before, else to the nearest named speaker before it in the story; a nominal (`the
/// ministry said`) to the nearest named speaker before it whose name holds its head word
/// (`the Foreign Ministry`). When the entities stage runs, ``assign(_:mentions:)`` gives each
/// quote the id of the entity mention its speaker reference falls on.
///
/// ```swift
/// SpeakerResolution.assign(&article.quotes, mentions: article.entities.flatMap { e in e.mentions.map { ($0, e.id) } })
/// ```
public enum SpeakerResolution {
  /// Sets `speaker` on each quote to the id of the mention that overlaps its speaker reference
  /// (or speaker span) most.
  public static func assign(_ quotes: inout [Quote], mentions: [(range: TextRange, id: String)]) {
    for index in quotes.indices {
      guard let reference = quotes[index].speakerReference ?? quotes[index].speakerRange else { continue }
      var best = 0
      for mention in mentions {
        let overlap = min(mention.range.end, reference.end) - max(mention.range.start, reference.start)
        if overlap > best {
          best = overlap
          quotes[index].speaker = mention.id
        }
      }
    }
  }

  /// The named mention each attribution's source refers to (token ranges), in order.
  static func references(_ text: QuoteText, _ attributions: [Attribution], quoted: [Bool]) -> [Range<Int>?] {
    // Candidates: named sources, and capitalised runs of two or more words opening a sentence.
    var candidates: [Range<Int>] = []
    for attribution in attributions {
      if let source = attribution.speaker, SpeakerPhrase.isNamed(text, source) { candidates.append(source) }
    }
    let sources = Set(candidates.map(\.lowerBound))
    for sentence in text.sentences {
      var k = sentence.lowerBound
      while k < sentence.upperBound, text.tokens[k].kind == .quote { k += 1 }
      guard k < sentence.upperBound, !quoted[k] else { continue }
      var e = k
      while e < sentence.upperBound, text.isCapitalized(e) || text.hash(e) == apostropheS && e > k { e += 1 }
      // A subject of two capitalised words, or of one that is no function word (`Diop spoke`).
      let h = text.hash(k)
      let single =
        e - k == 1 && !SpeakerPhrase.stops.contains(h) && !SpeakerPhrase.determiners.contains(h)
        && !SpeakerPhrase.pronouns.contains(h) && !SpeakerPhrase.nominals.contains(h)
        && !SpeakerPhrase.auxiliaries.contains(h) && !Channels.weekdays.contains(h)
      if e - k >= 2 || single, !sources.contains(k) { candidates.append(k..<e) }
    }
    candidates.sort { $0.lowerBound < $1.lowerBound }

    return attributions.map { attribution in
      guard let source = attribution.speaker else { return nil }
      if SpeakerPhrase.isNamed(text, source) { return source }
      // The paragraph the attribution starts in (a quote over paragraphs starts early).
      let paragraph = Int(
        min(text.paragraphOf[source.lowerBound], text.paragraphOf[attribution.content.lowerBound]))
      if SpeakerPhrase.isPronoun(text, source) {
        if text.hash(source.lowerBound) == who {
          // `…, who said`: the phrase before the comma.
          var c = source.lowerBound - 1
          if c >= 0, text.isPunctuation(c, 0x2C) { c -= 1 }
          return c >= 0
            ? SpeakerPhrase.backward(
              text, before: c + 1, from: text.sentence(of: source.lowerBound).lowerBound) : nil
        }
        var fallback: Range<Int>?
        let person = personal.contains(text.hash(source.lowerBound))
        for candidate in candidates.reversed() where candidate.upperBound <= source.lowerBound {
          // `he` and `she` skip organisations (`The European Union`, `the Foreign Ministry`).
          if person, candidate.contains(where: { organisations.contains(text.hash($0)) }) { continue }
          if Int(text.paragraphOf[candidate.lowerBound]) >= paragraph - 1 { return candidate }
          if fallback == nil, sources.contains(candidate.lowerBound) { fallback = candidate }
        }
        return fallback
      }
      // A nominal: the nearest named speaker holding its head word.
      let head = text.hash(source.upperBound - 1)
      for candidate in candidates.reversed() where candidate.upperBound <= source.lowerBound {
        guard sources.contains(candidate.lowerBound) else { continue }
        if candidate.contains(where: { text.hash($0) == head }) { return candidate }
      }
      return nil
    }
  }

  private static let who = CueLexicon.hash("who")
  private static let personal = CueLexicon.hashes(["he", "she"])
  private static let organisations = CueLexicon.hashes([
    "the", "union", "ministry", "party", "council", "committee", "department", "government", "company",
    "corp",
    "inc", "agency", "office", "house", "campaign", "commission", "court", "bank", "police", "army",
    "nations",
    "organization", "organisation", "association", "group", "news", "times", "post", "journal", "network",
    "administration", "embassy", "kremlin", "service", "foundation", "institute", "university", "center",
    "centre", "board", "parliament", "congress", "senate", "assembly", "federation", "league", "forces",
  ])
  private static let apostropheS = CueLexicon.hash("'s")
}
