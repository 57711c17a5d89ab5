/// Greedy left-to-right decoding shared by every tagger and its trainer.
///
/// Each token's score per tag is the sum of the weight rows its observation features and its
/// tag features (which see the two previous decisions) fire; the best tag the transition rule
/// allows wins. Greedy decoding lets tag features look at any earlier decision, and for these
/// models is as accurate as Viterbi (Ratinov & Roth 2009).
enum GreedySequenceDecoder {
  /// Tags `count` tokens. `boundary` is the tag the first token sees as its two previous ones;
  /// `observation(i)` gives token i's observation rows; `tagFeatures` fills token i's tag rows
  /// given the previous two tags; `allowed(tag, previous, i)` keeps tag order; `emit` gets each
  /// token's index, chosen tag, observation and tag rows (the trainer learns there).
  @inline(__always)
  static func decode<Weights: WeightRows>(
    count n: Int, tagCount: Int, boundary: Int, weights: Weights, scores: inout [Float],
    tagRows: inout [Int32],
    observation: (_ index: Int) -> ArraySlice<Int32>,
    tagFeatures: (_ index: Int, _ previous: Int, _ beforePrevious: Int, _ out: inout [Int32]) -> Void,
    allowed: (_ tag: Int, _ previous: Int, _ index: Int) -> Bool,
    emit: (_ index: Int, _ tag: Int, _ observation: ArraySlice<Int32>, _ tagRows: [Int32]) -> Void
  ) {
    if scores.count < tagCount { scores = [Float](repeating: 0, count: tagCount) }
    var p1 = boundary
    var p2 = boundary
    for i in 0..<n {
      tagFeatures(i, p1, p2, &tagRows)
      let rows = observation(i)
      scores.withUnsafeMutableBufferPointer { s in
        for k in 0..<tagCount { s[k] = 0 }
        for row in rows { weights.accumulate(row, into: s.baseAddress!) }
        for row in tagRows { weights.accumulate(row, into: s.baseAddress!) }
      }
      var best = 0
      var bestScore = -Float.infinity
      for k in 0..<tagCount where scores[k] > bestScore && allowed(k, p1, i) {
        best = k
        bestScore = scores[k]
      }
      emit(i, best, rows, tagRows)
      p2 = p1
      p1 = best
    }
  }
}
