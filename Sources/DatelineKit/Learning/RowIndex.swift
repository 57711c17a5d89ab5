/// Which rows of a hashed weight table a compact model stores, and where.
///
/// Most rows of a hashed table are empty. A bitmap marks the stored ones and a rank table (the
/// stored rows before each 64-row word) finds a row's slot with one popcount, so a model is
/// used as read, without expanding it.
struct RowIndex: Sendable {
  let bitmap: [UInt64]
  private let rank: [UInt32]
  /// Rows stored.
  let stored: Int

  init(bitmap: [UInt64]) {
    var rank = [UInt32](repeating: 0, count: bitmap.count)
    var total: UInt32 = 0
    for w in bitmap.indices {
      rank[w] = total
      total += UInt32(bitmap[w].nonzeroBitCount)
    }
    self.bitmap = bitmap
    self.rank = rank
    stored = Int(total)
  }

  /// The index of the rows of `2^rowBits` that `keep` says are stored.
  init(rowBits: Int, keep: (Int) -> Bool) {
    var bitmap = [UInt64](repeating: 0, count: (1 << rowBits) / 64)
    for r in 0..<(1 << rowBits) where keep(r) { bitmap[r >> 6] |= 1 << UInt64(r & 63) }
    self.init(bitmap: bitmap)
  }

  /// The slot of `row` among the stored rows, or -1 when it is not stored.
  @inline(__always) func slot(_ row: Int32) -> Int {
    let r = Int(row)
    let word = bitmap[r >> 6]
    let bit = UInt64(1) << UInt64(r & 63)
    guard word & bit != 0 else { return -1 }
    return Int(rank[r >> 6]) + (word & (bit - 1)).nonzeroBitCount
  }
}

/// Weights quantised to 16-bit integers with one scale: the largest magnitude maps to 32767.
enum Quantization {
  static func scale(_ dense: [Float]) -> Float {
    let maxAbs = dense.reduce(Float(0)) { max($0, abs($1)) }
    return maxAbs > 0 ? 32767 / maxAbs : 1
  }
}

/// Reads the little-endian binary form of a model.
struct ModelReader {
  struct Failure: Error {
    var message: String
  }

  let bytes: [UInt8]
  var at: Int

  init(_ bytes: [UInt8], at: Int = 0) {
    self.bytes = bytes
    self.at = at
  }

  var remaining: Int { bytes.count - at }

  func need(_ n: Int) throws(Failure) {
    guard n >= 0, at + n <= bytes.count else { throw Failure(message: "truncated") }
  }

  /// Checks and skips the 8-byte magic.
  mutating func magic(_ expected: [UInt8], otherwise message: String) throws(Failure) {
    guard at + expected.count <= bytes.count, Array(bytes[at..<at + expected.count]) == expected else {
      throw Failure(message: message)
    }
    at += expected.count
  }

  mutating func u32() throws(Failure) -> UInt32 {
    try need(4)
    defer { at += 4 }
    return UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(
      bytes[at + 3])
      << 24
  }

  /// A u8-length-prefixed UTF-8 string.
  mutating func shortString() throws(Failure) -> String {
    try need(1)
    let length = Int(bytes[at])
    at += 1
    try need(length)
    defer { at += length }
    return String(decoding: bytes[at..<at + length], as: UTF8.self)
  }

  /// `count` raw values of a fixed-width type (u64 bitmap words, i16 weights).
  mutating func values<T: FixedWidthInteger>(_ count: Int, of: T.Type) throws(Failure) -> [T] {
    let size = count * MemoryLayout<T>.size
    try need(size)
    var out = [T](repeating: 0, count: count)
    let base = at
    bytes.withUnsafeBytes { raw in
      out.withUnsafeMutableBytes {
        $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[base..<base + size]))
      }
    }
    at += size
    return out
  }
}

/// Writes the little-endian binary form ``ModelReader`` reads.
struct ModelWriter {
  var bytes: [UInt8] = []

  mutating func u32(_ v: UInt32) {
    for s in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: v >> UInt32(s))) }
  }

  mutating func shortString(_ s: String) {
    bytes.append(UInt8(s.utf8.count))
    bytes += s.utf8
  }

  mutating func values<T: FixedWidthInteger>(_ values: [T]) {
    values.withUnsafeBytes { bytes += $0 }
  }
}
