/// A half-open range of Unicode scalar offsets into an article's `text`.
///
/// Scalar offsets are what Python's `str` indexes, so output can be sliced the same way in any
/// language: `text[start:end]`.
public struct TextRange: Sendable, Hashable, Codable {
  public var start: Int
  public var end: Int
  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }
  public var count: Int { end - start }
}
