/// MinHash signatures over word shingles, and the LSH bands that find candidate near-duplicates.
///
/// A text's words (letters and digits, ASCII lowercased, on UTF-8 bytes) form overlapping
/// shingles of ``shingleWords`` words; the signature keeps, for each of ``permutations`` hash
/// functions, the smallest hash of any shingle. The share of equal positions between two
/// signatures estimates the Jaccard similarity of the shingle sets (Broder 1997). Signatures are
/// cut into ``bands`` bands of ``rowsPerBand`` rows: two texts share a band with probability
/// 1 − (1 − J^r)^b, so with 16 × 4 pairs above J ≈ 0.5 nearly always meet and pairs below 0.2
/// rarely do; candidates are then checked against ``threshold``.
///
/// ```swift
/// let minHash = MinHash()
/// let a = minHash.signature(of: reutersText)!, b = minHash.signature(of: tassText)!
/// if minHash.similarity(a, b) >= minHash.threshold { /* one story */ }
/// ```
public struct MinHash: Sendable {
  /// A signature: one minimum per hash function.
  public typealias Signature = [UInt32]

  public static let permutations = 64
  public static let bands = 16
  public static let rowsPerBand = 4
  public static let shingleWords = 3

  /// The estimated Jaccard similarity from which two texts are one story.
  public var threshold: Double

  private let seeds: [UInt64]

  public init(threshold: Double = 0.5) {
    self.threshold = threshold
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    seeds = (0..<Self.permutations).map { _ in
      state &+= 0x9E37_79B9_7F4A_7C15
      return Self.mix(state)
    }
  }

  /// The signature of a text, or nil when it has no word.
  public func signature(of text: String) -> Signature? {
    var text = text
    let shingles = text.withUTF8 { Self.shingles($0) }
    guard !shingles.isEmpty else { return nil }
    var minima = Signature(repeating: .max, count: Self.permutations)
    for shingle in shingles {
      for index in 0..<Self.permutations {
        let value = UInt32(truncatingIfNeeded: Self.mix(shingle ^ seeds[index]) >> 32)
        if value < minima[index] { minima[index] = value }
      }
    }
    return minima
  }

  /// The estimated Jaccard similarity of two signatures' texts, 0…1.
  public func similarity(_ a: Signature, _ b: Signature) -> Double {
    guard a.count == b.count, !a.isEmpty else { return 0 }
    var equal = 0
    for index in a.indices where a[index] == b[index] { equal += 1 }
    return Double(equal) / Double(a.count)
  }

  /// The signature's LSH band keys, one per band, as signed 64-bit integers for SQL columns.
  public static func bandKeys(_ signature: Signature) -> [Int64] {
    (0..<bands).map { band in
      var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(band)
      for row in 0..<rowsPerBand {
        h = mix(h ^ UInt64(signature[band * rowsPerBand + row]))
      }
      return Int64(bitPattern: h)
    }
  }

  /// The signature as bytes (little-endian), for a BLOB or BYTEA column.
  public static func bytes(_ signature: Signature) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(signature.count * 4)
    for value in signature {
      for shift in stride(from: 0, to: 32, by: 8) {
        bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift)))
      }
    }
    return bytes
  }

  /// The signature stored by ``bytes(_:)``, or nil when the bytes are not one.
  public static func signature(bytes: [UInt8]) -> Signature? {
    guard bytes.count == permutations * 4 else { return nil }
    return (0..<permutations).map { index in
      (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[index * 4 + $1]) << UInt32($1 * 8) }
    }
  }

  /// The hashes of a text's word shingles (fewer words than a shingle: one shingle of them all).
  static func shingles(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt64] {
    var words: [UInt64] = []
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    var inWord = false
    for byte in bytes {
      var b = byte
      let isWord =
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
      if isWord {
        if b >= 0x41 && b <= 0x5A { b |= 0x20 }
        h = (h ^ UInt64(b)) &* 0x100_0000_01b3
        inWord = true
      } else if inWord {
        words.append(h)
        h = 0xcbf2_9ce4_8422_2325
        inWord = false
      }
    }
    if inWord { words.append(h) }
    guard !words.isEmpty else { return [] }
    let width = min(shingleWords, words.count)
    var shingles: [UInt64] = []
    shingles.reserveCapacity(words.count - width + 1)
    for start in 0...(words.count - width) {
      var s: UInt64 = 0
      for offset in 0..<width { s = mix(s ^ words[start + offset]) }
      shingles.append(s)
    }
    return shingles
  }

  /// SplitMix64's finaliser: a fast, well-mixing 64-bit hash.
  static func mix(_ x: UInt64) -> UInt64 {
    var z = x &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
