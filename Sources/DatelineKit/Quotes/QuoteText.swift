/// An article's text as tokens, with the facts the quote rules ask about each token.
///
/// Built once per article inside `withUTF8`; rules work on token indices and word hashes, never
/// on substrings.
struct QuoteText {
  let bytes: UnsafeBufferPointer<UInt8>
  private(set) var tokens: [Token] = []
  /// Lower-cased FNV-1a hash of each word token, 0 for other tokens.
  private(set) var hashes: [UInt64] = []
  /// Token index ranges.
  private(set) var paragraphs: [Range<Int>] = []
  private(set) var sentences: [Range<Int>] = []
  private(set) var sentenceOf: [Int32] = []
  private(set) var paragraphOf: [Int32] = []

  /// Tokenizes the paragraphs (byte ranges), leaving out the bytes in `skip` (a dateline).
  init(bytes: UnsafeBufferPointer<UInt8>, paragraphs byteParagraphs: [Range<Int>], skip: Range<Int>? = nil) {
    self.bytes = bytes
    var scratch: [Token] = []
    var byteSentences: [Range<Int32>] = []
    for (p, paragraph) in byteParagraphs.enumerated() {
      var start = paragraph.lowerBound
      if let skip, skip.lowerBound >= paragraph.lowerBound, skip.lowerBound < paragraph.upperBound {
        start = min(max(start, skip.upperBound), paragraph.upperBound)
      }
      scratch.removeAll(keepingCapacity: true)
      Tokenizer().tokenize(UnsafeBufferPointer(rebasing: bytes[start..<paragraph.upperBound]), into: &scratch)
      let first = tokens.count
      for var token in scratch {
        token.start += Int32(start)
        token.end += Int32(start)
        tokens.append(token)
        hashes.append(token.kind == .word ? Abbreviations.hash(bytes, Int(token.start), Int(token.end)) : 0)
        paragraphOf.append(Int32(p))
      }
      paragraphs.append(first..<tokens.count)
      byteSentences.removeAll(keepingCapacity: true)
      SentenceSplitter().split(tokens[first..<tokens.count], in: bytes, into: &byteSentences)
      var k = first
      for sentence in byteSentences {
        var s = k
        while k < tokens.count, tokens[k].start < sentence.upperBound {
          // `business. ''It was …''`: a quote opening after a terminal opens a sentence too (the
          // splitter wants a capital right after the mark).
          if k > s, tokens[k - 1].kind == .terminal, opensQuote(at: k) {
            sentences.append(s..<k)
            sentenceOf.append(contentsOf: repeatElement(Int32(sentences.count - 1), count: k - s))
            s = k
          }
          k += 1
        }
        if k > s {
          sentences.append(s..<k)
          sentenceOf.append(contentsOf: repeatElement(Int32(sentences.count - 1), count: k - s))
        }
      }
      // Tokens the splitter left out (none expected) join the last sentence.
      while sentenceOf.count < tokens.count { sentenceOf.append(Int32(max(sentences.count - 1, 0))) }
    }
  }

  var count: Int { tokens.count }

  /// Whether token `k` is an opening double mark (`“`, or `"` or `''` after a space).
  private func opensQuote(at k: Int) -> Bool {
    let token = tokens[k]
    guard token.kind == .quote, k + 1 < tokens.count else { return false }
    let s = Int(token.start)
    let spaced = s > 0 && bytes[s - 1] <= 0x20
    if token.end - token.start == 3 {
      return bytes[s] == 0xE2 && bytes[s + 1] == 0x80 && bytes[s + 2] == 0x9C
    }
    if bytes[s] == 0x22 { return spaced }
    if bytes[s] == 0x27, tokens[k + 1].kind == .quote, tokens[k + 1].start == token.end { return spaced }
    return false
  }

  @inline(__always) func isWord(_ k: Int) -> Bool { tokens[k].kind == .word }
  @inline(__always) func isCapitalized(_ k: Int) -> Bool {
    tokens[k].kind == .word && tokens[k].flags.contains(.capitalized)
  }
  @inline(__always) func hash(_ k: Int) -> UInt64 { hashes[k] }
  @inline(__always) func paragraph(of k: Int) -> Range<Int> { paragraphs[Int(paragraphOf[k])] }
  @inline(__always) func sentence(of k: Int) -> Range<Int> { sentences[Int(sentenceOf[k])] }

  /// The first byte of token `k`.
  @inline(__always) func firstByte(_ k: Int) -> UInt8 { bytes[Int(tokens[k].start)] }

  /// Whether token `k` is the single ASCII punctuation `byte`.
  @inline(__always) func isPunctuation(_ k: Int, _ byte: UInt8) -> Bool {
    k >= 0 && k < tokens.count && tokens[k].end - tokens[k].start == 1 && bytes[Int(tokens[k].start)] == byte
  }

  /// A comma, semicolon, colon or dash between words.
  func isClauseBreak(_ k: Int) -> Bool {
    guard tokens[k].kind == .punctuation else { return false }
    let b = firstByte(k)
    return b == 0x2C || b == 0x3B || b == 0x3A || b == 0xE2 || b == 0x2D
  }

  /// Whether token `k` is a bracket rather than a quote mark.
  func isBracket(_ k: Int) -> Bool {
    let b = firstByte(k)
    return b == 0x28 || b == 0x29 || b == 0x5B || b == 0x5D || b == 0x7B || b == 0x7D
  }

  /// The text of tokens `range` (from the first token's start to the last one's end).
  func string(_ range: Range<Int>) -> String {
    guard !range.isEmpty else { return "" }
    let span = UnsafeBufferPointer(
      rebasing: bytes[Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end)])
    return String(decoding: span, as: UTF8.self)
  }

  /// Byte range of tokens `range`.
  func byteRange(_ range: Range<Int>) -> Range<Int> {
    Int(tokens[range.lowerBound].start)..<Int(tokens[range.upperBound - 1].end)
  }
}
