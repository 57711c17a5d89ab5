/// Hashed features of the quote tagger, for the tokens of one article.
///
/// Per token: the word, folded word, affixes (a rough lemma), shape, its part of speech and its
/// neighbours', whether it stands inside quote marks or is one, cue-lexicon hits at and around
/// it, the distance to the nearest cue in its sentence, its place in the sentence and the
/// paragraph, and the label the rule-based extractor gave it (the tagger learns where the rules
/// are right). Tag features are the two previous labels, alone and with the word, the rule label
/// and the quote state.
struct QuoteFeatures {
  let hasher: FeatureHasher
  /// Observation rows of token k: `rows[offsets[k]..<offsets[k + 1]]`.
  private(set) var rows: [Int32] = []
  private(set) var offsets: [Int] = []
  /// What the tag features read.
  private(set) var lower: [UInt64] = []
  private(set) var ruleLabels: [UInt8] = []
  private(set) var quoted: [Bool] = []
  /// Whether each paragraph is tagged: one with no quote mark, cue-lexicon word or rule
  /// attribution holds no attribution worth the cost, and its tokens are all `O`.
  private(set) var active: [Bool] = []

  init(rowBits: Int) {
    hasher = FeatureHasher(rowBits: rowBits)
  }

  @inline(__always) private func row(_ template: UInt64, _ value: UInt64) -> Int32 {
    hasher.row(template, value)
  }

  private static let start: UInt64 = 0x5354_4152_54
  private static let end: UInt64 = 0x454E_44

  /// Which paragraphs of `text` are worth tagging (see ``active``).
  static func activeParagraphs(_ text: QuoteText, rules: [Attribution]) -> [Bool] {
    var active = [Bool](repeating: false, count: text.paragraphs.count)
    for rule in rules { active[Int(text.paragraphOf[rule.content.lowerBound])] = true }
    for (p, paragraph) in text.paragraphs.enumerated() where !active[p] {
      active[p] = paragraph.contains { k in
        text.tokens[k].kind == .quote
          || (text.isWord(k)
            && (CueLexicon.entry(text.hash(k)) != nil
              || CueLexicon.phrases(startingWith: text.hash(k)) != nil))
      }
    }
    return active
  }

  /// Computes the rows of every token of the `active` paragraphs of `text`, given the rules'
  /// attributions and the part of speech of each token.
  mutating func prepare(_ text: QuoteText, rules: [Attribution], partOfSpeech pos: [UInt8], active: [Bool]) {
    self.active = active
    let n = text.count
    rows.removeAll(keepingCapacity: true)
    offsets.removeAll(keepingCapacity: true)
    lower.removeAll(keepingCapacity: true)
    quoted = [Bool](repeating: false, count: n)
    var marks = [UInt8](repeating: 0, count: n)
    for span in QuoteMarks.spans(in: text) {
      for k in span.inner { quoted[k] = true }
      marks[span.open] = 1
      if span.close < n, span.closed { marks[span.close] = 2 }
    }
    var spans: [(QuoteLabels.Role, Range<Int>)] = []
    var ruleKind = [UInt8](repeating: 0, count: n)
    for rule in rules {
      spans.append((.content, rule.content))
      for k in rule.content {
        ruleKind[k] = UInt8(1 + (rule.kind == .direct ? 0 : rule.kind == .mixed ? 1 : 2))
      }
      if let source = rule.source { spans.append((.source, source)) }
      if let cue = rule.cue { spans.append((.cue, cue)) }
    }
    ruleLabels = QuoteLabels.encode(count: n, spans: spans)
    // Cue-lexicon hits: class and form at a cue's first token, 0xFF inside a phrase.
    var cues = [UInt8](repeating: 0, count: n)
    for sentence in text.sentences {
      var k = sentence.lowerBound
      while k < sentence.upperBound {
        if let hit = text.cue(at: k, limit: sentence.upperBound) {
          cues[k] = hit.entry.map { 1 + $0.class.rawValue << 2 | $0.form.rawValue } ?? 0x80
          for j in hit.range.dropFirst() { cues[j] = 0xFF }
          k = hit.range.upperBound
        } else {
          k += 1
        }
      }
    }
    var traits: [WordTraits] = []
    traits.reserveCapacity(n)
    for token in text.tokens {
      let t = WordTraits(text.bytes, Int(token.start), Int(token.end))
      traits.append(t)
      lower.append(t.lower)
    }
    func word(_ k: Int) -> UInt64 { k < 0 ? Self.start : k >= n ? Self.end : lower[k] }
    func tag(_ k: Int) -> UInt64 { k < 0 ? 0xFE : k >= n ? 0xFF : UInt64(pos[k]) }
    func cue(_ k: Int) -> UInt64 { k < 0 || k >= n ? 0xFE : UInt64(cues[k]) }
    // Nearest cue to the left and right inside the sentence, and each sentence's place in its
    // paragraph.
    var left = [Int](repeating: -1, count: n)
    var right = [Int](repeating: -1, count: n)
    var sentenceInParagraph = [Int](repeating: 0, count: text.sentences.count)
    for (s, sentence) in text.sentences.enumerated() {
      if s > 0, !sentence.isEmpty, sentence.lowerBound > 0,
        text.paragraphOf[sentence.lowerBound] == text.paragraphOf[sentence.lowerBound - 1]
      {
        sentenceInParagraph[s] = sentenceInParagraph[s - 1] + 1
      }
      var last = -1
      for k in sentence {
        left[k] = last < 0 ? -1 : k - last
        if cues[k] != 0 && cues[k] != 0xFF { last = k }
      }
      last = -1
      for k in sentence.reversed() {
        right[k] = last < 0 ? -1 : last - k
        if cues[k] != 0 && cues[k] != 0xFF { last = k }
      }
    }
    for k in 0..<n {
      guard active[Int(text.paragraphOf[k])] else {
        offsets.append(rows.count)
        continue
      }
      let sentence = text.sentence(of: k)
      let place = sentenceInParagraph[Int(text.sentenceOf[k])]
      offsets.append(rows.count)
      let t = traits[k]
      let i = k - sentence.lowerBound
      let (left, right) = (left[k], right[k])
      let kind = UInt64(text.tokens[k].kind.rawValue)
      let q = UInt64(quoted[k] ? 1 : 0) | UInt64(marks[k]) << 1
      let r = UInt64(ruleLabels[k])
      let fromStart = UInt64(min(i, 6))
      let toEnd = UInt64(min(max(sentence.upperBound - 1 - k, 0), 6))
      let dl = UInt64(Self.bucket(left))
      let dr = UInt64(Self.bucket(right))
      rows.append(row(1, 0))
      rows.append(row(2, t.lower))
      rows.append(row(3, t.word))
      rows.append(row(4, t.suffix3))
      rows.append(row(5, t.suffix4))
      rows.append(row(6, t.prefix3))
      rows.append(row(7, t.shape))
      rows.append(row(8, UInt64(t.flags.rawValue) | kind << 16))
      rows.append(row(9, tag(k)))
      rows.append(row(10, tag(k - 1) << 8 | tag(k)))
      rows.append(row(11, tag(k) << 8 | tag(k + 1)))
      rows.append(row(12, tag(k - 1) << 16 | tag(k) << 8 | tag(k + 1)))
      rows.append(row(13, word(k - 1)))
      rows.append(row(14, word(k + 1)))
      rows.append(row(15, word(k - 2)))
      rows.append(row(16, word(k + 2)))
      rows.append(row(17, FeatureHasher.pair(word(k - 1), t.lower)))
      rows.append(row(18, FeatureHasher.pair(t.lower, word(k + 1))))
      rows.append(row(19, q))
      rows.append(
        row(20, q << 8 | UInt64(k > 0 && quoted[k - 1] ? 1 : 0) << 4 | UInt64(marks[max(k - 1, 0)])))
      let next = UInt64(k + 1 < n && quoted[k + 1] ? 1 : 0) << 4 | UInt64(k + 1 < n ? marks[k + 1] : 3)
      rows.append(row(21, q << 8 | next))
      rows.append(row(22, cue(k)))
      rows.append(row(23, cue(k - 1) << 8 | cue(k)))
      rows.append(row(24, cue(k) << 8 | cue(k + 1)))
      rows.append(row(25, cue(k - 2) << 16 | cue(k - 1) << 8 | cue(k + 1) << 24 | cue(k + 2) << 32))
      rows.append(row(26, dl << 8 | dr))
      rows.append(row(27, dl << 16 | dr << 8 | tag(k)))
      rows.append(row(28, fromStart << 8 | toEnd))
      rows.append(row(29, fromStart << 16 | toEnd << 8 | UInt64(min(place, 3))))
      rows.append(row(30, r))
      rows.append(row(31, r << 8 | UInt64(k > 0 ? ruleLabels[k - 1] : 0xF)))
      rows.append(row(32, r << 8 | UInt64(k + 1 < n ? ruleLabels[k + 1] : 0xF)))
      rows.append(row(33, r << 8 | UInt64(ruleKind[k])))
      rows.append(row(34, r << 16 | tag(k) << 8 | q))
      rows.append(row(35, FeatureHasher.pair(r, t.lower)))
      rows.append(row(36, FeatureHasher.pair(q << 8 | dl << 4 | dr, tag(k))))
      rows.append(row(37, r << 8 | cue(k)))
      rows.append(row(38, FeatureHasher.pair(tag(k), word(k - 1))))
    }
    offsets.append(rows.count)
  }

  /// Distances as buckets: none, 1, 2, 3, 4-6, 7-10, more.
  private static func bucket(_ d: Int) -> Int {
    switch d {
    case ..<0: 0
    case 0...3: d
    case 4...6: 4
    case 7...10: 5
    default: 6
    }
  }

  /// Tag rows of token `k` given the two previous labels.
  @inline(__always)
  func tagRows(_ k: Int, previous p1: Int, _ p2: Int, into out: inout [Int32]) {
    out.removeAll(keepingCapacity: true)
    out.append(row(40, UInt64(p1)))
    out.append(row(41, UInt64(p1) << 8 | UInt64(p2)))
    out.append(row(42, FeatureHasher.pair(UInt64(p1), lower[k])))
    out.append(row(43, UInt64(p1) << 8 | UInt64(ruleLabels[k])))
    out.append(row(44, UInt64(p1) << 8 | UInt64(quoted[k] ? 1 : 0)))
  }
}
