/// Maps (template, value) feature pairs to rows of a hashed weight table.
///
/// Every tagger hashes its features the same way, so a model's rows mean the same thing to the
/// trainer that wrote it and the tagger that reads it. A template is a small number naming the
/// feature (`word`, `suffix`, `previous tag`); a value is a hash of what it saw.
///
/// ```swift
/// let hasher = FeatureHasher(rowBits: 18)
/// let row = hasher.row(2, FeatureHasher.pair(previousWord, word))  // 0..<2^18
/// ```
struct FeatureHasher: Sendable {
  let rowMask: UInt64

  init(rowBits: Int) {
    rowMask = (1 << UInt64(rowBits)) - 1
  }

  /// The row of `value` under `template`.
  @inline(__always) func row(_ template: UInt64, _ value: UInt64) -> Int32 {
    var h = (value &+ template &* 0x9E37_79B9_7F4A_7C15) &* 0xFF51_AFD7_ED55_8CCD
    h ^= h >> 33
    h = h &* 0xC4CE_B9FE_1A85_EC53
    h ^= h >> 29
    return Int32(truncatingIfNeeded: h & rowMask)
  }

  /// One value for two (a conjunction feature); order matters.
  @inline(__always) static func pair(_ a: UInt64, _ b: UInt64) -> UInt64 {
    (a &* 0x9E37_79B9_7F4A_7C15) ^ (b &+ 0x7F4A_7C15) &* 0xC2B2_AE3D_27D4_EB4F
  }
}
