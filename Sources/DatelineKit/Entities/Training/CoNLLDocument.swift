/// One document of a CoNLL-2003 file (`TOKEN POS CHUNK NER`, IOB1 or IOB2), laid out as the
/// tagger reads text: the words joined by spaces into UTF-8 bytes, with token ranges.
public struct CoNLLDocument: Sendable {
  public var bytes: [UInt8] = []
  public var tokens: [Token] = []
  /// Sentences as ranges of token indices.
  public var sentences: [Range<Int>] = []
  /// Gold mentions (token indices into `tokens`).
  public var mentions: [TaggedMention] = []
  /// The token's text.
  public func word(_ k: Int) -> String {
    String(decoding: bytes[Int(tokens[k].start)..<Int(tokens[k].end)], as: UTF8.self)
  }

  /// Reads every document of a CoNLL file's text; a file without `-DOCSTART-` lines is one document.
  /// Throws an ``InputError`` naming the file and line for a malformed line.
  public static func documents(in text: String, input: String) throws -> [CoNLLDocument] {
    var documents: [CoNLLDocument] = []
    var document = CoNLLDocument()
    var sentenceStart = 0
    var labels: [Substring] = []
    func closeSentence() {
      guard document.tokens.count > sentenceStart else { return }
      document.sentences.append(sentenceStart..<document.tokens.count)
      document.mentions += spans(labels, offset: sentenceStart)
      labels.removeAll()
      sentenceStart = document.tokens.count
      document.bytes.append(0x0A)
    }
    func closeDocument() {
      closeSentence()
      if !document.tokens.isEmpty { documents.append(document) }
      document = CoNLLDocument()
      sentenceStart = 0
    }
    var lineNumber = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let fields = line.split(separator: " ")
      if fields.isEmpty {
        closeSentence()
        continue
      }
      if fields[0] == "-DOCSTART-" {
        closeDocument()
        continue
      }
      guard fields.count >= 2 else {
        throw InputError(
          .malformed, "expected `TOKEN … TAG` in a CoNLL line", input: input, line: lineNumber)
      }
      if document.tokens.count > sentenceStart { document.bytes.append(0x20) }
      let start = document.bytes.count
      document.bytes += fields[0].utf8
      document.tokens.append(Token(start: Int32(start), end: Int32(document.bytes.count), kind: .word))
      labels.append(fields[fields.count - 1])
    }
    closeDocument()
    return documents
  }

  /// Mentions from IOB1/IOB2 labels: `B-X` or an `I-X` after another type opens a mention.
  static func spans(_ labels: [Substring], offset: Int) -> [TaggedMention] {
    var out: [TaggedMention] = []
    var start = -1
    var type: MentionType?
    for (k, label) in (labels + ["O"]).enumerated() {
      let prefix = label.prefix(2)
      let labelType = label.count > 2 ? MentionType(label: label.dropFirst(2)) : nil
      let continues = prefix == "I-" && labelType == type && type != nil
      if !continues {
        if let type, start >= 0 { out.append(TaggedMention(tokens: offset + start..<offset + k, type: type)) }
        start = labelType == nil ? -1 : k
        type = labelType
      }
    }
    return out
  }
}
