/// Finds reported speech and attributions without quote marks, sentence by sentence.
///
/// - Speaker, cue, content: `The ministry said (that) talks would resume.`, `He told reporters
///   on Monday that …`, `The EU called on Minsk to release him.`, `She denied any wrongdoing.`
/// - Content, speaker, cue: `Talks will resume, the ministry said on Monday.`
/// - Speaker and cue inside: `The talks, she said, will resume.`
/// - Content, cue, speaker: `Talks will resume, said Maria Zakharova, the ministry's spokeswoman.`
/// - A gerund after the main clause: `He left the talks, saying they had failed.`
/// - `according to`: `According to the ministry, talks will resume.` / `…, according to police.`
///
/// Content keeps a leading `that` and drops the sentence's final period; content with quote
/// marks in it is `mixed`.
enum ReportedSpeech {
  /// Attributions in `sentence`, skipping tokens marked in `used`.
  /// Cues in `quoted` tokens (inside quote marks) are someone else's words and are skipped.
  static func attributions(_ text: QuoteText, in sentence: Range<Int>, used: [Bool], quoted: [Bool])
    -> [Attribution]
  {
    var results: [Attribution] = []
    var k = sentence.lowerBound
    let end = sentence.upperBound
    if let found = survey(text, in: sentence, used: used, quoted: quoted) { return [found] }
    while k < end {
      guard !used[k], !quoted[k], let (cueRange, entry) = text.cue(at: k, limit: end) else {
        k += 1
        continue
      }
      if let found = attribute(text, cue: cueRange, entry: entry, in: sentence, used: used) {
        results.append(found)
        k = max(found.content.upperBound, cueRange.upperBound, found.source?.upperBound ?? 0)
      } else {
        k += 1
      }
    }
    return results
  }

  private static let inWord = CueLexicon.hash("in")
  /// What a sentence-opening `In …,` names when it is the source of the sentence's claim.
  private static let surveys = CueLexicon.hashes([
    "poll", "polls", "survey", "surveys", "study", "studies", "analysis", "report", "census", "data", "tally",
    "count", "estimate", "estimates", "projections", "model",
  ])

  /// `In a poll released Monday, 50 percent of voters chose Mendes.`: the poll is the source, `In`
  /// the cue, the clause after the comma the content (unless a cue of its own is in it).
  private static func survey(_ text: QuoteText, in sentence: Range<Int>, used: [Bool], quoted: [Bool])
    -> Attribution?
  {
    let start = sentence.lowerBound
    let end = sentence.upperBound
    guard end - start >= 6, text.isWord(start), text.hash(start) == inWord, !used[start], !quoted[start]
    else {
      return nil
    }
    var comma = start + 1
    var named = false
    while comma < min(end, start + 16), !text.isPunctuation(comma, 0x2C) {
      if text.tokens[comma].kind == .terminal || text.tokens[comma].kind == .quote { return nil }
      if text.isWord(comma), surveys.contains(text.hash(comma)) { named = true }
      comma += 1
    }
    guard named, comma < end, text.isPunctuation(comma, 0x2C) else { return nil }
    let c = comma + 1
    let e = text.contentEnd(end, from: c)
    guard e - c >= 3, !(start..<e).contains(where: { used[$0] || quoted[$0] }),
      !(c..<e).contains(where: { text.cue(at: $0, limit: e) != nil })
    else { return nil }
    return Attribution(parts: [c..<e], kind: .indirect, source: (start + 1)..<comma, cue: start..<(start + 1))
  }

  /// `…, said Maria Zakharova, the ministry's spokeswoman.`: a cue, a speaker, and the end.
  private static func invertsAtEnd(_ text: QuoteText, cue: Range<Int>, end: Int) -> Bool {
    guard let speaker = SpeakerPhrase.forward(text, from: cue.upperBound, to: end) else { return false }
    var found = Channels.Found()
    let i = Channels.read(text, from: speaker.upperBound, limit: end, tells: false, into: &found)
    return i >= end || text.tokens[i].kind == .terminal || text.isPunctuation(i, 0x2C)
  }

  private static let that = CueLexicon.hash("that")
  /// Words no reported content starts with (`… than there were`, `… and other fortifications`).
  private static let badOpeners = CueLexicon.hashes([
    "than", "and", "or", "nor", "but", "are", "is", "was", "were", "be", "been", "'s", "each", "yet", "so",
  ])
  private static let asked = CueLexicon.hash("asked")
  private static let questions = CueLexicon.hashes([
    "whether", "how", "if", "what", "why", "when", "who", "where",
  ])
  /// Words that open an aside after a comma.
  private static let asides = CueLexicon.hashes([
    "where", "which", "while", "whereas", "although", "though", "as", "even", "including", "despite", "amid",
    "according", "and", "but", "who", "with", "when", "he", "she", "it", "they", "said",
  ])
  private static let conjunctions = CueLexicon.hashes(["and", "but"])
  private static let subordinators = CueLexicon.hashes([
    "when", "if", "as", "after", "before", "while", "because", "although", "though", "since", "once", "until",
  ])
  static let relatives = CueLexicon.hashes([
    "who", "whose", "which", "whom", "still", "for", "however", "meanwhile", "too", "though", "in", "like",
    "also",
  ])

  /// `Similarly`, `For now`, `Earlier Tuesday`, `In May`, `But almost immediately after she did`.
  static func isAdverbial(_ text: QuoteText, _ range: Range<Int>) -> Bool {
    guard let first = range.first, text.isWord(first) else { return false }
    let h = text.hash(first)
    if SpeakerPhrase.stops.contains(h) || SpeakerPhrase.auxiliaries.contains(h)
      || Channels.weekdays.contains(h)
    {
      return true
    }
    let token = text.tokens[first]
    let e = Int(token.end)
    // One word in -ly (`Similarly`, `Separately`).
    return range.count == 1 && token.end - token.start > 3 && text.bytes[e - 2] == 0x6C
      && text.bytes[e - 1] == 0x79
  }

  /// A lower-case word ending in `-ing` or `-ed` (`speaking`, `referring`, `excoriated`).
  static func isParticiple(_ text: QuoteText, _ k: Int) -> Bool {
    let token = text.tokens[k]
    guard !text.isCapitalized(k), token.end - token.start > 4 else { return false }
    let e = Int(token.end)
    let b = text.bytes
    return (b[e - 3] == 0x69 && b[e - 2] == 0x6E && b[e - 1] == 0x67)
      || (b[e - 2] == 0x65 && b[e - 1] == 0x64)
  }
  private static let prepositions = CueLexicon.hashes([
    "to", "on", "at", "in", "of", "for", "with", "from", "by", "after", "over", "up", "down", "out", "into",
    "off",
    "about", "as", "before", "during", "since", "until", "through", "against", "toward", "towards", "under",
  ])
  private static let according = CueLexicon.hash("according")
  private static let to = CueLexicon.hash("to")

  /// Words that end a stance verb's object (`endorsed Cruz last week`, `backed her after the debate`).
  private static let objectEnds = CueLexicon.hashes([
    "last", "this", "on", "in", "at", "during", "after", "before", "because", "while", "when", "since",
    "until",
    "as", "and", "but", "saying", "who", "which", "for", "over", "earlier", "today", "yesterday", "up",
  ])

  /// `Christie endorsed Trump last week.`: the content is the object, from the cue to a break (a
  /// comma, a dash, the end, or a word that opens a date or a clause).
  private static func stance(
    _ text: QuoteText, source: Range<Int>, name: Range<Int>?, cue: Range<Int>, end: Int, used: [Bool]
  ) -> Attribution? {
    let i = cue.upperBound
    guard i < end, text.isWord(i) || text.tokens[i].kind == .number, !objectEnds.contains(text.hash(i)),
      !prepositions.contains(text.hash(i)), !badOpeners.contains(text.hash(i))
    else { return nil }
    var e = i
    while e < end {
      let token = text.tokens[e]
      if token.kind == .terminal || token.kind == .quote { break }
      if token.kind == .punctuation,
        text.isPunctuation(e, 0x2C) || text.isPunctuation(e, 0x3B)
          || text.isPunctuation(e, 0x3A) || text.firstByte(e) == 0xE2 || text.isPunctuation(e, 0x28)
      {
        break
      }
      if e > i, text.isWord(e), objectEnds.contains(text.hash(e)) || Channels.weekdays.contains(text.hash(e))
      {
        break
      }
      e += 1
    }
    guard e > i, e - i <= 25, !(i..<e).contains(where: { used[$0] }), !source.contains(where: { used[$0] })
    else { return nil }
    return Attribution(parts: [i..<e], kind: .indirect, source: source, name: name, cue: cue)
  }

  private static func attribute(
    _ text: QuoteText, cue: Range<Int>, entry: CueLexicon.Entry?, in sentence: Range<Int>, used: [Bool]
  ) -> Attribution? {
    let start = sentence.lowerBound
    let end = sentence.upperBound
    func free(_ range: Range<Int>) -> Bool { !range.contains { used[$0] } }
    func kind(_ range: Range<Int>) -> Quote.Kind { text.holdsQuoteMark(range) ? .mixed : .indirect }

    if text.hash(cue.lowerBound) == according {
      guard let source = SpeakerPhrase.forward(text, from: cue.upperBound, to: end) else { return nil }
      if cue.lowerBound == start || (cue.lowerBound == start + 1 && text.isWord(start)) {
        // According to X, content.
        var c = source.upperBound
        if c < end, text.isPunctuation(c, 0x2C) { c += 1 }
        let e = text.contentEnd(end, from: c)
        guard e - c >= 2, free(c..<e) else { return nil }
        return Attribution(parts: [c..<e], kind: kind(c..<e), source: source, cue: cue)
      }
      // Content, according to X.
      let e =
        cue.lowerBound > start && text.isPunctuation(cue.lowerBound - 1, 0x2C)
        ? cue.lowerBound - 1 : cue.lowerBound
      guard e - start >= 2, free(start..<e) else { return nil }
      return Attribution(parts: [start..<e], kind: kind(start..<e), source: source, cue: cue)
    }
    if let entry, entry.form == .gerund {
      // `Subject verb …, saying (that) content.`: the sentence's subject speaks.
      guard cue.lowerBound - 1 > start, text.isPunctuation(cue.lowerBound - 1, 0x2C) else { return nil }
      var subject = start
      while subject < cue.lowerBound, text.isWord(subject), SpeakerPhrase.isOpener(text.hash(subject)) {
        subject += 1
      }
      guard let source = SpeakerPhrase.forward(text, from: subject, to: cue.lowerBound), free(source) else {
        return nil
      }
      var found = Channels.Found()
      var i = Channels.read(text, from: cue.upperBound, limit: end, tells: entry.class == .tell, into: &found)
      if i < end, text.isPunctuation(i, 0x3A) || text.isPunctuation(i, 0x2C) { i += 1 }
      let e = text.contentEnd(end, from: i)
      guard e - i >= 2, free(i..<e), text.tokens[i].kind != .punctuation else { return nil }
      return Attribution(parts: [i..<e], kind: kind(i..<e), source: source, cue: cue, found: found)
    }
    // A base form after `to` is an infinitive (`refused to say`).
    if let entry, entry.form == .base, cue.lowerBound > start, text.hash(cue.lowerBound - 1) == to {
      return nil
    }

    var found = Channels.Found()
    var s = text.skipAuxiliaries(backFrom: cue.lowerBound - 1, limit: start)
    if s - 1 >= start, let dateEnd = Channels.date(text, at: s - 1, limit: cue.lowerBound), dateEnd == s + 1 {
      found.date = (s - 1)..<dateEnd
      s = text.skipAuxiliaries(backFrom: s - 2, limit: start)
    }
    var source = SpeakerPhrase.backward(text, before: s + 1, from: start)
    var name: Range<Int>?
    let tells = entry?.class == .tell
    if source == nil, s > start, text.isPunctuation(s, 0x2C), !invertsAtEnd(text, cue: cue, end: end),
      text.isCapitalized(start) || text.tokens[start].kind == .number
    {
      // `Samantha Phillips, the city's emergency director, said …`: the subject and its
      // apposition, from the sentence's start, with the comma (as PolNeAR marks it).
      // (A period inside brackets, as in `(D-Md.)`, ends nothing.)
      let ends = (start..<s).contains { k in
        text.tokens[k].kind == .terminal && !(text.tokens[k + 1].kind == .quote && text.isBracket(k + 1))
      }
      if !ends, !(start..<s).contains(where: { used[$0] }), s - start <= 30 {
        // `Similarly, William J. Bennett, a Reagan education secretary,`, `Earlier Tuesday, his
        // campaign manager, Jeff Weaver,`: an opening adverbial is no part of the subject.
        var opening = start
        var commas = 0
        for k in start..<s where text.isPunctuation(k, 0x2C) { commas += 1 }
        if commas >= 2, let first = (start..<s).first(where: { text.isPunctuation($0, 0x2C) }),
          first + 1 < s, isAdverbial(text, start..<first)
        {
          opening = first + 1
        }
        let start = opening
        source = start..<(s + 1)
        var comma = start
        while comma < s, !text.isPunctuation(comma, 0x2C) { comma += 1 }
        // `Ralph Nader, still excoriated by Democrats,` / `Obama, whose …,` / `Zimmerman, 32,`:
        // PolNeAR leaves a relative clause, a participle or an age out of the source.
        if comma + 1 < s,
          text.tokens[comma + 1].kind == .number
            || text.isWord(comma + 1)
              && (relatives.contains(text.hash(comma + 1)) || Self.isParticiple(text, comma + 1))
        {
          source = start..<comma
        }
        let first = text.isWord(start) && SpeakerPhrase.stops.contains(text.hash(start)) ? start + 1 : start
        name = first < comma ? first..<comma : nil
      }
    }

    if source == nil, s > start, text.isWord(s), conjunctions.contains(text.hash(s)) {
      // `Wilson praised Rubio and said …`: the sentence's subject said it.
      var subject = start
      while subject < s, text.isWord(subject), SpeakerPhrase.isOpener(text.hash(subject)) {
        subject += 1
      }
      if let phrase = SpeakerPhrase.forward(text, from: subject, to: s), free(phrase) { source = phrase }
    }
    if source == nil, text.hash(cue.lowerBound) == asked {
      // `Asked whether he would run, Reid said …` / `… when asked how she felt`: a question with
      // no speaker named, up to its comma.
      var w = cue.upperBound
      while w < min(cue.upperBound + 5, end), !(text.isWord(w) && questions.contains(text.hash(w))) { w += 1 }
      guard w < end, text.isWord(w), questions.contains(text.hash(w)) else { return nil }
      var c = w + 1
      while c < end, !(text.isPunctuation(c, 0x2C) && !text.quoteOpen(before: c, from: w)) { c += 1 }
      let e = c < end ? c : text.contentEnd(end, from: w)
      guard e - w >= 2, free(w..<e) else { return nil }
      return Attribution(parts: [w..<e], kind: kind(w..<e), source: nil, cue: cue, found: found)
    }
    if entry?.class == .belief || entry?.class == .stance, source == nil { return nil }
    if let source, let entry, entry.class == .stance {
      return stance(text, source: source, name: name, cue: cue, end: end, used: used)
    }
    if let source {
      var i = Channels.read(text, from: cue.upperBound, limit: end, tells: tells, into: &found)
      var atEnd = i >= end || text.tokens[i].kind == .terminal
      if !atEnd, source.lowerBound - 1 > start, text.isPunctuation(source.lowerBound - 1, 0x2C),
        text.isWord(i),
        prepositions.contains(text.hash(i)), end - i <= 8,
        !(i..<end).contains(where: { text.cue(at: $0, limit: end) != nil || text.isPunctuation($0, 0x2C) })
      {
        // `…, Ben Carson said after the attacks.`
        atEnd = true
      }
      if entry?.class == .belief, atEnd || text.isPunctuation(i, 0x2C) { return nil }
      if atEnd {
        // Content, speaker cue.
        let comma = source.lowerBound - 1
        guard comma > start, text.isPunctuation(comma, 0x2C) || text.tokens[comma].kind == .quote else {
          return nil
        }
        var e = comma
        if text.isPunctuation(e, 0x2C) == false { e += 1 }  // ” closes the content
        guard e - start >= 3, free(start..<e) else { return nil }
        return Attribution(
          parts: [start..<e], kind: kind(start..<e), source: source, name: name, cue: cue, found: found)
      }
      if source.lowerBound - 1 > start, text.isPunctuation(source.lowerBound - 1, 0x2C), i + 1 < end,
        text.isPunctuation(i, 0x2C)
      {
        // Content, speaker cue, content: `The talks, she said, will resume.`
        let e = text.contentEnd(end, from: i + 1)
        let first = start..<(source.lowerBound - 1)
        let second = (i + 1)..<e
        guard !second.isEmpty, free(first), free(second) else { return nil }
        if first.count == 1, text.isWord(start), SpeakerPhrase.stops.contains(text.hash(start)) {
          // `But, Carson added, he …`: the conjunction is no content.
          return Attribution(
            parts: [second], kind: kind(second), source: source, name: name, cue: cue, found: found)
        }
        let hull = start..<e
        return Attribution(
          parts: [first, second], kind: kind(hull), source: source, name: name, cue: cue, found: found)
      }
      if text.isPunctuation(i, 0x3A) || text.isPunctuation(i, 0x2C) { i += 1 }
      // `told the local paper, The Perry Chief, that …`: the content starts at `that`.
      var t = i
      while t < min(i + 12, end - 1), !(text.isPunctuation(t, 0x2C) && text.hash(t + 1) == that) { t += 1 }
      if t < min(i + 12, end - 1), !text.holdsQuoteMark(i..<t) { i = t + 1 }
      var e = text.contentEnd(end, from: i)
      // `praised Rubio and said …`: a second cue after `and` starts an attribution of its own.
      var j = i
      while j + 1 < e {
        if text.isWord(j), conjunctions.contains(text.hash(j)), !text.quoteOpen(before: j, from: i) {
          let v = text.skipAuxiliaries(from: j + 1, limit: e)
          if v < e, let next = text.cue(at: v, limit: e), let nextEntry = next.entry,
            nextEntry.form == .past || nextEntry.form == .third
          {
            e = j
            break
          }
        }
        j += 1
      }
      // `asked Sanders how he felt`: the question starts at its wh-word.
      var w = i
      while w < min(i + 5, e - 1), !(text.isWord(w) && questions.contains(text.hash(w))) { w += 1 }
      if w < min(i + 5, e - 1), w > i,
        (i..<w).allSatisfy({ text.isWord($0) && !SpeakerPhrase.stops.contains(text.hash($0)) })
      {
        i = w
      }
      // `…, where he trails in the polls`, `… – they appeared together`: an aside ends the content.
      var a = i + 1
      while a < e - 1 {
        if (text.isPunctuation(a, 0x2C) && text.isWord(a + 1)
          && (asides.contains(text.hash(a + 1)) || isParticiple(text, a + 1)))
          || (text.tokens[a].kind == .punctuation && text.firstByte(a) == 0xE2 && a + 1 < e
            && text.isWord(a + 1)),
          !text.quoteOpen(before: a, from: i)
        {
          e = a
          break
        }
        a += 1
      }
      // A final `on Sunday` is the date, not the content.
      if e - 2 > i, text.isWord(e - 1), Channels.weekdays.contains(text.hash(e - 1)) {
        let d = text.isWord(e - 2) && text.hash(e - 2) == CueLexicon.hash("on") ? e - 2 : e - 1
        if found.date == nil { found.date = d..<e }
        e = d
      }
      // `When Francis said …, the candidate hit back`: a subordinate clause ends at its comma.
      if text.isWord(start), subordinators.contains(text.hash(start)), source.lowerBound <= start + 1 {
        var c = i
        while c < e, !(text.isPunctuation(c, 0x2C) && !text.quoteOpen(before: c, from: i)) { c += 1 }
        e = c
      }
      guard e - i >= 2, free(i..<e), free(source) else { return nil }
      // The content must read as a clause or an object, not as the next attribution, nor as a
      // preposition's object (`pointed to the polls`, `claimed delegates after winning`).
      if text.tokens[i].kind == .punctuation { return nil }
      // `declined to say whether …`, `wants to run`: intention and belief verbs take an infinitive.
      let infinitive =
        (entry?.class == .intend || entry?.class == .belief) && text.hash(i) == to && i + 1 < e
        && text.isWord(i + 1) && !text.isCapitalized(i + 1)
        && !SpeakerPhrase.determiners.contains(text.hash(i + 1))
      if cue.count == 1, entry?.class != .urge, !infinitive, text.isWord(i),
        prepositions.contains(text.hash(i))
      {
        return nil
      }
      if text.isWord(i), badOpeners.contains(text.hash(i)) { return nil }
      return Attribution(
        parts: [i..<e], kind: kind(i..<e), source: source, name: name, cue: cue, found: found)
    }

    // Content, cue speaker.
    guard cue.lowerBound - 1 > start, text.isPunctuation(cue.lowerBound - 1, 0x2C),
      var speaker = SpeakerPhrase.forward(text, from: cue.upperBound, to: end)
    else { return nil }
    name = nil
    var i = Channels.read(text, from: speaker.upperBound, limit: end, tells: tells, into: &found)
    if i < end, text.isPunctuation(i, 0x2C) {
      // An apposition to the end (`said Maria Zakharova, the ministry's spokeswoman.`): the
      // speaker span keeps it, the name does not.
      while i < end, text.tokens[i].kind != .terminal { i += 1 }
      if i - speaker.upperBound <= 25 {
        name = speaker
        speaker = speaker.lowerBound..<i
      }
    }
    guard i >= end || text.tokens[i].kind == .terminal else { return nil }
    let e = cue.lowerBound - 1
    guard e - start >= 3, free(start..<e) else { return nil }
    return Attribution(
      parts: [start..<e], kind: kind(start..<e), source: speaker, name: name, cue: cue, found: found)
  }
}
