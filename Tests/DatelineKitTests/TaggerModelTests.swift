import Testing

@testable import DatelineKit

@Suite struct TaggerModelTests {
  @Test func roundTripsThroughBytes() throws {
    var dense = [Float](repeating: 0, count: 256 * MentionTag.count)
    dense[5 * MentionTag.count + 3] = 2.5
    dense[200 * MentionTag.count] = -1
    let model = TaggerModel(dense: dense, rowBits: 8)
    let read = try TaggerModel(bytes: model.serialized())
    var scores = [Float](repeating: 0, count: MentionTag.count)
    scores.withUnsafeMutableBufferPointer { read.accumulate(5, into: $0.baseAddress!) }
    #expect(scores[3] == 32767)
    scores.withUnsafeMutableBufferPointer { read.accumulate(6, into: $0.baseAddress!) }
    #expect(scores.filter { $0 != 0 }.count == 1)
    scores.withUnsafeMutableBufferPointer { read.accumulate(200, into: $0.baseAddress!) }
    #expect(scores[0] == -13107)
    #expect(read.serialized() == model.serialized())
  }

  @Test func rejectsDamagedBytes() {
    #expect(throws: TaggerModel.FormatError.self) {
      try TaggerModel(bytes: Array("not a model at all, no".utf8))
    }
    let bytes = TaggerModel(dense: [Float](repeating: 1, count: 256 * MentionTag.count), rowBits: 8)
      .serialized()
    #expect(throws: TaggerModel.FormatError.self) { try TaggerModel(bytes: Array(bytes.dropLast(2))) }
  }

  @Test func embeddedModelLoads() {
    #expect(TaggerModel.shared.rowBits >= 16)
  }
}
