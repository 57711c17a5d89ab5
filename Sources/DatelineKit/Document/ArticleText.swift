/// Assembles an article's text paragraph by paragraph, segmenting each into sentences.
struct ArticleText {
  var text = ""
  var paragraphs: [TextRange] = []
  var sentences: [TextRange] = []
  private var scalarCount = 0
  private var tokens: [Token] = []
  private var byteSentences: [Range<Int32>] = []

  /// Appends a paragraph and returns its range; sentences start after `sentencesFrom` scalars.
  mutating func append(_ paragraph: String, sentencesFrom skip: Int = 0) -> TextRange {
    if !text.isEmpty {
      text += "\n\n"
      scalarCount += 2
    }
    let start = scalarCount
    let skipBytes = paragraph.unicodeScalars.prefix(skip).reduce(0) { $0 + UTF8.width($1) }
    var paragraph = paragraph
    paragraph.withUTF8 { bytes in
      let offsets = ScalarOffsets(bytes)
      tokens.removeAll(keepingCapacity: true)
      byteSentences.removeAll(keepingCapacity: true)
      Tokenizer().tokenize(UnsafeBufferPointer(rebasing: bytes[skipBytes...]), into: &tokens)
      for k in tokens.indices {
        tokens[k].start += Int32(skipBytes)
        tokens[k].end += Int32(skipBytes)
      }
      SentenceSplitter().split(tokens[...], in: bytes, into: &byteSentences)
      for sentence in byteSentences {
        sentences.append(
          TextRange(
            start: start + offsets.scalarOffset(Int(sentence.lowerBound)),
            end: start + offsets.scalarOffset(Int(sentence.upperBound))))
      }
    }
    text += paragraph
    scalarCount += paragraph.unicodeScalars.count
    let range = TextRange(start: start, end: scalarCount)
    paragraphs.append(range)
    return range
  }
}
