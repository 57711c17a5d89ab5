/// Finds who said a quote in quote marks: the speaker and cue after, before or inside it.
///
/// - After: `“…,” said Aminata Diop, a 24-year-old student.` / `“…,” she said on Monday.` /
///   `“…,” Diop, a student, told Reuters.`
/// - Before: `The ministry said in a statement: “…”` / `He told reporters, “…”`
/// - Inside: `“…,” he said. “…”` — the second part joins the first (see ``QuoteExtractor``).
enum DirectAttribution {
  static func attribute(_ text: QuoteText, _ span: QuoteMarks.Span) -> Attribution? {
    let content = span.open..<(span.close + 1)
    if isTitle(text, span) { return nil }
    if span.closed, let found = after(text, span, content) { return found }
    return before(text, span, content)
  }

  private static func after(_ text: QuoteText, _ span: QuoteMarks.Span, _ content: Range<Int>) -> Attribution?
  {
    let paragraph = text.paragraph(of: span.close)
    let limit = paragraph.upperBound
    var a = span.close + 1
    if a < limit, text.isPunctuation(a, 0x2C) { a += 1 }
    guard a < limit else { return nil }
    // A quote ending its sentence is followed by a new one, not by its speaker, unless the
    // next word is lower case (`“Why?” he asked.`).
    if text.tokens[span.close - 1].kind == .terminal, text.isCapitalized(a),
      !(text.isWord(a) && SpeakerPhrase.pronouns.contains(text.hash(a)))
    {
      if text.cue(at: a, limit: limit) == nil, !looksLikeSpeakerThenCue(text, a, limit) { return nil }
    }
    // `said X` / `according to X`
    if let (cueRange, entry) = text.cue(at: a, limit: limit), entry?.form != .gerund {
      var found = Channels.Found()
      var i = Channels.read(text, from: cueRange.upperBound, limit: limit, tells: false, into: &found)
      guard var speaker = SpeakerPhrase.forward(text, from: i, to: limit) else { return nil }
      i = Channels.read(
        text, from: speaker.upperBound, limit: limit, tells: entry?.class == .tell, into: &found)
      var name: Range<Int>?
      if i < limit, text.isPunctuation(i, 0x2C) {
        // `said Aminata Diop, a 24-year-old student.`: the speaker span keeps the apposition
        // (as PolNeAR marks it), the name does not.
        var e = i + 1
        while e < limit, text.tokens[e].kind != .terminal,
          !(text.tokens[e].kind == .quote && !text.isBracket(e))
        { e += 1 }
        if e < limit, text.tokens[e].kind == .terminal, e - i <= 25 {
          name = speaker
          speaker = speaker.lowerBound..<e
        }
      }
      return Attribution(
        parts: [content], kind: .direct, source: speaker, name: name, cue: cueRange, found: found)
    }
    // `X said` / `X, a student, said`
    guard let speaker = SpeakerPhrase.forward(text, from: a, to: limit) else { return nil }
    var j = speaker.upperBound
    if j < limit, text.isPunctuation(j, 0x2C) {
      // An apposition up to the next comma.
      var m = j + 1
      while m < limit, m - j < 14, !text.isPunctuation(m, 0x2C), text.tokens[m].kind != .terminal,
        text.tokens[m].kind != .quote || text.isBracket(m)
      {
        m += 1
      }
      guard m < limit, text.isPunctuation(m, 0x2C) else { return nil }
      j = m + 1
    }
    var found = Channels.Found()
    j = text.skipAuxiliaries(from: j, limit: limit)
    if let end = Channels.date(text, at: j, limit: limit) {
      found.date = j..<end
      j = text.skipAuxiliaries(from: end, limit: limit)
    }
    guard let (cueRange, entry) = text.cue(at: j, limit: limit), entry?.form != .gerund else { return nil }
    _ = Channels.read(
      text, from: cueRange.upperBound, limit: limit, tells: entry?.class == .tell, into: &found)
    return Attribution(parts: [content], kind: .direct, source: speaker, cue: cueRange, found: found)
  }

  /// The subject opening a sentence, after a quote that opens it (`“…,” he said`) and
  /// conjunctions.
  static func subject(_ text: QuoteText, from start: Int, to end: Int) -> Range<Int>? {
    var k = start
    if k < end, text.tokens[k].kind == .quote, QuoteMarks.mark(text, k).0 != .none {
      k += 1
      while k < end, !(text.tokens[k].kind == .quote && QuoteMarks.mark(text, k).0 == .close) { k += 1 }
      k += 1
      if k < end, text.isPunctuation(k, 0x2C) { k += 1 }
    }
    while k < end, text.isWord(k), SpeakerPhrase.isOpener(text.hash(k)) { k += 1 }
    return SpeakerPhrase.forward(text, from: k, to: end)
  }

  /// `on ABC's “This Week,”`: a short quoted span after a word, whose words are all capitalised,
  /// is a title.
  static func isTitle(_ text: QuoteText, _ span: QuoteMarks.Span) -> Bool {
    // Titles stand inside a sentence, after a word (`ABC's “This Week”`); `“Really,” she said` does not.
    guard span.open > text.paragraph(of: span.open).lowerBound, text.isWord(span.open - 1) else {
      return false
    }
    var words = 0
    for k in span.inner {
      let token = text.tokens[k]
      if token.kind == .terminal { return false }
      guard token.kind == .word else { continue }
      words += 1
      if !text.isCapitalized(k), !SpeakerPhrase.joiners.contains(text.hash(k)),
        !SpeakerPhrase.determiners.contains(text.hash(k)), !titleWords.contains(text.hash(k))
      {
        return false
      }
    }
    return words > 0 && words <= 6
  }

  private static let titleWords = CueLexicon.hashes([
    "the", "a", "an", "of", "and", "in", "on", "to", "for", "with", "'s",
  ])

  private static func looksLikeSpeakerThenCue(_ text: QuoteText, _ a: Int, _ limit: Int) -> Bool {
    guard let speaker = SpeakerPhrase.forward(text, from: a, to: limit) else { return false }
    let j = text.skipAuxiliaries(from: speaker.upperBound, limit: limit)
    guard let (_, entry) = text.cue(at: j, limit: limit), let entry else { return false }
    // `“…” Trump said (on Twitter).`: the cue must end its sentence there.
    var found = Channels.Found()
    let i = Channels.read(text, from: j + 1, limit: limit, tells: false, into: &found)
    return entry.form != .gerund && i < limit && text.tokens[i].kind == .terminal
  }

  private static func before(_ text: QuoteText, _ span: QuoteMarks.Span, _ content: Range<Int>)
    -> Attribution?
  {
    let sentence = text.sentence(of: span.open)
    let paragraph = text.paragraph(of: span.open)
    let floor = max(sentence.lowerBound, paragraph.lowerBound)
    var b = span.open - 1
    guard b >= floor else { return nil }
    if text.isPunctuation(b, 0x3A) || text.isPunctuation(b, 0x2C) { b -= 1 }
    // The nearest cue whose addressee, channel and date phrases reach the quote.
    var c = b
    while c >= floor, b - c <= 10 {
      if text.tokens[c].kind == .terminal || text.tokens[c].kind == .quote && !text.isBracket(c) {
        return nil
      }
      if c == floor, let (cueRange, entry) = text.cue(at: c, limit: b + 1), entry?.form != .gerund,
        let speaker = SpeakerPhrase.forward(text, from: cueRange.upperBound, to: b + 1),
        speaker.upperBound == b + 1
      {
        // `Said Comey, “…”`, `Continued Stone: “…”`
        return Attribution(parts: [content], kind: .direct, source: speaker, cue: cueRange)
      }
      if let (cueRange, entry) = text.cue(at: c, limit: b + 1), entry?.form == .gerund {
        // `…, he said, adding, “…”`: the sentence's subject speaks.
        var found = Channels.Found()
        let reached = Channels.read(
          text, from: cueRange.upperBound, limit: b + 1, tells: entry?.class == .tell, into: &found)
        guard reached == b + 1, c - 1 > floor, text.isPunctuation(c - 1, 0x2C),
          let speaker = subject(text, from: floor, to: c - 1)
        else { return nil }
        return Attribution(parts: [content], kind: .direct, source: speaker, cue: cueRange, found: found)
      }
      if let (cueRange, entry) = text.cue(at: c, limit: b + 1), entry?.form != .gerund {
        var found = Channels.Found()
        let reached = Channels.read(
          text, from: cueRange.upperBound, limit: b + 1, tells: entry?.class == .tell, into: &found)
        guard reached == b + 1 else { return nil }
        if cueRange.count == 2, text.hash(c) == CueLexicon.hash("according") {
          guard let speaker = SpeakerPhrase.forward(text, from: cueRange.upperBound, to: b + 1) else {
            return nil
          }
          return Attribution(parts: [content], kind: .direct, source: speaker, cue: cueRange, found: found)
        }
        var s = text.skipAuxiliaries(backFrom: c - 1, limit: floor)
        if s >= floor, let end = Channels.date(text, at: max(s - 1, floor), limit: c), end == s + 1 {
          found.date = max(s - 1, floor)..<end
          s = text.skipAuxiliaries(backFrom: max(s - 2, floor - 1), limit: floor)
        }
        guard let speaker = SpeakerPhrase.backward(text, before: s + 1, from: floor) else { return nil }
        return Attribution(parts: [content], kind: .direct, source: speaker, cue: cueRange, found: found)
      }
      c -= 1
    }
    return nil
  }
}
