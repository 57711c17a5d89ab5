import CModels

/// The learned quote tagger: an averaged-perceptron sequence model over the tokens of each
/// paragraph, labelling source, cue and content spans (BIO per role).
///
/// Trained on the PolNeAR train split by `dateline train quotes`; the model is embedded from
/// `Sources/CModels/quote.model`. Its features include the rule-based extractor's own
/// attributions, so it learns where the rules are right and where PolNeAR draws spans
/// differently. Spans become attributions by linking each content to the nearest free cue of
/// its paragraph and that cue to the nearest free source. A tagger keeps buffers; keep one per
/// thread.
struct QuoteTagger {
  let model: SparseTagModel
  private var syntax = SyntaxTagger()
  private(set) var features: QuoteFeatures
  private var partOfSpeech: [UInt8] = []
  private var tagRows: [Int32] = []
  private var scores: [Float] = []
  private(set) var labels: [UInt8] = []

  /// The model compiled into the binary.
  static let shared: SparseTagModel = {
    let bytes = Array(
      UnsafeBufferPointer(start: dateline_quote_model_bytes(), count: dateline_quote_model_size()))
    do {
      var offset = 0
      return try SparseTagModel(bytes: bytes, offset: &offset)
    } catch {
      fatalError("the embedded quote model is damaged: \(error)")
    }
  }()

  init(model: SparseTagModel = QuoteTagger.shared) {
    self.model = model
    features = QuoteFeatures(rowBits: model.rowBits)
  }

  /// Computes the features of `text` (part of speech, quote marks, cues, the rules' labels).
  mutating func prepare(_ text: QuoteText, rules: [Attribution]) {
    let active = QuoteFeatures.activeParagraphs(text, rules: rules)
    partOfSpeech.removeAll(keepingCapacity: true)
    for sentence in text.sentences {
      if !sentence.isEmpty, active[Int(text.paragraphOf[sentence.lowerBound])] {
        syntax.tag(text.bytes, text.tokens[sentence], chunks: false)
        partOfSpeech += syntax.partOfSpeech
      } else {
        partOfSpeech += repeatElement(0xFD, count: sentence.count)
      }
    }
    while partOfSpeech.count < text.count { partOfSpeech.append(0xFD) }
    features.prepare(text, rules: rules, partOfSpeech: partOfSpeech, active: active)
  }

  /// Labels every token of the text prepared last, paragraph by paragraph. `constrained` keeps
  /// the labels well formed (an `I` only after the `B` or `I` of its role, so a span starts with
  /// its `B`); the trainer decodes unconstrained (measured on PolNeAR dev: constrained decoding of
  /// the unconstrained model is best, a model trained constrained is worse).
  static func decode<Weights: WeightRows>(
    _ features: QuoteFeatures, paragraphs: [Range<Int>], weights: Weights, constrained: Bool = true,
    tagRows: inout [Int32], scores: inout [Float], into labels: inout [UInt8],
    learn: (_ token: Int, _ predicted: Int, _ observation: ArraySlice<Int32>, _ tagRows: [Int32]) -> Void = {
      _, _, _, _ in
    }
  ) {
    labels.removeAll(keepingCapacity: true)
    for (p, paragraph) in paragraphs.enumerated() {
      guard features.active[p] else {
        labels += repeatElement(0, count: paragraph.count)
        continue
      }
      let first = paragraph.lowerBound
      GreedySequenceDecoder.decode(
        count: paragraph.count, tagCount: QuoteLabels.count, boundary: QuoteLabels.count, weights: weights,
        scores: &scores, tagRows: &tagRows,
        observation: { features.rows[features.offsets[first + $0]..<features.offsets[first + $0 + 1]] },
        tagFeatures: { i, p1, p2, out in features.tagRows(first + i, previous: p1, p2, into: &out) },
        allowed: { tag, previous, _ in !constrained || QuoteLabels.allowed(tag, after: previous) },
        emit: { i, tag, observation, rows in
          learn(first + i, tag, observation, rows)
          labels.append(UInt8(tag))
        })
    }
  }

  /// The attributions the model finds in `text`, given the rules' own.
  mutating func attributions(_ text: QuoteText, rules: [Attribution]) -> [Attribution] {
    prepare(text, rules: rules)
    Self.decode(
      features, paragraphs: text.paragraphs, weights: model, tagRows: &tagRows, scores: &scores, into: &labels
    )
    return Self.link(text, QuoteLabels.decode(labels))
  }

  /// Ties role spans into attributions: each content takes the nearest cue of its paragraph not
  /// taken yet, and the cue the nearest free source (the content's when there is no cue).
  static func link(_ text: QuoteText, _ spans: [(QuoteLabels.Role, Range<Int>)]) -> [Attribution] {
    var cues = spans.filter { $0.0 == .cue }.map(\.1)
    var sources = spans.filter { $0.0 == .source }.map(\.1)
    func gap(_ a: Range<Int>, _ b: Range<Int>) -> Int {
      a.upperBound <= b.lowerBound
        ? b.lowerBound - a.upperBound
        : a.lowerBound >= b.upperBound
          ? a.lowerBound - b.upperBound : 0
    }
    func nearest(_ pool: inout [Range<Int>], to anchor: Range<Int>) -> Range<Int>? {
      let paragraph = text.paragraphOf[anchor.lowerBound]
      var best: (index: Int, gap: Int)?
      for (i, range) in pool.enumerated() where text.paragraphOf[range.lowerBound] == paragraph {
        let g = gap(range, anchor)
        if best == nil || g < best!.gap { best = (i, g) }
      }
      guard let best else { return nil }
      return pool.remove(at: best.index)
    }
    // Content pieces around a source or cue (`“A,” he said, “B.”`), or with nothing between
    // them, are one content, as PolNeAR reads a discontinuous content by its extent; a lone
    // word is none.
    var role = [UInt8](repeating: 0, count: text.count)
    for (r, range) in spans { for k in range { role[k] = UInt8(1 + r.rawValue) } }
    var contents: [Range<Int>] = []
    for (r, range) in spans where r == .content {
      if let last = contents.last, text.paragraphOf[last.lowerBound] == text.paragraphOf[range.lowerBound],
        (last.upperBound..<range.lowerBound).allSatisfy({
          role[$0] == 1 || role[$0] == 2 || (!text.isWord($0) && text.tokens[$0].kind != .terminal)
        })
      {
        contents[contents.count - 1] = last.lowerBound..<range.upperBound
      } else {
        contents.append(range)
      }
    }
    var out: [Attribution] = []
    for content in contents where content.count > 1 {
      let cue = nearest(&cues, to: content)
      let source = nearest(&sources, to: cue ?? content)
      out.append(Attribution(parts: [content], kind: kind(text, content), source: source, cue: cue))
    }
    return out
  }

  /// Direct when quote marks open and close the content, mixed when it holds one, else
  /// indirect.
  static func kind(_ text: QuoteText, _ content: Range<Int>) -> Quote.Kind {
    func mark(_ k: Int) -> Bool { text.tokens[k].kind == .quote && !text.isBracket(k) }
    var last = content.upperBound - 1
    while last > content.lowerBound, text.tokens[last].kind == .terminal || text.isPunctuation(last, 0x2C) {
      last -= 1
    }
    if mark(content.lowerBound), last > content.lowerBound, mark(last) { return .direct }
    return content.contains(where: mark) ? .mixed : .indirect
  }
}
