/// Reads a speaker label opening a paragraph: `Kasich: ‘We will go all the way.’`,
/// `Q: How did things go?`, `JAKE TAPPER: Take a listen.`
///
/// The label is a short name (one to six words, initials and a bracketed note allowed) before a
/// colon; the colon is the cue and the rest of the paragraph the content.
enum SpeakerLabels {
  static let maximumLength = 6

  /// Labels that introduce no speaker.
  static let notSpeakers = CueLexicon.hashes([
    "note", "update", "updated", "photo", "photos", "video", "related", "watch", "source", "sources",
    "caption",
    "correction", "editor", "editors", "read", "more", "see", "also", "warning", "breaking", "live",
    "opinion",
    "analysis", "exclusive", "listen", "transcript", "subscribe", "email", "contact", "follow", "tags",
    "topics",
    "by", "posted", "advertisement", "image", "credit", "getty", "file", "previously", "background",
    "disclosure",
    "latest", "the", "a", "an", "here", "what", "why", "how", "who", "when", "where", "chart", "map",
    "graphic",
    "timeline", "quiz", "recap", "review", "explainer", "factbox", "fact", "check",
  ])

  static func attributions(_ text: QuoteText, used: [Bool]) -> [Attribution] {
    var results: [Attribution] = []
    for paragraph in text.paragraphs where paragraph.count > 2 {
      let p0 = paragraph.lowerBound
      var c = p0
      var depth = 0
      var named = false
      while c < paragraph.upperBound, c - p0 <= maximumLength + 4 {
        let token = text.tokens[c]
        if text.isPunctuation(c, 0x3A), depth == 0 { break }
        if token.kind == .quote, text.isBracket(c) {
          depth += text.firstByte(c) == 0x28 || text.firstByte(c) == 0x5B ? 1 : -1
        } else if depth == 0 {
          guard token.kind == .word, text.isCapitalized(c), !notSpeakers.contains(text.hash(c)),
            CueLexicon.entry(text.hash(c)) == nil
          else {
            c = paragraph.upperBound
            break
          }
          named = true
        }
        c += 1
      }
      guard named, c < paragraph.upperBound, text.isPunctuation(c, 0x3A), c - p0 <= maximumLength + 4,
        !(p0...c).contains(where: { used[$0] })
      else { continue }
      let start = c + 1
      let end = text.contentEnd(paragraph.upperBound, from: start)
      guard end - start >= 2, !(start..<end).contains(where: { used[$0] }) else { continue }
      var kind: Quote.Kind = text.holdsQuoteMark(start..<end) ? .mixed : .indirect
      if text.tokens[start].kind == .quote, QuoteMarks.mark(text, start).0 == .open,
        text.tokens[end - 1].kind == .quote || text.tokens[paragraph.upperBound - 1].kind == .quote
      {
        kind = .direct
      }
      results.append(Attribution(parts: [start..<end], kind: kind, source: p0..<c, cue: c..<(c + 1)))
    }
    return results
  }
}
