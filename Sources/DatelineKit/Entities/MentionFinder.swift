/// Runs the tagger over an article's sentences and reports mentions as scalar ranges.
struct MentionFinder {
  /// A tagged mention located in the article.
  struct Found: Hashable {
    var type: MentionType
    /// Token indices into ``MentionFinder/tokens``.
    var tokens: Range<Int>
    var range: TextRange
    var text: String
    var sentence: Int
  }

  private(set) var tokens: [Token] = []
  private(set) var bytes: [UInt8] = []
  private(set) var tokenSentence: [Int] = []
  private var offsets = ScalarOffsets(UnsafeBufferPointer(start: nil, count: 0))

  /// Tags `text`, whose sentences are `sentences` (scalar ranges, in order).
  mutating func find(in text: String, sentences: [TextRange], tagger: inout MentionTagger) -> [Found] {
    bytes = Array(text.utf8)
    var tokenSentences: [Range<Int>] = []
    var tagged: [TaggedMention] = []
    var found: [Found] = []
    bytes.withUnsafeBufferPointer { buffer in
      let offsets = ScalarOffsets(buffer)
      tokens.removeAll(keepingCapacity: true)
      Tokenizer().tokenize(buffer, into: &tokens)
      // Tokens belong to the sentence whose range holds their start; the dateline to none.
      var s = 0
      var current: Range<Int>?
      var kept: [Token] = []
      var keptSentence: [Int] = []
      for token in tokens {
        let start = offsets.scalarOffset(Int(token.start))
        while s < sentences.count, sentences[s].end <= start { s += 1 }
        guard s < sentences.count, sentences[s].start <= start else { continue }
        if let range = current, keptSentence.last != s {
          tokenSentences.append(range)
          current = nil
        }
        current = (current?.lowerBound ?? kept.count)..<(kept.count + 1)
        kept.append(token)
        keptSentence.append(s)
      }
      if let current { tokenSentences.append(current) }
      tokens = kept
      tokenSentence = keptSentence
      self.offsets = offsets
      tagger.tag(buffer, tokens: tokens, sentences: tokenSentences, into: &tagged)
      for mention in tagged {
        let start = Int(tokens[mention.tokens.lowerBound].start)
        let end = Int(tokens[mention.tokens.upperBound - 1].end)
        found.append(
          Found(
            type: mention.type, tokens: mention.tokens,
            range: TextRange(start: offsets.scalarOffset(start), end: offsets.scalarOffset(end)),
            text: String(decoding: buffer[start..<end], as: UTF8.self),
            sentence: keptSentence[mention.tokens.lowerBound]))
      }
    }
    return found
  }

  /// The scalar range and text of a run of tokens.
  func span(_ range: Range<Int>) -> (TextRange, String) {
    let start = Int(tokens[range.lowerBound].start)
    let end = Int(tokens[range.upperBound - 1].end)
    return (
      TextRange(start: offsets.scalarOffset(start), end: offsets.scalarOffset(end)),
      String(decoding: bytes[start..<end], as: UTF8.self)
    )
  }

  /// The text of token `k`.
  func word(_ k: Int) -> Substring {
    let token = tokens[k]
    return Substring(String(decoding: bytes[Int(token.start)..<Int(token.end)], as: UTF8.self))
  }
}
