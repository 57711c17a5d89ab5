/// Hashed features of the part-of-speech tagger and the chunker.
///
/// Observation rows (word, folded word, affixes, shape, casing, neighbours ±2, word clusters;
/// the chunker adds the part-of-speech tags around the word) are computed once per sentence;
/// tag rows (the two previous tags, the previous tag with the word) while decoding. Each
/// (template, value) pair is hashed to a row of the model, as in the mention tagger.
struct SyntaxFeatures {
  let hasher: FeatureHasher
  private(set) var traits: [WordTraits] = []
  private var clusters: [UInt32] = []
  /// Observation rows of token k: `rows[offsets[k]..<offsets[k + 1]]`.
  private(set) var rows: [Int32] = []
  private(set) var offsets: [Int] = []

  init(rowBits: Int) {
    hasher = FeatureHasher(rowBits: rowBits)
  }

  @inline(__always) func row(_ template: UInt64, _ value: UInt64) -> Int32 { hasher.row(template, value) }

  private static let start: UInt64 = 0x5354_4152_54
  private static let end: UInt64 = 0x454E_44

  /// Reads the words of one sentence.
  mutating func read(_ text: UnsafeBufferPointer<UInt8>, _ tokens: ArraySlice<Token>) {
    traits.removeAll(keepingCapacity: true)
    clusters.removeAll(keepingCapacity: true)
    for token in tokens {
      let t = WordTraits(text, Int(token.start), Int(token.end))
      traits.append(t)
      clusters.append(WordClusters.shared.clusters(t))
    }
  }

  /// The part-of-speech observation rows of the sentence read last.
  mutating func preparePartOfSpeech() {
    rows.removeAll(keepingCapacity: true)
    offsets.removeAll(keepingCapacity: true)
    let n = traits.count
    for i in 0..<n {
      offsets.append(rows.count)
      let t = traits[i]
      let lp1 = i > 0 ? traits[i - 1].lower : Self.start
      let lp2 = i > 1 ? traits[i - 2].lower : Self.start
      let ln1 = i + 1 < n ? traits[i + 1].lower : Self.end
      let ln2 = i + 2 < n ? traits[i + 2].lower : Self.end
      let sp1 = i > 0 ? traits[i - 1].suffix3 : Self.start
      let sn1 = i + 1 < n ? traits[i + 1].suffix3 : Self.end
      let shn1 = i + 1 < n ? traits[i + 1].shape : Self.end
      rows.append(row(1, 0))
      rows.append(row(2, t.word))
      rows.append(row(3, t.lower))
      rows.append(row(4, t.suffix1))
      rows.append(row(5, t.suffix2))
      rows.append(row(6, t.suffix3))
      rows.append(row(7, t.suffix4))
      rows.append(row(8, t.prefix1))
      rows.append(row(9, t.prefix2))
      rows.append(row(10, t.prefix3))
      rows.append(row(11, t.shape))
      rows.append(row(12, UInt64(t.flags.rawValue) | (i == 0 ? 1 << 16 : 0)))
      rows.append(row(13, lp1))
      rows.append(row(14, lp2))
      rows.append(row(15, ln1))
      rows.append(row(16, ln2))
      rows.append(row(17, sp1))
      rows.append(row(18, sn1))
      rows.append(row(19, FeatureHasher.pair(t.lower, ln1)))
      rows.append(row(20, FeatureHasher.pair(lp1, t.lower)))
      rows.append(row(21, FeatureHasher.pair(t.shape, shn1)))
      let c = UInt64(clusters[i])
      if c != 0 {
        rows.append(row(22, c & 0x3FF))
        rows.append(row(23, c >> 10 & 0x3FF))
        rows.append(row(24, c >> 20))
      } else {
        rows.append(row(22, 0xFFFF | UInt64(t.flags.rawValue) << 16))
      }
      rows.append(row(25, i + 1 < n ? UInt64(clusters[i + 1]) >> 10 & 0x3FF : 0x800))
    }
    offsets.append(rows.count)
  }

  /// The chunker's observation rows of the sentence read last, given its part-of-speech tags.
  mutating func prepareChunks(_ pos: [UInt8]) {
    rows.removeAll(keepingCapacity: true)
    offsets.removeAll(keepingCapacity: true)
    let n = traits.count
    func tag(_ k: Int) -> UInt64 { k < 0 ? 0xFE : k >= n ? 0xFF : UInt64(pos[k]) }
    func lower(_ k: Int) -> UInt64 { k < 0 ? Self.start : k >= n ? Self.end : traits[k].lower }
    for i in 0..<n {
      offsets.append(rows.count)
      let t = traits[i]
      let (p2, p1, p0, n1, n2) = (tag(i - 2), tag(i - 1), tag(i), tag(i + 1), tag(i + 2))
      rows.append(row(101, 0))
      rows.append(row(102, t.lower))
      rows.append(row(103, lower(i - 1)))
      rows.append(row(104, lower(i + 1)))
      rows.append(row(105, lower(i - 2)))
      rows.append(row(106, lower(i + 2)))
      rows.append(row(107, p0))
      rows.append(row(108, p1))
      rows.append(row(109, n1))
      rows.append(row(110, p2))
      rows.append(row(111, n2))
      rows.append(row(112, p1 << 8 | p0))
      rows.append(row(113, p0 << 8 | n1))
      rows.append(row(114, p1 << 16 | p0 << 8 | n1))
      rows.append(row(115, p2 << 16 | p1 << 8 | p0))
      rows.append(row(116, p0 << 16 | n1 << 8 | n2))
      rows.append(row(117, FeatureHasher.pair(t.lower, p0)))
      rows.append(row(118, FeatureHasher.pair(lower(i - 1), p0)))
      rows.append(row(119, FeatureHasher.pair(t.lower, n1)))
      rows.append(row(120, t.suffix3))
      rows.append(row(121, UInt64(t.flags.rawValue) | p0 << 16))
    }
    offsets.append(rows.count)
  }

  /// Tag rows of token `i` given the two previous tags (`first` selects the tagger's templates).
  @inline(__always)
  func tagRows(_ i: Int, previous p1: Int, _ p2: Int, chunker: Bool, into out: inout [Int32]) {
    out.removeAll(keepingCapacity: true)
    let base: UInt64 = chunker ? 140 : 40
    let t = traits[i]
    out.append(row(base, UInt64(p1)))
    out.append(row(base + 1, UInt64(p1) << 8 | UInt64(p2)))
    out.append(row(base + 2, FeatureHasher.pair(UInt64(p1), t.lower)))
    out.append(row(base + 3, FeatureHasher.pair(UInt64(p1), t.suffix3)))
  }
}
