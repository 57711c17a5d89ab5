extension QuoteExtractor {
  /// The tagger's attributions with what only the rules find, from the rule attribution whose
  /// content overlaps most: the channel, addressee and date, the name in an apposition, a
  /// quote's pieces around an interruption, reported speech's content boundaries, and a direct
  /// quote's speaker and cue (the rules attribute quotes in quote marks better; measured on
  /// PolNeAR dev). A content that no cue,
  /// source or rule backs up is dropped.
  static func combine(_ tagged: [Attribution], rules: [Attribution]) -> [Attribution] {
    func overlap(_ a: Range<Int>, _ b: Range<Int>) -> Int {
      max(0, min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound))
    }
    var all: [Attribution] = []
    for var attribution in tagged {
      let content = attribution.content
      var best: (index: Int, overlap: Int)?
      for (i, rule) in rules.enumerated() {
        let o = overlap(rule.content, content)
        if o > 0, best == nil || o > best!.overlap { best = (i, o) }
      }
      if let best {
        let rule = rules[best.index]
        attribution.found = rule.found
        // Reported speech keeps the rules' content boundaries (`that …` up to the clause end),
        // a quote in marks the tagger's.
        if rule.kind == attribution.kind, rule.kind != .direct || rule.content == content {
          attribution.parts = rule.parts
          // `declined to say` over the rules' `to say whether …`: the rules' cue goes with it.
          if let cue = attribution.cue, overlap(cue, rule.content) > 0 { attribution.cue = rule.cue }
        }
        if attribution.kind == .direct, rule.kind == .direct, rule.source != nil {
          attribution.source = rule.source
          attribution.cue = rule.cue
        }
        // `authority` inside the rules' `The port authority`: the rules' phrase is whole.
        if let source = attribution.source, let ruleSource = rule.source, source != ruleSource,
          ruleSource.lowerBound <= source.lowerBound, source.upperBound <= ruleSource.upperBound
        {
          attribution.source = ruleSource
        }
        // `The EU urged … and said it was ready`: the rules carry the subject to the second verb.
        if attribution.source == nil, let cue = attribution.cue, cue == rule.cue {
          attribution.source = rule.source
        }
        if let source = attribution.source, source == rule.source { attribution.name = rule.name }
      } else if attribution.source == nil, attribution.cue == nil {
        // Content no cue, source or rule backs up.
        continue
      }
      all.append(attribution)
    }
    return all
  }
}
