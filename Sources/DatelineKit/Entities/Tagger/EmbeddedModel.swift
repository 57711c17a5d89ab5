import CModels

/// The tagger model assembled into the binary from `Sources/CModels/tagger.model`.
enum EmbeddedModel {
  static func bytes() -> [UInt8] {
    Array(UnsafeBufferPointer(start: dateline_tagger_model_bytes(), count: dateline_tagger_model_size()))
  }
}
