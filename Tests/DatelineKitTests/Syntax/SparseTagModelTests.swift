import Testing

@testable import DatelineKit

/// The compact model: quantised, pruned, serialised and read back.
@Suite struct SparseTagModelTests {
  static func model(prune: Float = 0) -> SparseTagModel {
    var dense = [Float](repeating: 0, count: 64 * 3)
    dense[5 * 3 + 1] = 2.0
    dense[5 * 3 + 2] = -1.0
    dense[40 * 3 + 0] = 0.01
    return SparseTagModel(dense: dense, tags: ["DT", "NN", "VB"], rowBits: 6, prune: prune)
  }

  @Test func keepsOnlyNonZeroWeights() {
    #expect(Self.model().weightCount == 3)
    #expect(Self.model(prune: 0.5).weightCount == 2)
  }

  @Test func accumulatesRowsAndRoundTrips() throws {
    var offset = 0
    let model = Self.model()
    let read = try SparseTagModel(bytes: model.serialized(), offset: &offset)
    #expect(offset == model.serialized().count)
    #expect(read.tags == ["DT", "NN", "VB"])
    var scores = [Float](repeating: 0, count: 3)
    scores.withUnsafeMutableBufferPointer {
      read.accumulate(5, into: $0.baseAddress!)
      read.accumulate(6, into: $0.baseAddress!)  // no weights
    }
    #expect(scores[0] == 0)
    #expect(scores[1] > 0 && scores[2] < 0)
    #expect(abs(scores[1] + 2 * scores[2]) < 2)
  }

  @Test func rejectsDamagedModels() {
    var offset = 0
    #expect(throws: SparseTagModel.FormatError.self) {
      try SparseTagModel(bytes: Array("DLSPT001".utf8), offset: &offset)
    }
    let bytes = Self.model().serialized()
    #expect(throws: SparseTagModel.FormatError.self) {
      var at = 0
      return try SparseTagModel(bytes: Array(bytes.dropLast(3)), offset: &at)
    }
    #expect(throws: SparseTagModel.FormatError.self) { try SyntaxModel(bytes: bytes) }
  }
}
