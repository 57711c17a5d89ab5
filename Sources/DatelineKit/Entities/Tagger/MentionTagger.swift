/// Finds mentions of people, organisations, places and other names (CoNLL PER, ORG, LOC, MISC).
///
/// A greedy averaged-perceptron sequence tagger over BILOU tags with hashed features (word,
/// shape, affixes, context ±2, gazetteers, document casing, earlier labels), trained by
/// `dateline train ner`. It works on UTF-8 bytes and token ranges; a tagger keeps buffers, so
/// keep one per thread and reuse it.
///
/// ```swift
/// var tagger = MentionTagger()
/// var mentions: [TaggedMention] = []
/// tagger.tag(bytes, tokens: tokens, sentences: [0..<tokens.count], into: &mentions)
/// ```
public struct MentionTagger {
  public let model: TaggerModel
  private var decoder: GreedyDecoder

  public init(model: TaggerModel = .shared) {
    self.model = model
    self.decoder = GreedyDecoder(rowBits: model.rowBits)
  }

  /// Tags one document: `sentences` are ranges of indices into `tokens`, in reading order.
  /// Appends mentions with token indices into `tokens`.
  public mutating func tag(
    _ text: UnsafeBufferPointer<UInt8>, tokens: [Token], sentences: [Range<Int>],
    into mentions: inout [TaggedMention]
  ) {
    decoder.begin(text, tokens, sentences: sentences)
    for sentence in sentences {
      decoder.tag(text, tokens, sentence: sentence, weights: model, into: &mentions)
    }
  }
}
