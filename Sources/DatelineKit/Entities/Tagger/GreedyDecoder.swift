/// Tags a document sentence by sentence, left to right, one best tag per token.
///
/// Greedy decoding with BILOU constraints is as accurate as Viterbi for this model (Ratinov &
/// Roth 2009) and lets tag features look at any earlier decision, including the labels given to
/// the same word earlier in the document. Buffers are reused between documents.
struct GreedyDecoder {
  var extractor: FeatureExtractor
  var memory = FeatureExtractor.DocumentMemory()
  private var tagRows: [Int32] = []
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
    tags.removeAll(keepingCapacity: true)
    var scores = [Float](repeating: 0, count: MentionTag.count)
    var p1 = 0
    var p2 = 0
    for i in 0..<n {
      extractor.tagFeatures(i, previous: p1, p2, memory: memory, into: &tagRows)
      let observation = extractor.features[extractor.offsets[i]..<extractor.offsets[i + 1]]
      scores.withUnsafeMutableBufferPointer { s in
        for k in 0..<MentionTag.count { s[k] = 0 }
        for row in observation { weights.accumulate(row, into: s.baseAddress!) }
        for row in tagRows { weights.accumulate(row, into: s.baseAddress!) }
      }
      var best = -1
      var bestScore = -Float.infinity
      let last = i == n - 1
      for k in 0..<MentionTag.count
      where MentionTag.allowed(k, after: p1, last: last) && scores[k] > bestScore {
        best = k
        bestScore = scores[k]
      }
      learn(i, best, observation, tagRows)
      tags.append(best)
      p2 = p1
      p1 = best
    }
    sentenceMentions.removeAll(keepingCapacity: true)
    tags.withUnsafeBufferPointer {
      MentionTag.decode($0, offset: sentence.lowerBound, into: &sentenceMentions)
    }
    extractor.recordHistory(sentenceMentions[...], offset: sentence.lowerBound, memory: &memory)
    mentions += sentenceMentions
  }
}
