/// Weights of an averaged-perceptron tagger in a compact sparse form, for any tag set.
///
/// Features are hashed into `2^rowBits` rows; a row keeps only its non-zero tag weights. A
/// ``RowIndex`` says which rows exist and where, so the model is used as read. Values are 16-bit
/// integers with one scale. Tag names travel with the model. The syntax layer (part of speech,
/// chunks) and the quote tagger store their weights this way.
///
/// Layout (little-endian): `DLSPT001`, rowBits u32, tag count u32, scale f32, stored rows u32,
/// entries u32, tag names (u8 length + UTF-8 each), bitmap u64 × 2^rowBits/64, entry counts u8
/// × stored rows, entry tags u8 × entries, entry values i16 × entries.
public struct SparseTagModel: Sendable, WeightRows {
  public struct FormatError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { "tag model: \(message)" }
  }

  static let magic: [UInt8] = Array("DLSPT001".utf8)

  public let tags: [String]
  let rowBits: Int
  private let scale: Float
  private let index: RowIndex
  /// Entries of stored row r: `entries[rowStart[r]..<rowStart[r + 1]]`, each a tag (high 16 bits)
  /// and its value (low 16 bits), side by side so that a row costs one memory access.
  private let rowStart: [UInt32]
  private let entries: [UInt32]

  @inline(__always) private static func entry(_ tag: UInt8, _ value: Int16) -> UInt32 {
    UInt32(tag) << 16 | UInt32(UInt16(bitPattern: value))
  }

  /// Reads a model written by ``serialized()`` from `bytes[offset...]`; `offset` moves past it.
  init(bytes: [UInt8], offset: inout Int) throws {
    var reader = ModelReader(bytes, at: offset)
    do {
      try self.init(reading: &reader)
    } catch let failure as ModelReader.Failure {
      throw FormatError(message: failure.message)
    }
    offset = reader.at
  }

  /// Reads a model written by ``serialized()``, alone in `bytes`.
  public init(bytes: [UInt8]) throws {
    var offset = 0
    try self.init(bytes: bytes, offset: &offset)
    guard offset == bytes.count else { throw FormatError(message: "trailing bytes") }
  }

  private init(reading reader: inout ModelReader) throws {
    try reader.magic(Self.magic, otherwise: "not a model")
    rowBits = Int(try reader.u32())
    let tagCount = Int(try reader.u32())
    guard (6...26).contains(rowBits), (1...255).contains(tagCount) else {
      throw FormatError(message: "unsupported shape")
    }
    scale = Float(bitPattern: try reader.u32())
    let stored = Int(try reader.u32())
    let entries = Int(try reader.u32())
    var tags: [String] = []
    for _ in 0..<tagCount { tags.append(try reader.shortString()) }
    self.tags = tags
    try reader.need((1 << rowBits) / 8 + stored + entries * 3)
    index = RowIndex(bitmap: try reader.values((1 << rowBits) / 64, of: UInt64.self))
    guard index.stored == stored else { throw FormatError(message: "bitmap and rows disagree") }
    let counts = try reader.values(stored, of: UInt8.self)
    var rowStart = [UInt32](repeating: 0, count: stored + 1)
    for r in 0..<stored { rowStart[r + 1] = rowStart[r] + UInt32(counts[r]) }
    guard Int(rowStart[stored]) == entries else { throw FormatError(message: "rows and entries disagree") }
    let entryTags = try reader.values(entries, of: UInt8.self)
    guard entryTags.allSatisfy({ Int($0) < tagCount }) else { throw FormatError(message: "tag out of range") }
    let values = try reader.values(entries, of: Int16.self)
    self.entries = zip(entryTags, values).map { Self.entry($0, $1) }
    self.rowStart = rowStart
  }

  /// Quantises dense weights (`rows × tags` floats) into a model; weights whose magnitude is
  /// below `prune` are dropped.
  init(dense: [Float], tags: [String], rowBits: Int, prune: Float) {
    let t = tags.count
    let scale = Quantization.scale(dense)
    var rowStart: [UInt32] = [0]
    var entries: [UInt32] = []
    index = RowIndex(rowBits: rowBits) { r in
      let before = entries.count
      for k in 0..<t {
        let w = dense[r * t + k]
        guard abs(w) >= prune else { continue }
        let q = Int16((w * scale).rounded())
        guard q != 0 else { continue }
        entries.append(Self.entry(UInt8(k), q))
      }
      guard entries.count > before else { return false }
      rowStart.append(UInt32(entries.count))
      return true
    }
    self.tags = tags
    self.rowBits = rowBits
    self.scale = scale
    self.rowStart = rowStart
    self.entries = entries
  }

  /// A model with no weights (every tag scores 0).
  init(tags: [String], rowBits: Int) {
    self.tags = tags
    self.rowBits = rowBits
    scale = 1
    index = RowIndex(rowBits: rowBits) { _ in false }
    rowStart = [0]
    entries = []
  }

  /// The binary form ``init(bytes:offset:)`` reads.
  public func serialized() -> [UInt8] {
    var out = ModelWriter(bytes: Self.magic)
    let stored = rowStart.count - 1
    out.u32(UInt32(rowBits))
    out.u32(UInt32(tags.count))
    out.u32(scale.bitPattern)
    out.u32(UInt32(stored))
    out.u32(UInt32(entries.count))
    for tag in tags { out.shortString(tag) }
    out.values(index.bitmap)
    out.values((0..<stored).map { UInt8(rowStart[$0 + 1] - rowStart[$0]) })
    out.values(entries.map { UInt8(truncatingIfNeeded: $0 >> 16) })
    out.values(entries.map { Int16(truncatingIfNeeded: $0) })
    return out.bytes
  }

  /// Non-zero weights kept.
  public var weightCount: Int { entries.count }

  @inline(__always)
  func accumulate(_ row: Int32, into scores: UnsafeMutablePointer<Float>) {
    let stored = index.slot(row)
    guard stored >= 0 else { return }
    entries.withUnsafeBufferPointer { e in
      for k in Int(rowStart[stored])..<Int(rowStart[stored + 1]) {
        scores[Int(e[k] >> 16)] += Float(Int16(truncatingIfNeeded: e[k]))
      }
    }
  }
}
