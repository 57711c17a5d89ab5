/// Rows of tag weights a decoder adds up: a trained model, or a trainer's live weights.
protocol WeightRows {
  /// Adds row `row`'s weights to `scores` (one per tag).
  func accumulate(_ row: Int32, into scores: UnsafeMutablePointer<Float>)
}
