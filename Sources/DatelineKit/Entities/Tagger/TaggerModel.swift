/// The trained tagger's weights in their compact binary form.
///
/// Weights are hashed into `2^rowBits` rows of ``MentionTag/count`` values each. Rows that are all
/// zero are left out (a ``RowIndex`` finds the others), so the model is used as read. Values are
/// 16-bit integers with one scale.
///
/// Layout (little-endian): `DLNER001`, rowBits u32, tag count u32, scale f32, stored rows u32,
/// bitmap u64 × 2^rowBits/64, values i16 × stored rows × tag count.
public struct TaggerModel: Sendable, WeightRows {
  public struct FormatError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { "tagger model: \(message)" }
  }

  static let magic: [UInt8] = Array("DLNER001".utf8)

  let rowBits: Int
  private let scale: Float
  private let index: RowIndex
  private let values: [Int16]

  /// The model compiled into the binary.
  public static let shared: TaggerModel = {
    do {
      return try TaggerModel(bytes: EmbeddedModel.bytes())
    } catch {
      fatalError("the embedded tagger model is damaged: \(error)")
    }
  }()

  /// Reads a model written by ``serialized()``.
  public init(bytes: [UInt8]) throws {
    var reader = ModelReader(bytes)
    do {
      try reader.magic(Self.magic, otherwise: "not a model")
      rowBits = Int(try reader.u32())
      guard Int(try reader.u32()) == MentionTag.count, (8...26).contains(rowBits) else {
        throw FormatError(message: "unsupported shape")
      }
      scale = Float(bitPattern: try reader.u32())
      let stored = Int(try reader.u32())
      guard reader.remaining == (1 << rowBits) / 8 + stored * MentionTag.count * 2 else {
        throw FormatError(message: "truncated")
      }
      index = RowIndex(bitmap: try reader.values((1 << rowBits) / 64, of: UInt64.self))
      guard index.stored == stored else { throw FormatError(message: "bitmap and rows disagree") }
      values = try reader.values(stored * MentionTag.count, of: Int16.self)
    } catch let failure as ModelReader.Failure {
      throw FormatError(message: failure.message)
    }
  }

  /// Quantises dense weights (`rows × tags` floats) into a model; a row is kept whole when any
  /// of its weights is non-zero.
  init(dense: [Float], rowBits: Int) {
    let scale = Quantization.scale(dense)
    let t = MentionTag.count
    var values: [Int16] = []
    index = RowIndex(rowBits: rowBits) { r in
      let row = (0..<t).map { Int16((dense[r * t + $0] * scale).rounded()) }
      guard row.contains(where: { $0 != 0 }) else { return false }
      values += row
      return true
    }
    self.rowBits = rowBits
    self.scale = scale
    self.values = values
  }

  /// The binary form ``init(bytes:)`` reads.
  public func serialized() -> [UInt8] {
    var out = ModelWriter(bytes: Self.magic)
    out.u32(UInt32(rowBits))
    out.u32(UInt32(MentionTag.count))
    out.u32(scale.bitPattern)
    out.u32(UInt32(index.stored))
    out.values(index.bitmap)
    out.values(values)
    return out.bytes
  }

  @inline(__always)
  func accumulate(_ row: Int32, into scores: UnsafeMutablePointer<Float>) {
    let stored = index.slot(row)
    guard stored >= 0 else { return }
    values.withUnsafeBufferPointer { v in
      for k in 0..<MentionTag.count { scores[k] += Float(v[stored * MentionTag.count + k]) }
    }
  }
}
