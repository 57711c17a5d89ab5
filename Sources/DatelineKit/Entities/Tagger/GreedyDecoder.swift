/// Tags a document sentence by sentence, left to right, one best tag per token.
///
/// ``GreedySequenceDecoder`` with BILOU constraints; tag features see the labels given to the
/// same word earlier in the document. Buffers are reused between documents.
struct GreedyDecoder {
  var extractor: FeatureExtractor
  var memory = FeatureExtractor.DocumentMemory()
  private var tagRows: [Int32] = []
  private var scores: [Float] = []
  private(set) var tags: [Int] = []
  private var sentenceMentions: [TaggedMention] = []

  init(rowBits: Int) {
    extractor = FeatureExtractor(rowBits: rowBits)
  }

  /// Starts a document: remembers how its sentences write each word.
  mutating func begin(_ text: UnsafeBufferPointer<UInt8>, _ tokens: [Token], sentences: [Range<Int>]) {
    memory.reset()
    for sentence in sentences { FeatureExtractor.remember(text, tokens[sentence], in: &memory) }
  }

  /// Tags one sentence (token indices `sentence`) and appends its mentions; `learn` sees each
  /// token's rows, predicted tag and index within the sentence (the trainer updates there).
  @inline(__always)
  mutating func tag<Weights: WeightRows>(
    _ text: UnsafeBufferPointer<UInt8>, _ tokens: [Token], sentence: Range<Int>, weights: Weights,
    into mentions: inout [TaggedMention],
    learn: (_ index: Int, _ predicted: Int, _ observation: ArraySlice<Int32>, _ tagRows: [Int32]) -> Void = {
      _, _, _, _ in
    }
  ) {
    let n = sentence.count
    guard n > 0 else { return }
    extractor.prepare(text, tokens[sentence], memory: memory)
    do {
      // Locals, so that the closures below need no access to self.
      let (extractor, memory) = (self.extractor, self.memory)
      var rows: [Int32] = []
      var tags: [Int] = []
      swap(&rows, &tagRows)
      swap(&tags, &self.tags)
      tags.removeAll(keepingCapacity: true)
      GreedySequenceDecoder.decode(
        count: n, tagCount: MentionTag.count, boundary: 0, weights: weights, scores: &scores, tagRows: &rows,
        observation: { extractor.features[extractor.offsets[$0]..<extractor.offsets[$0 + 1]] },
        tagFeatures: { i, p1, p2, out in
          extractor.tagFeatures(i, previous: p1, p2, memory: memory, into: &out)
        },
        allowed: { k, p1, i in MentionTag.allowed(k, after: p1, last: i == n - 1) },
        emit: { i, tag, observation, tagRows in
          learn(i, tag, observation, tagRows)
          tags.append(tag)
        })
      swap(&rows, &tagRows)
      swap(&tags, &self.tags)
    }
    sentenceMentions.removeAll(keepingCapacity: true)
    tags.withUnsafeBufferPointer {
      MentionTag.decode($0, offset: sentence.lowerBound, into: &sentenceMentions)
    }
    extractor.recordHistory(sentenceMentions[...], offset: sentence.lowerBound, memory: &memory)
    mentions += sentenceMentions
  }
}
