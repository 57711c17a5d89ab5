/// The coder's dictionaries compiled for speed: words interned in a ``WordLexicon``, phrases and
/// patterns flattened into pools of plain values, actors and verbs indexed by first word.
///
/// Built once per ``EventCoder``. Matching then compares small integers instead of strings,
/// finds candidates with one trie walk per sentence word, and never copies reference-counted
/// arrays in the inner loops.
final class CompiledDictionaries: Sendable {
  /// A word of a dictionary phrase and whether the next word must follow directly.
  struct PhraseWord: Sendable {
    var word: LexicalWord
    var connected: Bool
  }

  /// A slice of ``phraseWords``.
  struct Phrase: Sendable {
    var start: Int32
    var count: Int32
  }

  /// One element of a compiled verb pattern (see ``PatternItem``).
  struct Item: Sendable {
    enum Kind: UInt8, Sendable { case word, source, target, compound, skip, verb, alternatives }
    var kind: Kind
    var connected: Bool
    var synset: Bool
    var word: LexicalWord
    /// The word's length in characters: the pattern score a literal word adds.
    var length: Int32
    /// Alternatives: `branches[branchStart..<branchStart + branchCount]`.
    var branchStart: Int32
    var branchCount: Int32
  }

  /// A slice of ``items``.
  struct Sequence: Sendable {
    var start: Int32
    var count: Int32
  }

  struct Pattern: Sendable {
    var lower: Sequence
    var upper: Sequence
    var verbConnected: Bool
    /// Literal words that must occur before / after the verb (``VerbDictionary/Pattern``).
    var requiredBefore: Phrase
    var requiredAfter: Phrase
    /// Bloom bits of those words: a clause lacking one of the bits cannot match.
    var bloomBefore: Bloom
    var bloomAfter: Bloom
    /// Bloom bits of the first literal word of each branch of the first alternatives item on
    /// each side (empty when a branch has none): a clause must have one of them.
    var anyBefore: Bloom
    var anyAfter: Bloom
  }

  /// 128 Bloom bits over text ids.
  struct Bloom: Sendable, Equatable {
    var low: UInt64 = 0
    var high: UInt64 = 0

    @inline(__always) mutating func insert(_ text: Int32) {
      let h = (UInt64(UInt32(bitPattern: text)) &* 0x9E37_79B9_7F4A_7C15) >> 57
      if h < 64 { low |= 1 << h } else { high |= 1 << (h - 64) }
    }
    @inline(__always) mutating func formUnion(_ other: Bloom) {
      low |= other.low
      high |= other.high
    }
    /// Whether every bit of `self` is in `other`.
    @inline(__always) func isSubset(of other: Bloom) -> Bool {
      low & ~other.low == 0 && high & ~other.high == 0
    }
    /// Whether `self` is empty or shares a bit with `other`.
    @inline(__always) func isEmptyOrMeets(_ other: Bloom) -> Bool {
      (low == 0 && high == 0) || low & other.low != 0 || high & other.high != 0
    }
  }

  /// Word classes the tagger asks about, by text id.
  struct WordClass: OptionSet, Sendable {
    let rawValue: UInt16
    static let determiner = WordClass(rawValue: 1)
    static let conjunction = WordClass(rawValue: 2)
    static let pronoun = WordClass(rawValue: 4)
    static let former = WordClass(rawValue: 8)
    static let noun = WordClass(rawValue: 16)
    static let adjective = WordClass(rawValue: 32)
    /// A literal word of some pattern: the only texts the pattern prefilter looks at.
    static let inPatterns = WordClass(rawValue: 64)
  }

  let lexicon: WordLexicon
  let phraseWords: [PhraseWord]
  let items: [Item]
  let branches: [Sequence]
  /// Actor and agent phrases (when the coder's resolver is a ``DictionaryActorResolver``),
  /// indexed by the text id of their first word: `actorOrder[actorFirst[t]..<actorFirst[t + 1]]`.
  let actorDictionary: ActorDictionary?
  let actorPhrases: [Phrase]
  let actorRefs: [ActorDictionary.PhraseRef]
  let actorFirst: [Int32]
  let actorOrder: [Int32]
  /// Verb phrases by the text id of their first word, and their match size.
  let verbPhrases: [Phrase]
  let verbSizes: [Int]
  let verbFirst: [Int32]
  let verbOrder: [Int32]
  /// Patterns by block, in the order of ``VerbDictionary/blocks``.
  let patterns: [[Pattern]]
  /// `<TIME>` phrases coded `###` (true) or `+++` (false).
  let timePhrases: [(phrase: Phrase, discard: Bool)]
  let classes: [WordClass]

  init(verbs: VerbDictionary, actors: any ActorResolving, nouns: Set<String>, adjectives: Set<String>) {
    var lexicon = WordLexicon()
    var phraseWords: [PhraseWord] = []
    var items: [Item] = []
    var branches: [Sequence] = []

    func phrase(_ items: [PatternItem], kind: DictionaryWord.Kind, droppedE: Bool = false) -> Phrase? {
      var words: [PhraseWord] = []
      for item in items {
        guard case .word(let word) = item.token else { return nil }
        words.append(
          PhraseWord(
            word: LexicalWord(word, in: &lexicon, kind: kind, droppedE: droppedE), connected: item.connected))
      }
      guard !words.isEmpty else { return nil }
      let start = Int32(phraseWords.count)
      phraseWords += words
      return Phrase(start: start, count: Int32(words.count))
    }
    func sequence(_ source: [PatternItem]) -> Sequence {
      var local: [Item] = []
      for item in source {
        var compiled = Item(
          kind: .verb, connected: item.connected, synset: item.synset,
          word: LexicalWord(text: -1, accepts: []),
          length: 0, branchStart: 0, branchCount: 0)
        switch item.token {
        case .word(let word):
          compiled.kind = .word
          compiled.word = LexicalWord(word, in: &lexicon, kind: .any)
          compiled.length = Int32(word.text.count)
        case .source: compiled.kind = .source
        case .target: compiled.kind = .target
        case .compound: compiled.kind = .compound
        case .skip: compiled.kind = .skip
        case .verb: compiled.kind = .verb
        case .alternatives(let list):
          compiled.kind = .alternatives
          let nested = list.map { sequence($0) }
          compiled.branchStart = Int32(branches.count)
          compiled.branchCount = Int32(nested.count)
          branches += nested
        }
        local.append(compiled)
      }
      let start = Int32(items.count)
      items += local
      return Sequence(start: start, count: Int32(local.count))
    }
    func firstText(_ p: Phrase) -> Int32 { phraseWords[Int(p.start)].word.text }

    // actors and agents
    var actorPhrases: [Phrase] = []
    var actorRefs: [ActorDictionary.PhraseRef] = []
    var actorDictionary: ActorDictionary?
    if let resolver = actors as? DictionaryActorResolver {
      let dictionary = resolver.dictionary
      actorDictionary = dictionary
      // in the order of the dictionary's own index, so ties resolve as they always did
      for key in dictionary.index.keys.sorted() {
        for ref in dictionary.index[key]! {
          guard let compiled = phrase(dictionary.phrase(ref), kind: .noun) else { continue }
          actorPhrases.append(compiled)
          actorRefs.append(ref)
        }
      }
    }
    // verbs
    var verbPhrases: [Phrase] = []
    var verbSizes: [Int] = []
    for verb in verbs.verbs {
      let compiled = phrase(verb.phrase, kind: .verb, droppedE: true) ?? Phrase(start: 0, count: 0)
      verbPhrases.append(compiled)
      verbSizes.append(
        verb.phrase.count * 100
          + verb.phrase.reduce(0) { total, item in
            if case .word(let w) = item.token { return total + w.text.count }
            return total
          })
    }
    // patterns
    func bloom(_ p: Phrase) -> Bloom {
      var bits = Bloom()
      for k in Int(p.start)..<Int(p.start + p.count) { bits.insert(phraseWords[k].word.text) }
      return bits
    }
    func any(_ sequence: Sequence) -> Bloom {
      for i in Int(sequence.start)..<Int(sequence.start + sequence.count) where items[i].kind == .alternatives
      {
        var bits = Bloom()
        for b in Int(items[i].branchStart)..<Int(items[i].branchStart + items[i].branchCount) {
          let branch = branches[b]
          guard
            let word = (Int(branch.start)..<Int(branch.start + branch.count)).first(where: {
              items[$0].kind == .word
            })
          else { return Bloom() }
          bits.insert(items[word].word.text)
        }
        return bits
      }
      return Bloom()
    }
    var patterns: [[Pattern]] = []
    for block in verbs.blocks {
      patterns.append(
        block.map { pattern in
          let before =
            phrase(pattern.requiredBefore.map { PatternItem(.word($0)) }, kind: .any)
            ?? Phrase(start: 0, count: 0)
          let after =
            phrase(pattern.requiredAfter.map { PatternItem(.word($0)) }, kind: .any)
            ?? Phrase(start: 0, count: 0)
          let lower = sequence(pattern.lower)
          let upper = sequence(pattern.upper)
          return Pattern(
            lower: lower, upper: upper, verbConnected: pattern.verbConnected,
            requiredBefore: before, requiredAfter: after, bloomBefore: bloom(before),
            bloomAfter: bloom(after),
            anyBefore: any(lower), anyAfter: any(upper))
        })
    }
    // time phrases that discard or complicate a sentence
    var timePhrases: [(Phrase, Bool)] = []
    for (items, shift) in verbs.timeShifts where shift == "###" || shift == "+++" {
      if let compiled = phrase(items, kind: .noun) { timePhrases.append((compiled, shift == "###")) }
    }
    // word classes
    var classList: [(String, WordClass)] = []
    for word in EventCoder.determiners { classList.append((word, .determiner)) }
    for word in EventCoder.conjunctions { classList.append((word, .conjunction)) }
    for word in EventCoder.pronouns { classList.append((word, .pronoun)) }
    classList.append(("FORMER", .former))
    for word in nouns { classList.append((word, .noun)) }
    for word in adjectives { classList.append((word, .adjective)) }
    for (word, _) in classList { lexicon.intern(word) }
    var classes = [WordClass](repeating: [], count: lexicon.count)
    for (word, wordClass) in classList { classes[Int(lexicon.intern(word))].insert(wordClass) }
    for item in items where item.kind == .word { classes[Int(item.word.text)].insert(.inPatterns) }
    for p in patterns.joined() {
      for k in Int(p.requiredBefore.start)..<Int(p.requiredBefore.start + p.requiredBefore.count) {
        classes[Int(phraseWords[k].word.text)].insert(.inPatterns)
      }
      for k in Int(p.requiredAfter.start)..<Int(p.requiredAfter.start + p.requiredAfter.count) {
        classes[Int(phraseWords[k].word.text)].insert(.inPatterns)
      }
    }

    // first-word indexes (counting sort keeps dictionary order within a word)
    func index(_ phrases: [Phrase]) -> (first: [Int32], order: [Int32]) {
      var first = [Int32](repeating: 0, count: lexicon.count + 1)
      for p in phrases where p.count > 0 { first[Int(firstText(p)) + 1] += 1 }
      for t in 0..<lexicon.count { first[t + 1] += first[t] }
      var fill = first
      var order = [Int32](repeating: 0, count: Int(first[lexicon.count]))
      for (k, p) in phrases.enumerated() where p.count > 0 {
        let t = Int(firstText(p))
        order[Int(fill[t])] = Int32(k)
        fill[t] += 1
      }
      return (first, order)
    }
    let actorIndex = index(actorPhrases)
    let verbIndex = index(verbPhrases)

    self.lexicon = lexicon
    self.phraseWords = phraseWords
    self.items = items
    self.branches = branches
    self.actorDictionary = actorDictionary
    self.actorPhrases = actorPhrases
    self.actorRefs = actorRefs
    self.actorFirst = actorIndex.first
    self.actorOrder = actorIndex.order
    self.verbPhrases = verbPhrases
    self.verbSizes = verbSizes
    self.verbFirst = verbIndex.first
    self.verbOrder = verbIndex.order
    self.patterns = patterns
    self.timePhrases = timePhrases
    self.classes = classes
  }

  /// The classes of word `k`.
  @inline(__always)
  func wordClass(_ k: Int, _ matches: SentenceMatches) -> WordClass {
    let text = matches.whole(k)
    return text >= 0 ? classes[Int(text)] : []
  }

  // MARK: - Phrases

  /// Words a spaced (`A B`) phrase may skip between two of its words.
  static let maximumGap = 3

  /// The index of the last word of `phrase` matched from `index` (whose first word is known to
  /// match), or nil: ``PhraseMatcher`` on compiled words.
  @inline(__always)
  func match(
    _ phrase: Phrase, in words: [CodingWord], _ matches: SentenceMatches, at index: Int, firstMatched: Bool
  )
    -> Int?
  {
    var position = index
    var adjacent = true
    var last = index
    let end = Int(phrase.start + phrase.count)
    var k = Int(phrase.start)
    if firstMatched {
      position = index + 1
      adjacent = phraseWords[k].connected
      k += 1
    }
    while k < end {
      let item = phraseWords[k]
      var found = -1
      let limit = adjacent ? position : min(words.count - 1, position + Self.maximumGap)
      var p = position
      while p <= limit && p < words.count {
        if words[p].isComma { break }
        if matches.word(p, is: item.word) {
          found = p
          break
        }
        p += 1
      }
      guard found >= 0 else { return nil }
      last = found
      position = found + 1
      adjacent = item.connected
      k += 1
    }
    return last
  }

  /// Whether a `###` or `+++` time phrase occurs in the sentence: true for `###`, false for `+++`.
  func timeVerdict(_ words: [CodingWord], _ matches: SentenceMatches) -> Bool? {
    guard !timePhrases.isEmpty else { return nil }
    for i in words.indices {
      for (phrase, discard) in timePhrases
      where match(phrase, in: words, matches, at: i, firstMatched: false) != nil {
        return discard
      }
    }
    return nil
  }

  /// The longest actor or agent mention at `index`: ``DictionaryActorResolver`` on compiled phrases.
  func mention(in words: [CodingWord], _ matches: SentenceMatches, at index: Int, date: Int?) -> ActorMention?
  {
    guard let dictionary = actorDictionary, !words[index].isComma else { return nil }
    var best: (last: Int, matched: Int32, ref: Int)?
    for m in matches.range(index) {
      let match = matches.matches[m]
      guard match.rest != .droppedE else { continue }
      let t = Int(match.text)
      for o in Int(actorFirst[t])..<Int(actorFirst[t + 1]) {
        let r = Int(actorOrder[o])
        let phrase = actorPhrases[r]
        guard !match.rest.isDisjoint(with: phraseWords[Int(phrase.start)].word.accepts),
          let last = self.match(phrase, in: words, matches, at: index, firstMatched: true)
        else { continue }
        if best == nil || last > best!.last || (last == best!.last && phrase.count > best!.matched) {
          best = (last, phrase.count, r)
        }
      }
    }
    guard let best else { return nil }
    switch actorRefs[best.ref].owner {
    case .actor(let i):
      let code = DatedCode.resolve(dictionary.actors[i].codes, on: date) ?? "---"
      return ActorMention(
        first: index, last: best.last, kind: .actor(code.split(separator: "/").map(String.init)))
    case .agent(let i):
      let agent = dictionary.agents[i]
      return ActorMention(
        first: index, last: best.last, kind: .agent(code: agent.code, prefixes: agent.prefixes))
    }
  }

  /// The verb with the largest phrase at `index` and its last word: ``EventCoder``'s verb lookup.
  func verb(in words: [CodingWord], _ matches: SentenceMatches, at index: Int) -> (verb: Int, last: Int)? {
    var best: (verb: Int, last: Int, size: Int)?
    for m in matches.range(index) {
      let match = matches.matches[m]
      guard match.rest != .droppedE else { continue }
      let t = Int(match.text)
      for o in Int(verbFirst[t])..<Int(verbFirst[t + 1]) {
        let v = Int(verbOrder[o])
        let phrase = verbPhrases[v]
        guard !match.rest.isDisjoint(with: phraseWords[Int(phrase.start)].word.accepts),
          let last = self.match(phrase, in: words, matches, at: index, firstMatched: true)
        else { continue }
        if best == nil || verbSizes[v] > best!.size { best = (v, last, verbSizes[v]) }
      }
    }
    return best.map { ($0.verb, $0.last) }
  }
}
