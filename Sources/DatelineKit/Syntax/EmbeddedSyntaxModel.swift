import CModels

/// The syntax model assembled into the binary from `Sources/CModels/syntax.model`.
enum EmbeddedSyntaxModel {
  static func bytes() -> [UInt8] {
    Array(UnsafeBufferPointer(start: dateline_syntax_model_bytes(), count: dateline_syntax_model_size()))
  }
}
