/// A sentence of a CoNLL-2003 file (`TOKEN POS CHUNK NER`) with its part-of-speech and chunk
/// columns, laid out as the syntax tagger reads text: words joined by spaces, token ranges.
public struct SyntaxSentence: Sendable {
  public var bytes: [UInt8] = []
  public var tokens: [Token] = []
  public var partOfSpeech: [String] = []
  public var chunks: [String] = []

  public init() {}

  /// Every sentence of a CoNLL-2003 file's text (`-DOCSTART-` lines are skipped). Throws an
  /// ``InputError`` naming the file and line for a line without the POS and chunk columns.
  public static func sentences(in text: String, input: String) throws -> [SyntaxSentence] {
    var sentences: [SyntaxSentence] = []
    var sentence = SyntaxSentence()
    func close() {
      if !sentence.tokens.isEmpty { sentences.append(sentence) }
      sentence = SyntaxSentence()
    }
    var lineNumber = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let fields = line.split(separator: " ")
      if fields.isEmpty {
        close()
        continue
      }
      if fields[0] == "-DOCSTART-" {
        close()
        continue
      }
      guard fields.count >= 3 else {
        throw InputError(
          .malformed, "expected `TOKEN POS CHUNK …` in a CoNLL line", input: input, line: lineNumber)
      }
      if !sentence.tokens.isEmpty { sentence.bytes.append(0x20) }
      let start = sentence.bytes.count
      sentence.bytes += fields[0].utf8
      sentence.tokens.append(Token(start: Int32(start), end: Int32(sentence.bytes.count), kind: .word))
      sentence.partOfSpeech.append(String(fields[1]))
      sentence.chunks.append(String(fields[2]))
    }
    close()
    return sentences
  }
}

/// Part-of-speech accuracy and chunk precision, recall and F1 (exact spans with their type, as
/// CoNLL-2000's conlleval counts them).
public struct SyntaxScores: Sendable, CustomStringConvertible {
  public var tokens = 0
  public var correctTags = 0
  public var goldChunks = 0
  public var foundChunks = 0
  public var correctChunks = 0

  public init() {}

  public var accuracy: Double { tokens == 0 ? 0 : Double(correctTags) / Double(tokens) }
  public var precision: Double { foundChunks == 0 ? 0 : Double(correctChunks) / Double(foundChunks) }
  public var recall: Double { goldChunks == 0 ? 0 : Double(correctChunks) / Double(goldChunks) }
  public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

  public var description: String {
    func percent(_ x: Double) -> String {
      let hundredths = Int((x * 10000).rounded())
      return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)%"
    }
    return
      "POS accuracy \(percent(accuracy)) (\(correctTags)/\(tokens) tokens); chunks P \(percent(precision)) "
      + "R \(percent(recall)) F1 \(percent(f1)) (\(correctChunks) correct, \(foundChunks) found, \(goldChunks) gold)"
  }

  /// Tags `sentences` with `model` and scores it against their columns.
  public static func evaluate(_ model: SyntaxModel, on sentences: [SyntaxSentence]) -> SyntaxScores {
    var tagger = SyntaxTagger(model: model)
    var scores = SyntaxScores()
    for sentence in sentences {
      sentence.bytes.withUnsafeBufferPointer { tagger.tag($0, sentence.tokens[...]) }
      scores.tokens += sentence.tokens.count
      for (k, tag) in tagger.partOfSpeech.enumerated()
      where model.partOfSpeech.tags[Int(tag)] == sentence.partOfSpeech[k] {
        scores.correctTags += 1
      }
      let gold = Set(Self.spans(sentence.chunks))
      let found = Set(tagger.chunks)
      scores.goldChunks += gold.count
      scores.foundChunks += found.count
      scores.correctChunks += gold.intersection(found).count
    }
    return scores
  }

  /// Chunks of IOB1 or IOB2 labels.
  static func spans(_ labels: [String]) -> [Chunk] {
    var out: [Chunk] = []
    var start = -1
    var type: String?
    for (k, label) in (labels + ["O"]).enumerated() {
      let labelType = label.count > 2 ? String(label.dropFirst(2)) : nil
      let continues = label.hasPrefix("I-") && labelType == type && type != nil
      if !continues {
        if let type, start >= 0 { out.append(Chunk(type: type, tokens: start..<k)) }
        start = labelType == nil ? -1 : k
        type = labelType
      }
    }
    return out
  }
}
