/// Turns the tokens of a sentence into rows of the hashed weight table.
///
/// Observation features (word, folded word, shape, affixes, words and shapes ±2, gazetteer marks,
/// document-level capitalisation) are computed once per sentence; tag features (previous tags,
/// previous tag with the word, the label this word got earlier in the document) are computed
/// while decoding. Feature hashing maps each (template, value) pair to a row of `rows`.
struct FeatureExtractor {
  /// What a document tells about a folded word: seen capitalised or lower case mid-sentence, and
  /// the type it was last tagged with (the "extended prediction history" of Ratinov & Roth 2009).
  struct DocumentMemory {
    var casing: [UInt64: UInt8] = [:]
    var history: [UInt64: UInt8] = [:]

    mutating func reset() {
      casing.removeAll(keepingCapacity: true)
      history.removeAll(keepingCapacity: true)
    }
  }

  let hasher: FeatureHasher
  let gazetteer: Gazetteer
  private(set) var traits: [WordTraits] = []
  private var marks: [UInt64] = []
  private var clusters: [UInt32] = []
  let wordClusters: WordClusters
  /// Observation rows of token k: `features[offsets[k]..<offsets[k + 1]]`.
  private(set) var features: [Int32] = []
  private(set) var offsets: [Int] = []
  private(set) var allCapsSentence = false

  init(rowBits: Int, gazetteer: Gazetteer = .shared) {
    self.hasher = FeatureHasher(rowBits: rowBits)
    self.gazetteer = gazetteer
    self.wordClusters = .shared
  }

  @inline(__always) func row(_ template: UInt64, _ value: UInt64) -> Int32 { hasher.row(template, value) }

  /// Records the casing of a sentence's words in the document memory, before tagging.
  static func remember(
    _ text: UnsafeBufferPointer<UInt8>, _ tokens: ArraySlice<Token>, in memory: inout DocumentMemory
  ) {
    var first = true
    for token in tokens {
      let t = WordTraits(text, Int(token.start), Int(token.end))
      defer { first = false }
      guard !first, t.flags.contains(.letters) else { continue }
      if t.flags.contains(.lower) {
        memory.casing[t.lower, default: 0] |= 2
      } else if t.flags.contains(.capitalized) && !t.flags.contains(.allCaps) {
        memory.casing[t.lower, default: 0] |= 1
      }
    }
  }

  /// Computes the observation rows of one sentence.
  mutating func prepare(
    _ text: UnsafeBufferPointer<UInt8>, _ tokens: ArraySlice<Token>, memory: DocumentMemory
  ) {
    let n = tokens.count
    traits.removeAll(keepingCapacity: true)
    var lowerWords = 0
    var capsWords = 0
    for token in tokens {
      let t = WordTraits(text, Int(token.start), Int(token.end))
      if t.flags.contains(.lower) { lowerWords += 1 }
      if t.flags.contains(.allCaps) && t.length > 1 { capsWords += 1 }
      traits.append(t)
    }
    allCapsSentence = capsWords >= 2 && lowerWords == 0
    clusters.removeAll(keepingCapacity: true)
    for t in traits { clusters.append(wordClusters.clusters(t)) }
    if marks.count < n { marks = [UInt64](repeating: 0, count: n) }
    traits.withUnsafeBufferPointer { t in
      marks.withUnsafeMutableBufferPointer { gazetteer.match(t, into: $0) }
    }
    features.removeAll(keepingCapacity: true)
    offsets.removeAll(keepingCapacity: true)
    let boundary = WordTraits()
    let start: UInt64 = 0x5354_4152_54
    let end: UInt64 = 0x454E_44
    let caps: UInt64 = allCapsSentence ? 1 : 0
    for i in 0..<n {
      offsets.append(features.count)
      let t = traits[i]
      let p1 = i > 0 ? traits[i - 1] : boundary
      let p2 = i > 1 ? traits[i - 2] : boundary
      let n1 = i + 1 < n ? traits[i + 1] : boundary
      let n2 = i + 2 < n ? traits[i + 2] : boundary
      let lp1 = i > 0 ? p1.lower : start
      let lp2 = i > 1 ? p2.lower : start
      let ln1 = i + 1 < n ? n1.lower : end
      let ln2 = i + 2 < n ? n2.lower : end
      let sp1 = i > 0 ? p1.shape : start
      let sn1 = i + 1 < n ? n1.shape : end
      features.append(row(1, 0))
      features.append(row(2, t.word))
      features.append(row(3, t.lower))
      features.append(row(4, t.shape))
      features.append(row(5, t.prefix1))
      features.append(row(6, t.prefix2))
      features.append(row(7, t.prefix3))
      features.append(row(8, t.suffix1))
      features.append(row(9, t.suffix2))
      features.append(row(10, t.suffix3))
      features.append(row(11, t.suffix4))
      features.append(row(12, lp1))
      features.append(row(13, ln1))
      features.append(row(14, lp2))
      features.append(row(15, ln2))
      features.append(row(16, sp1))
      features.append(row(17, sn1))
      // Context conjoined with the token's case: "said" before a name is not "said" before a verb.
      let form = UInt64(t.flags.rawValue & 3) | caps << 2
      features.append(row(50, FeatureHasher.pair(lp1, form)))
      features.append(row(51, FeatureHasher.pair(ln1, form)))
      features.append(row(52, FeatureHasher.pair(lp2, form)))
      features.append(row(53, FeatureHasher.pair(ln2, form)))
      features.append(row(18, FeatureHasher.pair(FeatureHasher.pair(sp1, t.shape), sn1)))
      features.append(row(19, FeatureHasher.pair(lp1, t.lower)))
      features.append(row(20, FeatureHasher.pair(t.lower, ln1)))
      let position: UInt64 = i == 0 ? 1 : (p1.flags.contains(.letters) || p1.flags.contains(.digit) ? 0 : 2)
      features.append(row(21, UInt64(t.flags.rawValue) | position << 16 | caps << 18))
      features.append(row(22, FeatureHasher.pair(lp1, t.shape)))
      features.append(row(23, FeatureHasher.pair(t.shape, ln1)))
      features.append(row(24, FeatureHasher.pair(t.lower, caps | position << 1)))
      features.append(row(25, UInt64(min(t.length, 12)) | UInt64(t.flags.rawValue) << 8))
      // Gazetteer marks, with the token's capitalisation (lower-case "may" is no city).
      let capital: UInt64 = t.flags.contains(.capitalized) ? 1 : 0
      var m = marks[i]
      while m != 0 {
        let bit = UInt64(m.trailingZeroBitCount)
        m &= m - 1
        features.append(row(26, bit | capital << 8 | caps << 9))
      }
      if i > 0 {
        var m = marks[i - 1]
        while m != 0 {
          let bit = UInt64(m.trailingZeroBitCount)
          m &= m - 1
          features.append(row(27, bit >> 2 | capital << 8))
        }
      }
      if i + 1 < n {
        var m = marks[i + 1]
        while m != 0 {
          let bit = UInt64(m.trailingZeroBitCount)
          m &= m - 1
          features.append(row(28, bit >> 2 | capital << 8))
        }
      }
      // Word clusters: the token's at three granularities, its neighbours' at the middle one.
      let c = UInt64(clusters[i])
      if c != 0 {
        features.append(row(30, c & 0x3FF))
        features.append(row(31, c >> 10 & 0x3FF))
        features.append(row(32, c >> 20))
        features.append(row(33, (c >> 10 & 0x3FF) | UInt64(t.flags.rawValue & 3) << 12))
      } else {
        features.append(row(30, 0xFFFF | UInt64(t.flags.rawValue) << 16))
      }
      features.append(row(34, i > 0 ? UInt64(clusters[i - 1]) >> 10 & 0x3FF : 0x800))
      features.append(row(35, i + 1 < n ? UInt64(clusters[i + 1]) >> 10 & 0x3FF : 0x800))
      // How the document writes this word elsewhere: decisive for headlines and sentence starts.
      if t.flags.contains(.letters) {
        let casing = UInt64(memory.casing[t.lower] ?? 0)
        features.append(row(29, casing | position << 2 | caps << 4 | UInt64(t.flags.rawValue & 3) << 5))
      }
    }
    offsets.append(features.count)
  }

  /// Writes the tag rows of token `i`, given the two previous tags, into `out`.
  @inline(__always)
  func tagFeatures(_ i: Int, previous p1: Int, _ p2: Int, memory: DocumentMemory, into out: inout [Int32]) {
    let t = traits[i]
    out.removeAll(keepingCapacity: true)
    out.append(row(40, UInt64(p1)))
    out.append(row(41, UInt64(p1) << 5 | UInt64(p2)))
    out.append(row(42, FeatureHasher.pair(UInt64(p1), t.lower)))
    out.append(row(43, FeatureHasher.pair(UInt64(p1), t.shape)))
    if t.flags.contains(.letters), let type = memory.history[t.lower] {
      out.append(row(44, UInt64(type)))
      out.append(row(45, UInt64(type) | UInt64(t.flags.rawValue & 3) << 4 | (allCapsSentence ? 64 : 0)))
    }
  }

  /// Remembers the types of the mentions just tagged, for the next sentences of the document.
  func recordHistory(_ mentions: ArraySlice<TaggedMention>, offset: Int, memory: inout DocumentMemory) {
    for mention in mentions {
      for k in mention.tokens {
        let t = traits[k - offset]
        if t.flags.contains(.letters) { memory.history[t.lower] = UInt8(mention.type.rawValue + 1) }
      }
    }
  }
}
