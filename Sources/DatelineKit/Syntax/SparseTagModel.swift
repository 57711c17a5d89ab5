/// Weights of an averaged-perceptron tagger in a compact sparse form, for any tag set.
///
/// Features are hashed into `2^rowBits` rows; a row keeps only its non-zero tag weights. A
/// bitmap says which rows exist and a rank table finds a row's entries, so the model is used as
/// read. Values are 16-bit integers with one scale. Tag names travel with the model.
///
/// Layout (little-endian): `DLSPT001`, rowBits u32, tag count u32, scale f32, stored rows u32,
/// entries u32, tag names (u8 length + UTF-8 each), bitmap u64 × 2^rowBits/64, entry counts u8
/// × stored rows, entry tags u8 × entries, entry values i16 × entries.
public struct SparseTagModel: Sendable, WeightRows {
  public struct FormatError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { "syntax model: \(message)" }
  }

  static let magic: [UInt8] = Array("DLSPT001".utf8)

  public let tags: [String]
  let rowBits: Int
  private let scale: Float
  private let bitmap: [UInt64]
  private let rank: [UInt32]
  /// Entries of stored row r: `entries[rowStart[r]..<rowStart[r + 1]]`, each a tag (high 16 bits)
  /// and its value (low 16 bits), side by side so that a row costs one memory access.
  private let rowStart: [UInt32]
  private let entries: [UInt32]

  @inline(__always) private static func entry(_ tag: UInt8, _ value: Int16) -> UInt32 {
    UInt32(tag) << 16 | UInt32(UInt16(bitPattern: value))
  }

  /// Reads a model written by ``serialized()`` from `bytes[offset...]`; `offset` moves past it.
  init(bytes: [UInt8], offset: inout Int) throws {
    var at = offset
    func need(_ n: Int) throws {
      guard at + n <= bytes.count else { throw FormatError(message: "truncated") }
    }
    func u32() throws -> UInt32 {
      try need(4)
      defer { at += 4 }
      return UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(
        bytes[at + 3]) << 24
    }
    try need(8)
    guard Array(bytes[at..<at + 8]) == Self.magic else { throw FormatError(message: "not a model") }
    at += 8
    rowBits = Int(try u32())
    let tagCount = Int(try u32())
    guard (6...26).contains(rowBits), (1...255).contains(tagCount) else {
      throw FormatError(message: "unsupported shape")
    }
    scale = Float(bitPattern: try u32())
    let stored = Int(try u32())
    let entries = Int(try u32())
    var tags: [String] = []
    for _ in 0..<tagCount {
      try need(1)
      let length = Int(bytes[at])
      at += 1
      try need(length)
      tags.append(String(decoding: bytes[at..<at + length], as: UTF8.self))
      at += length
    }
    self.tags = tags
    let words = (1 << rowBits) / 64
    try need(words * 8 + stored + entries * 3)
    var bitmap = [UInt64](repeating: 0, count: words)
    var values = [Int16](repeating: 0, count: entries)
    let base = at
    bytes.withUnsafeBytes { raw in
      bitmap.withUnsafeMutableBytes {
        $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[base..<base + words * 8]))
      }
      let valuesAt = base + words * 8 + stored + entries
      values.withUnsafeMutableBytes {
        $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[valuesAt..<valuesAt + entries * 2]))
      }
    }
    at += words * 8
    var rowStart = [UInt32](repeating: 0, count: stored + 1)
    for r in 0..<stored { rowStart[r + 1] = rowStart[r] + UInt32(bytes[at + r]) }
    at += stored
    guard Int(rowStart[stored]) == entries else { throw FormatError(message: "rows and entries disagree") }
    let entryTags = bytes[at..<at + entries]
    guard entryTags.allSatisfy({ Int($0) < tagCount }) else { throw FormatError(message: "tag out of range") }
    self.entries = zip(entryTags, values).map { Self.entry($0, $1) }
    at += entries * 3
    var rank = [UInt32](repeating: 0, count: words)
    var total: UInt32 = 0
    for w in 0..<words {
      rank[w] = total
      total += UInt32(bitmap[w].nonzeroBitCount)
    }
    guard Int(total) == stored else { throw FormatError(message: "bitmap and rows disagree") }
    self.bitmap = bitmap
    self.rank = rank
    self.rowStart = rowStart
    offset = at
  }

  /// Quantises dense weights (`rows × tags` floats) into a model; weights whose magnitude is
  /// below `prune` are dropped.
  init(dense: [Float], tags: [String], rowBits: Int, prune: Float) {
    let t = tags.count
    let maxAbs = dense.reduce(Float(0)) { max($0, abs($1)) }
    let scale = maxAbs > 0 ? 32767 / maxAbs : 1
    let words = (1 << rowBits) / 64
    var bitmap = [UInt64](repeating: 0, count: words)
    var rank = [UInt32](repeating: 0, count: words)
    var rowStart: [UInt32] = [0]
    var entries: [UInt32] = []
    for r in 0..<(1 << rowBits) {
      if r & 63 == 0 { rank[r >> 6] = UInt32(rowStart.count - 1) }
      var any = false
      for k in 0..<t {
        let w = dense[r * t + k]
        guard abs(w) >= prune else { continue }
        let q = Int16((w * scale).rounded())
        guard q != 0 else { continue }
        entries.append(Self.entry(UInt8(k), q))
        any = true
      }
      guard any else { continue }
      bitmap[r >> 6] |= 1 << UInt64(r & 63)
      rowStart.append(UInt32(entries.count))
    }
    self.tags = tags
    self.rowBits = rowBits
    self.scale = scale
    self.bitmap = bitmap
    self.rank = rank
    self.rowStart = rowStart
    self.entries = entries
  }

  /// A model with no weights (every tag scores 0).
  init(tags: [String], rowBits: Int) {
    let words = (1 << rowBits) / 64
    self.tags = tags
    self.rowBits = rowBits
    scale = 1
    bitmap = [UInt64](repeating: 0, count: words)
    rank = [UInt32](repeating: 0, count: words)
    rowStart = [0]
    entries = []
  }

  /// The binary form ``init(bytes:offset:)`` reads.
  func serialized() -> [UInt8] {
    var out = Self.magic
    func put(_ v: UInt32) {
      for s in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: v >> UInt32(s))) }
    }
    let stored = rowStart.count - 1
    put(UInt32(rowBits))
    put(UInt32(tags.count))
    put(scale.bitPattern)
    put(UInt32(stored))
    put(UInt32(entries.count))
    for tag in tags {
      out.append(UInt8(tag.utf8.count))
      out += tag.utf8
    }
    bitmap.withUnsafeBytes { out += $0 }
    for r in 0..<stored { out.append(UInt8(rowStart[r + 1] - rowStart[r])) }
    for e in entries { out.append(UInt8(truncatingIfNeeded: e >> 16)) }
    let values = entries.map { Int16(truncatingIfNeeded: $0) }
    values.withUnsafeBytes { out += $0 }
    return out
  }

  /// Non-zero weights kept.
  public var weightCount: Int { entries.count }

  /// Adds row `row`'s weights to `scores` (one per tag).
  @inline(__always)
  func accumulate(_ row: Int32, into scores: UnsafeMutablePointer<Float>) {
    let r = Int(row)
    let word = bitmap[r >> 6]
    let bit = UInt64(1) << UInt64(r & 63)
    guard word & bit != 0 else { return }
    let stored = Int(rank[r >> 6]) + (word & (bit - 1)).nonzeroBitCount
    entries.withUnsafeBufferPointer { e in
      for k in Int(rowStart[stored])..<Int(rowStart[stored + 1]) {
        scores[Int(e[k] >> 16)] += Float(Int16(truncatingIfNeeded: e[k]))
      }
    }
  }
}
