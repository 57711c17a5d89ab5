/// Finds the quotes and reported speech in a text: who said what, how, where and when.
///
/// Quote marks are paired first (``QuoteMarks``) and each quoted span looks for its speaker
/// (``DirectAttribution``); a quote without one that opens a sentence continues the quote
/// before it (`“…,” he said. “…”`, or a new paragraph of the same speech). Then each sentence
/// is read for reported speech (``ReportedSpeech``) outside quote marks, and pronoun and
/// nominal speakers are resolved (``SpeakerResolution``). Every span stays inside its
/// paragraph, except a quote that runs over paragraphs opened by quote marks.
///
/// ```swift
/// let quotes = QuoteExtractor().quotes(in: "“We will not stop,” said Aminata Diop, a student.")
/// // quotes[0].kind == .direct, quotes[0].speakerName == "Aminata Diop", quotes[0].cue == "said"
/// ```
public struct QuoteExtractor: Sendable {
  /// How attributions are found.
  public enum Method: String, Sendable, CaseIterable {
    /// The rules alone.
    case rules
    /// The learned tagger alone (it reads the rules' output as features).
    case tagger
    /// The tagger's spans, with the rules' channels, addressees, dates and direct-quote
    /// speakers (see ``combine(_:rules:)``).
    case combined
  }

  public var method: Method
  /// The quote tagger's model; nil for the embedded one.
  public var model: SparseTagModel?

  public init(method: Method = .combined, model: SparseTagModel? = nil) {
    self.method = method
    self.model = model
  }

  /// Quotes in a text whose paragraphs are its non-blank lines.
  public func quotes(in text: String) -> [Quote] {
    quotes(in: text, paragraphs: Self.paragraphs(of: text))
  }

  /// The non-blank lines of a text, leading white space left out, as scalar ranges.
  static func paragraphs(of text: String) -> [TextRange] {
    var paragraphs: [TextRange] = []
    var start = 0
    var index = 0
    var blank = true
    for scalar in text.unicodeScalars {
      if scalar == "\n" {
        if !blank { paragraphs.append(TextRange(start: start, end: index)) }
        start = index + 1
        blank = true
      } else if blank, scalar.properties.isWhitespace {
        start = index + 1
      } else {
        blank = false
      }
      index += 1
    }
    if !blank { paragraphs.append(TextRange(start: start, end: index)) }
    return paragraphs
  }

  /// Quotes in `text` with its paragraphs (scalar ranges); `skipping` (a dateline) is no part
  /// of any sentence.
  public func quotes(in text: String, paragraphs: [TextRange], skipping: TextRange? = nil) -> [Quote] {
    var text = text
    return text.withUTF8 { bytes in
      let quoteText = Self.quoteText(bytes, paragraphs: paragraphs, skipping: skipping)
      let rules = Self.attributions(quoteText)
      switch method {
      case .rules:
        return Self.quotes(quoteText, rules)
      case .tagger:
        var tagger = QuoteTagger(model: model ?? QuoteTagger.shared)
        return Self.quotes(quoteText, tagger.attributions(quoteText, rules: rules))
      case .combined:
        var tagger = QuoteTagger(model: model ?? QuoteTagger.shared)
        return Self.quotes(
          quoteText, Self.combine(tagger.attributions(quoteText, rules: rules), rules: rules))
      }
    }
  }

  /// The tokens of `bytes` in its paragraphs (scalar ranges), leaving out `skipping`.
  static func quoteText(_ bytes: UnsafeBufferPointer<UInt8>, paragraphs: [TextRange], skipping: TextRange?)
    -> QuoteText
  {
    var bounds = paragraphs.flatMap { [$0.start, $0.end] }
    if let skipping { bounds += [skipping.start, skipping.end] }
    let byteOf = byteOffsets(bytes, scalars: bounds)
    let byteParagraphs = paragraphs.map { byteOf[$0.start]!..<byteOf[$0.end]! }
    let skip = skipping.map { byteOf[$0.start]!..<byteOf[$0.end]! }
    return QuoteText(bytes: bytes, paragraphs: byteParagraphs, skip: skip)
  }

  // MARK: Steps

  static func attributions(_ text: QuoteText) -> [Attribution] {
    var used = [Bool](repeating: false, count: text.count)
    var quoted = [Bool](repeating: false, count: text.count)
    var direct: [Attribution] = []
    for span in QuoteMarks.spans(in: text) {
      for k in span.inner { quoted[k] = true }
      if var attribution = DirectAttribution.attribute(text, span) {
        if !span.pieces.isEmpty { attribution.parts = span.pieces }
        direct.append(attribution)
        continue
      }
      // A quote opening its sentence, with no speaker of its own, continues the quote before it
      // in this or the previous paragraph.
      let opensSentence =
        text.sentence(of: span.open).lowerBound == span.open
        || (span.open > 0 && text.tokens[span.open - 1].kind == .terminal)
        || (span.open > 1 && text.tokens[span.open - 2].kind == .terminal
          && text.tokens[span.open - 1].kind == .quote)
      let words = span.inner.reduce(0) { $0 + (text.isWord($1) ? 1 : 0) }
      let paragraph = Int(text.paragraphOf[span.open])
      // `“The risk,” said Leamer, “is that …”`: the quote goes on after its attribution.
      if span.open > 0, text.isPunctuation(span.open - 1, 0x2C), var last = direct.last, last.kind == .direct,
        let said = [last.source, last.cue].compactMap({ $0 }).map(\.upperBound).max(), said <= span.open,
        said > last.parts[last.parts.count - 1].lowerBound, Int(text.paragraphOf[said - 1]) == paragraph,
        span.open - said <= 20,
        !(said..<(span.open - 1)).contains(where: { text.tokens[$0].kind == .terminal || quoted[$0] })
      {
        last.parts += span.pieces.isEmpty ? [span.open..<(span.close + 1)] : span.pieces
        direct[direct.count - 1] = last
        continue
      }
      guard opensSentence, words >= 3 else { continue }
      if var last = direct.last, last.kind == .direct, let end = last.parts.last?.upperBound,
        paragraph - Int(text.paragraphOf[end - 1]) <= 1
      {
        last.parts += span.pieces.isEmpty ? [span.open..<(span.close + 1)] : span.pieces
        direct[direct.count - 1] = last
      } else if text.paragraph(of: span.open).lowerBound == span.open, words >= 5 {
        direct.append(
          Attribution(
            parts: span.pieces.isEmpty ? [span.open..<(span.close + 1)] : span.pieces, kind: .direct))
      }
    }
    for attribution in direct {
      for part in attribution.parts { for k in part { used[k] = true } }
      for range in [attribution.source, attribution.cue].compactMap({ $0 }) {
        for k in range { used[k] = true }
      }
    }
    var all = direct
    for attribution in SpeakerLabels.attributions(text, used: used) {
      all.append(attribution)
      for part in attribution.parts { for k in part { used[k] = true } }
      for range in [attribution.source, attribution.cue].compactMap({ $0 }) {
        for k in range { used[k] = true }
      }
    }
    for sentence in text.sentences {
      for attribution in ReportedSpeech.attributions(text, in: sentence, used: used, quoted: quoted) {
        all.append(attribution)
        for part in attribution.parts { for k in part { used[k] = true } }
      }
    }
    all.sort { $0.content.lowerBound < $1.content.lowerBound }
    // `has said`, `also told`: auxiliaries between speaker and verb belong to the cue.
    for index in all.indices {
      // `said:`, `said of`: what PolNeAR's cues take in after the verb.
      if var cue = all[index].cue, cue.upperBound < text.count,
        !(all[index].source.map { $0.lowerBound >= cue.upperBound } ?? false)
      {
        let next = cue.upperBound
        let contentStart = all[index].parts[0].lowerBound
        if next < contentStart, text.isPunctuation(next, 0x3A) {
          cue = cue.lowerBound..<(next + 1)
        } else if next < contentStart, text.isWord(next), text.hash(next) == of {
          cue = cue.lowerBound..<(next + 1)
        }
        all[index].cue = cue
      }
      guard let source = all[index].source, let cue = all[index].cue, source.upperBound < cue.lowerBound
      else { continue }
      let between = source.upperBound..<cue.lowerBound
      if between.allSatisfy({ text.isWord($0) && SpeakerPhrase.auxiliaries.contains(text.hash($0)) }) {
        all[index].cue = source.upperBound..<cue.upperBound
      }
    }
    return all
  }

  private static let of = CueLexicon.hash("of")

  static func quotes(_ text: QuoteText, _ attributions: [Attribution]) -> [Quote] {
    let offsets = ScalarOffsets(text.bytes)
    var quoted = [Bool](repeating: false, count: text.count)
    for attribution in attributions where attribution.kind == .direct {
      for part in attribution.parts { for k in part { quoted[k] = true } }
    }
    let references = SpeakerResolution.references(text, attributions, quoted: quoted)
    func range(_ tokens: Range<Int>) -> TextRange {
      let bytes = text.byteRange(tokens)
      return TextRange(
        start: offsets.scalarOffset(bytes.lowerBound), end: offsets.scalarOffset(bytes.upperBound))
    }
    var previous: (paragraph: Int, name: Range<Int>)?
    return zip(attributions, references).map { attribution, reference in
      var quote = Quote(
        range: range(attribution.content), parts: attribution.parts.map(range), kind: attribution.kind)
      let paragraph = Int(text.paragraphOf[attribution.content.lowerBound])
      if let source = attribution.source {
        quote.speakerRange = range(source)
        quote.speakerReference = reference.map(range)
        quote.speakerName = text.string(reference ?? attribution.speaker ?? source)
        if let name = reference
          ?? (SpeakerPhrase.isNamed(text, attribution.speaker ?? source)
            ? attribution.speaker ?? source : nil)
        {
          previous = (paragraph, name)
        }
      } else if attribution.kind == .direct, attribution.cue == nil, let previous,
        paragraph - previous.paragraph <= 1
      {
        // A quote paragraph with no speaker goes on from the named speaker just before it; it
        // names nobody in the text, so it has a name and a reference but no speaker span.
        quote.speakerReference = range(previous.name)
        quote.speakerName = text.string(previous.name)
      }
      if let cue = attribution.cue {
        quote.cueRange = range(cue)
        quote.cue = text.string(cue)
      }
      if let channel = attribution.found.channel {
        quote.channelRange = range(channel)
        quote.channel = text.string(channel)
      }
      if let addressee = attribution.found.addressee {
        quote.addresseeRange = range(addressee)
        quote.addressee = text.string(addressee)
      }
      if let date = attribution.found.date {
        quote.dateRange = range(date)
        quote.date = text.string(date)
      }
      return quote
    }
  }

  /// Byte offsets of the given scalar offsets in UTF-8 `bytes`.
  static func byteOffsets(_ bytes: UnsafeBufferPointer<UInt8>, scalars: [Int]) -> [Int: Int] {
    var result: [Int: Int] = [:]
    let wanted = Set(scalars).sorted()
    var w = 0
    var scalar = 0
    var i = 0
    while w < wanted.count {
      if wanted[w] <= scalar || i >= bytes.count {
        result[wanted[w]] = i
        w += 1
        continue
      }
      i += 1
      while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
      scalar += 1
    }
    return result
  }
}
