/// Rows of tag weights the decoder adds up: the trained model, or the trainer's live weights.
protocol WeightRows {
  func accumulate(_ row: Int32, into scores: UnsafeMutablePointer<Float>)
}

/// The trained tagger's weights in their compact binary form.
///
/// Weights are hashed into `2^rowBits` rows of ``MentionTag/count`` values each. Rows that are all
/// zero are left out: a bitmap says which rows exist and a rank table finds a row's values, so the
/// model is used as read, without expanding it. Values are 16-bit integers with one scale.
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
  private let bitmap: [UInt64]
  private let rank: [UInt32]
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
    guard bytes.count >= 24, Array(bytes[0..<8]) == Self.magic else {
      throw FormatError(message: "not a model")
    }
    func u32(_ at: Int) -> UInt32 {
      UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3])
        << 24
    }
    rowBits = Int(u32(8))
    guard Int(u32(12)) == MentionTag.count, (8...26).contains(rowBits) else {
      throw FormatError(message: "unsupported shape")
    }
    scale = Float(bitPattern: u32(16))
    let stored = Int(u32(20))
    let words = (1 << rowBits) / 64
    guard bytes.count == 24 + words * 8 + stored * MentionTag.count * 2 else {
      throw FormatError(message: "truncated")
    }
    var bitmap = [UInt64](repeating: 0, count: words)
    var values = [Int16](repeating: 0, count: stored * MentionTag.count)
    bytes.withUnsafeBytes { raw in
      bitmap.withUnsafeMutableBytes {
        $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[24..<24 + words * 8]))
      }
      values.withUnsafeMutableBytes {
        $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[(24 + words * 8)...]))
      }
    }
    var rank = [UInt32](repeating: 0, count: words)
    var total: UInt32 = 0
    for w in 0..<words {
      rank[w] = total
      total += UInt32(bitmap[w].nonzeroBitCount)
    }
    guard Int(total) == stored else { throw FormatError(message: "bitmap and rows disagree") }
    self.bitmap = bitmap
    self.rank = rank
    self.values = values
  }

  /// Quantises dense weights (`rows × tags` floats) into a model.
  init(dense: [Float], rowBits: Int) {
    let maxAbs = dense.reduce(Float(0)) { max($0, abs($1)) }
    let scale = maxAbs > 0 ? 32767 / maxAbs : 1
    let words = (1 << rowBits) / 64
    var bitmap = [UInt64](repeating: 0, count: words)
    var rank = [UInt32](repeating: 0, count: words)
    var values: [Int16] = []
    let t = MentionTag.count
    for r in 0..<(1 << rowBits) {
      if r & 63 == 0 { rank[r >> 6] = UInt32(values.count / t) }
      var row = [Int16](repeating: 0, count: t)
      var any = false
      for k in 0..<t {
        let q = Int16((dense[r * t + k] * scale).rounded())
        row[k] = q
        if q != 0 { any = true }
      }
      guard any else { continue }
      bitmap[r >> 6] |= 1 << UInt64(r & 63)
      values += row
    }
    self.rowBits = rowBits
    self.scale = scale
    self.bitmap = bitmap
    self.rank = rank
    self.values = values
  }

  /// The binary form ``init(bytes:)`` reads.
  public func serialized() -> [UInt8] {
    var out = Self.magic
    func put(_ v: UInt32) {
      for s in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: v >> UInt32(s))) }
    }
    put(UInt32(rowBits))
    put(UInt32(MentionTag.count))
    put(scale.bitPattern)
    put(UInt32(values.count / MentionTag.count))
    bitmap.withUnsafeBytes { out += $0 }
    values.withUnsafeBytes { out += $0 }
    return out
  }

  @inline(__always)
  func accumulate(_ row: Int32, into scores: UnsafeMutablePointer<Float>) {
    let r = Int(row)
    let word = bitmap[r >> 6]
    let bit = UInt64(1) << UInt64(r & 63)
    guard word & bit != 0 else { return }
    let index = (Int(rank[r >> 6]) + (word & (bit - 1)).nonzeroBitCount) * MentionTag.count
    values.withUnsafeBufferPointer { v in
      for k in 0..<MentionTag.count { scores[k] += Float(v[index + k]) }
    }
  }
}
