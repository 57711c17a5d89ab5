/// The shallow syntactic layer: Penn Treebank part-of-speech tags and chunks (NP, VP, PP, …)
/// for the words of a sentence.
///
/// Two greedy averaged-perceptron taggers with hashed features, trained on the POS and chunk
/// columns of CoNLL-2003 by `dateline train syntax`: the part-of-speech tagger first, then the
/// chunker over its tags (IOB2: `B-NP`, `I-NP`, `O`). It works on UTF-8 bytes and token ranges
/// and keeps its buffers, so keep one tagger per thread and reuse it.
///
/// ```swift
/// var tagger = SyntaxTagger()
/// let tagged = tagger.tag(words: ["Police", "fired", "tear", "gas"])
/// // tagged.map(\.partOfSpeech) == ["NNS", "VBD", "NN", "NN"]
/// ```
public struct SyntaxTagger {
  public let model: SyntaxModel
  private var features: SyntaxFeatures
  private var tagRows: [Int32] = []
  private var scores: [Float] = []
  /// Part-of-speech tags of the sentence tagged last (indices into `model.partOfSpeech.tags`).
  public private(set) var partOfSpeech: [UInt8] = []
  /// Chunk tags of the sentence tagged last (indices into `model.chunks.tags`).
  public private(set) var chunkTags: [UInt8] = []

  public init(model: SyntaxModel = .shared) {
    self.model = model
    features = SyntaxFeatures(rowBits: model.partOfSpeech.rowBits)
  }

  /// One tagged word.
  public struct TaggedWord: Sendable, Hashable {
    public var partOfSpeech: String
    public var chunk: String
  }

  /// Tags one sentence given as `tokens` (byte ranges) of `text`; `chunks: false` stops after
  /// the part-of-speech tags (``chunkTags`` is then empty).
  public mutating func tag(
    _ text: UnsafeBufferPointer<UInt8>, _ tokens: ArraySlice<Token>, chunks: Bool = true
  ) {
    features.read(text, tokens)
    features.preparePartOfSpeech()
    SyntaxDecoder.decode(
      features, weights: model.partOfSpeech, tagCount: model.partOfSpeech.tags.count, constraint: nil,
      tagRows: &tagRows, scores: &scores, into: &partOfSpeech)
    guard chunks else {
      chunkTags.removeAll(keepingCapacity: true)
      return
    }
    features.prepareChunks(partOfSpeech)
    SyntaxDecoder.decode(
      features, weights: model.chunks, tagCount: model.chunks.tags.count, constraint: model.chunkConstraint,
      tagRows: &tagRows, scores: &scores, into: &chunkTags)
  }

  /// Tags one sentence of words.
  public mutating func tag(words: [String]) -> [TaggedWord] {
    var bytes: [UInt8] = []
    var tokens: [Token] = []
    for word in words {
      if !bytes.isEmpty { bytes.append(0x20) }
      let start = bytes.count
      bytes += word.utf8
      tokens.append(Token(start: Int32(start), end: Int32(bytes.count), kind: .word))
    }
    bytes.withUnsafeBufferPointer { tag($0, tokens[...]) }
    return zip(partOfSpeech, chunkTags).map {
      TaggedWord(partOfSpeech: model.partOfSpeech.tags[Int($0)], chunk: model.chunks.tags[Int($1)])
    }
  }

  /// The chunks of the sentence tagged last.
  public var chunks: [Chunk] { model.chunkSpans(chunkTags) }
}

/// A phrase found by the chunker: its type (`NP`, `VP`, `PP`, …) and its tokens.
public struct Chunk: Sendable, Hashable {
  public var type: String
  /// Indices of the sentence's tokens.
  public var tokens: Range<Int>
  public init(type: String, tokens: Range<Int>) {
    self.type = type
    self.tokens = tokens
  }
}

/// The part-of-speech and chunk models, stored together (`DLSYN001`, then each model).
public struct SyntaxModel: Sendable {
  public let partOfSpeech: SparseTagModel
  public let chunks: SparseTagModel
  /// Which chunk tag may follow which.
  let chunkConstraint: ChunkConstraint
  /// For each chunk tag: its chunk type (`X` of `B-X`/`I-X`), or nil for `O`.
  let chunkTypes: [String?]

  static let magic: [UInt8] = Array("DLSYN001".utf8)

  /// The model compiled into the binary.
  public static let shared: SyntaxModel = {
    do {
      return try SyntaxModel(bytes: EmbeddedSyntaxModel.bytes())
    } catch {
      fatalError("the embedded syntax model is damaged: \(error)")
    }
  }()

  public init(bytes: [UInt8]) throws {
    guard bytes.count > 8, Array(bytes[0..<8]) == Self.magic else {
      throw SparseTagModel.FormatError(message: "not a syntax model")
    }
    var offset = 8
    let partOfSpeech = try SparseTagModel(bytes: bytes, offset: &offset)
    let chunks = try SparseTagModel(bytes: bytes, offset: &offset)
    guard offset == bytes.count else { throw SparseTagModel.FormatError(message: "trailing bytes") }
    guard partOfSpeech.rowBits == chunks.rowBits else {
      throw SparseTagModel.FormatError(message: "the two models hash features differently")
    }
    self.init(partOfSpeech: partOfSpeech, chunks: chunks)
  }

  init(partOfSpeech: SparseTagModel, chunks: SparseTagModel) {
    self.partOfSpeech = partOfSpeech
    self.chunks = chunks
    chunkTypes = chunks.tags.map {
      $0.count > 2 && ($0.hasPrefix("B-") || $0.hasPrefix("I-")) ? String($0.dropFirst(2)) : nil
    }
    chunkConstraint = ChunkConstraint(tags: chunks.tags)
  }

  /// The binary form ``init(bytes:)`` reads.
  public func serialized() -> [UInt8] {
    Self.magic + partOfSpeech.serialized() + chunks.serialized()
  }

  /// Chunks from chunk tags: `B-X` opens an `X`, `I-X` continues it (or opens one after another
  /// type, as IOB1 would), `O` closes.
  func chunkSpans(_ tags: [UInt8]) -> [Chunk] {
    var out: [Chunk] = []
    var start = -1
    var type: String?
    for (k, tag) in tags.enumerated() {
      let name = chunks.tags[Int(tag)]
      let tagType = chunkTypes[Int(tag)]
      let continues = name.hasPrefix("I-") && tagType == type && type != nil
      if !continues {
        if let type, start >= 0 { out.append(Chunk(type: type, tokens: start..<k)) }
        start = tagType == nil ? -1 : k
        type = tagType
      }
    }
    if let type, start >= 0 { out.append(Chunk(type: type, tokens: start..<tags.count)) }
    return out
  }
}

/// IOB2 order: `I-X` continues only `B-X` or `I-X`.
struct ChunkConstraint: Sendable {
  /// Each tag's chunk type number, or -1 for `O`.
  let types: [Int]
  let inside: [Bool]

  init(tags: [String]) {
    var numbers: [String: Int] = [:]
    types = tags.map { tag in
      guard tag.count > 2, tag.hasPrefix("B-") || tag.hasPrefix("I-") else { return -1 }
      let type = String(tag.dropFirst(2))
      if let n = numbers[type] { return n }
      numbers[type] = numbers.count
      return numbers.count - 1
    }
    inside = tags.map { $0.hasPrefix("I-") }
  }

  @inline(__always)
  func allows(_ tag: Int, after previous: Int) -> Bool {
    !inside[tag] || (previous < types.count && types[previous] == types[tag])
  }
}

/// The syntax taggers' use of ``GreedySequenceDecoder``.
enum SyntaxDecoder {
  /// Tags the sentence `features` holds, keeping chunk tag order when `constraint` is given.
  /// `learn` sees each token's index, predicted tag, observation and tag rows.
  @inline(__always)
  static func decode<Weights: WeightRows>(
    _ features: SyntaxFeatures, weights: Weights, tagCount: Int, constraint: ChunkConstraint?,
    tagRows: inout [Int32], scores: inout [Float], into tags: inout [UInt8],
    learn: (_ index: Int, _ predicted: Int, _ observation: ArraySlice<Int32>, _ tagRows: [Int32]) -> Void = {
      _, _, _, _ in
    }
  ) {
    tags.removeAll(keepingCapacity: true)
    let chunker = constraint != nil
    GreedySequenceDecoder.decode(
      count: features.offsets.count - 1, tagCount: tagCount, boundary: tagCount, weights: weights,
      scores: &scores, tagRows: &tagRows,
      observation: { features.rows[features.offsets[$0]..<features.offsets[$0 + 1]] },
      tagFeatures: { i, p1, p2, out in features.tagRows(i, previous: p1, p2, chunker: chunker, into: &out) },
      allowed: { k, p1, _ in constraint?.allows(k, after: p1) ?? true },
      emit: { i, tag, observation, rows in
        learn(i, tag, observation, rows)
        tags.append(UInt8(tag))
      })
  }
}
